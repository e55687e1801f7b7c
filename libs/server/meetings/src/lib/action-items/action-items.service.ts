import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  amsterdamToday,
  can,
  canOnMeeting,
  dueDateFor,
  longestOpenFirst,
  TEXT_RULES,
  type Actor,
} from '@doorbraak/domain';
import { AuditService } from '@doorbraak/server-audit';
import { forbidden, keysetPage, notFound, requireUuid, type Page } from '@doorbraak/server-core';
import { ActionItemEntity, AgendaItemEntity, AllianceEntity, MeetingEntity, PartnerEntity } from '@doorbraak/server-data';
import { MeetingAccessService } from '../access/meeting-access.service';
import { accessParams, visibleActionItemSql } from '../access/meeting-sql';
import { announceAgendaChange } from '../agenda/agenda-events';
import type { ActionItemFilter, CreateActionItemInput, UpdateActionItemInput } from '../graphql/inputs';
import { MeetingJobsService } from '../jobs/meeting-jobs.service';
import { actionItemClosed, invalidInput, minutesReadOnly, personNotEligible } from '../meetings.exception';
import type { Caller } from '@doorbraak/server-core';
import { assertMinutesEditable } from '../minutes/minutes.service';
import { UnitOfWork } from '../unit-of-work.service';
import { cleanText, isoDate } from '../validation';

@Injectable()
export class ActionItemsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MeetingAccessService,
    private readonly jobs: MeetingJobsService,
    private readonly audit: AuditService,
    private readonly work: UnitOfWork,
  ) {}

  // Per alliance, per person, overdue only: filtered in SQL by what the caller may see, by due date (so the
  // overdue ones first), a page at a time by (due date, creation, id).
  list(caller: Caller, filter: ActionItemFilter | null | undefined, first: number, after: string | null | undefined): Promise<Page<ActionItemEntity>> {
    return keysetPage(
      'a',
      first,
      after,
      () => {
        const query = this.dataSource.getRepository(ActionItemEntity).createQueryBuilder('a').where(visibleActionItemSql('a'), accessParams(caller.actor));
        if (filter?.allianceId) query.andWhere('a.alliance_id = :allianceId', { allianceId: requireUuid(filter.allianceId) });
        if (filter?.ownerId) query.andWhere('a.owner_id = :ownerId', { ownerId: requireUuid(filter.ownerId) });
        if (filter?.mine) query.andWhere('a.owner_id = :me', { me: caller.actor.personId });
        if (filter?.status) query.andWhere('a.status = :status', { status: filter.status });
        if (filter?.kind) query.andWhere('a.kind = :kind', { kind: filter.kind });
        if (filter?.overdueOnly) {
          query.andWhere(`a.status = 'OPEN' AND a.due_date < :today`, { today: amsterdamToday(caller.now) });
        }
        return query;
      },
      {
        keys: [
          { sql: 'a.due_date', type: 'date' },
          { sql: 'a.created_at', type: 'timestamptz' },
        ],
        direction: 'ASC',
      },
    );
  }

  async get(caller: Caller, id: string): Promise<ActionItemEntity> {
    const item = await this.dataSource
      .getRepository(ActionItemEntity)
      .createQueryBuilder('a')
      .where('a.id = :id', { id: requireUuid(id) })
      .andWhere(visibleActionItemSql('a'), accessParams(caller.actor))
      .getOne();
    if (!item) {
      throw notFound('action item', id);
    }
    return item;
  }

  // The standing agenda item of every ALLIANTIE meeting: the alliance's open commitments the caller may see,
  // longest open first.
  async openCommitments(actor: Actor, allianceIds: readonly string[]): Promise<ActionItemEntity[]> {
    if (allianceIds.length === 0) {
      return [];
    }
    const rows = await this.dataSource
      .getRepository(ActionItemEntity)
      .createQueryBuilder('a')
      .where(`a.alliance_id = ANY(:ids) AND a.kind = 'COMMITMENT' AND a.status = 'OPEN'`, { ids: [...allianceIds] })
      .andWhere(visibleActionItemSql('a'), accessParams(actor))
      .getMany();
    return longestOpenFirst(rows);
  }

  async create(caller: Caller, input: CreateActionItemInput): Promise<ActionItemEntity> {
    return this.work.run(async (manager, after) => {
      const kind = input.kind ?? 'ACTION';
      let allianceId: string;
      let meetingId: string | null = null;
      let agendaItemId: string | null = null;
      if (input.meetingId) {
        const { meeting } = await this.access.meetingFor(caller.actor, input.meetingId, manager, true);
        // Taken down in the minutes by the bureau while they are open, or added by a manager at any time
        // until the minutes are approved: then they are read-only.
        if (!canOnMeeting(caller.actor, 'actionItem.manage', meeting)) {
          this.access.require(caller.actor, 'minutes.draft', meeting, 'Only the programme bureau records action items.');
          assertMinutesEditable(meeting);
        } else if (meeting.status === 'MINUTES_APPROVED') {
          throw minutesReadOnly();
        }
        meetingId = meeting.id;
        if (input.agendaItemId) {
          const agendaItem = await manager.findOneBy(AgendaItemEntity, { id: requireUuid(input.agendaItemId), meetingId: meeting.id });
          if (!agendaItem) {
            throw invalidInput('That agenda item is not on the agenda of this meeting.');
          }
          agendaItemId = agendaItem.id;
        }
        if (meeting.allianceId !== null && input.allianceId && input.allianceId !== meeting.allianceId) {
          throw invalidInput('An action item belongs to the alliance of its meeting.');
        }
        const chosen = meeting.allianceId ?? input.allianceId;
        if (!chosen) {
          throw invalidInput('Choose the alliance that the doorbraakoverleg action item belongs to.');
        }
        allianceId = await this.existingAlliance(manager, caller.actor, chosen, meeting.allianceId === null);
      } else {
        if (!input.allianceId) {
          throw invalidInput('Choose the alliance of the action item.');
        }
        allianceId = await this.existingAlliance(manager, caller.actor, input.allianceId, false);
        if (!can(caller.actor, 'actionItem.manage', { allianceId })) {
          throw forbidden('Only the programme director records action items outside a meeting.');
        }
      }
      const committedBy = input.committedBy ?? null;
      if ((kind === 'COMMITMENT') !== (committedBy !== null)) {
        throw invalidInput(kind === 'COMMITMENT' ? 'Say who made the commitment: a partner, the municipality or the national government.' : 'Only a commitment has a party that made it.');
      }
      let partnerId: string | null = null;
      if (input.committedByPartnerId) {
        if (committedBy !== 'PARTNER') {
          throw invalidInput('Only a commitment by a partner names the partner.');
        }
        const partner = await manager.findOneBy(PartnerEntity, { id: requireUuid(input.committedByPartnerId), allianceId });
        if (!partner) {
          throw invalidInput(`There is no partner with id "${input.committedByPartnerId}" in this alliance.`);
        }
        partnerId = partner.id;
      }
      if (kind === 'ACTION' && !input.ownerId) {
        throw invalidInput('An action item has an owner.');
      }
      const ownerId = input.ownerId ? await this.eligibleOwner(manager, input.ownerId, { allianceId, meetingId, agendaItemId }) : null;
      const dueDate = dueDateFor(kind, input.dueDate ? isoDate(input.dueDate, 'the due date') : null, amsterdamToday(caller.now));
      if (!dueDate) {
        throw invalidInput('An action item has a due date.');
      }
      const item = await manager.save(
        manager.create(ActionItemEntity, {
          allianceId,
          meetingId,
          agendaItemId,
          description: cleanText(input.description, 'a description'),
          ownerId,
          dueDate,
          status: 'OPEN',
          kind,
          committedBy,
          committedByPartnerId: partnerId,
        }),
      );
      await this.audit.record(manager, caller, { operation: 'createActionItem', entityType: 'ActionItem', entityId: item.id, before: null, after: item });
      if (meetingId) {
        announceAgendaChange(manager, meetingId, 'RECORDED', { agendaItemId, actorId: caller.actor.personId, at: caller.now });
      }
      after.then(() => this.jobs.planReminders(item, caller.now));
      return item;
    });
  }

  // A new due date moves the reminders: the old ones are withdrawn, new ones planned.
  async update(caller: Caller, id: string, input: UpdateActionItemInput): Promise<ActionItemEntity> {
    return this.work.run(async (manager, after) => {
      const item = await this.locked(manager, caller, id);
      this.requireManage(caller.actor, item);
      this.requireOpen(item);
      const before = { ...item };
      if (input.description != null) item.description = cleanText(input.description, 'a description');
      if (input.ownerId !== undefined) {
        if (input.ownerId === null && item.kind === 'ACTION') {
          throw invalidInput('An action item has an owner.');
        }
        item.ownerId = input.ownerId ? await this.eligibleOwner(manager, input.ownerId, item) : null;
      }
      if (input.dueDate != null) item.dueDate = isoDate(input.dueDate, 'the due date');
      const saved = await manager.save(item);
      await this.audit.record(manager, caller, { operation: 'updateActionItem', entityType: 'ActionItem', entityId: saved.id, before, after: saved });
      if (before.dueDate !== saved.dueDate || before.ownerId !== saved.ownerId) {
        after.then(() => this.jobs.cancelReminders(before));
        after.then(() => this.jobs.planReminders(saved, caller.now));
      }
      return saved;
    });
  }

  async complete(caller: Caller, id: string): Promise<ActionItemEntity> {
    return this.close(caller, id, 'DONE');
  }

  async cancel(caller: Caller, id: string): Promise<ActionItemEntity> {
    return this.close(caller, id, 'CANCELLED');
  }

  // The owner's progress note (e.g. in answer to a status request); it marks the item as updated.
  async reportProgress(caller: Caller, id: string, note: string): Promise<ActionItemEntity> {
    return this.work.run(async (manager) => {
      const item = await this.locked(manager, caller, id);
      this.requireOwnerOrManage(caller.actor, item);
      this.requireOpen(item);
      const before = { ...item };
      item.progressNote = cleanText(note, 'a progress note', TEXT_RULES.actionItemNote.maxLength);
      item.progressNoteAt = caller.now;
      const saved = await manager.save(item);
      await this.audit.record(manager, caller, { operation: 'reportActionItemProgress', entityType: 'ActionItem', entityId: saved.id, before, after: saved });
      return saved;
    });
  }

  private async close(caller: Caller, id: string, status: 'DONE' | 'CANCELLED'): Promise<ActionItemEntity> {
    return this.work.run(async (manager, after) => {
      const item = await this.locked(manager, caller, id);
      if (status === 'DONE') {
        this.requireOwnerOrManage(caller.actor, item);
      } else {
        this.requireManage(caller.actor, item);
      }
      this.requireOpen(item);
      const before = { ...item };
      item.status = status;
      item.completedAt = status === 'DONE' ? caller.now : null;
      const saved = await manager.save(item);
      await this.audit.record(manager, caller, { operation: status === 'DONE' ? 'completeActionItem' : 'cancelActionItem', entityType: 'ActionItem', entityId: saved.id, before, after: saved });
      after.then(() => this.jobs.cancelReminders(before));
      return saved;
    });
  }

  private async locked(manager: EntityManager, caller: Caller, id: string): Promise<ActionItemEntity> {
    const item = await manager
      .createQueryBuilder(ActionItemEntity, 'a')
      .setLock('pessimistic_write')
      .where('a.id = :id', { id: requireUuid(id) })
      .andWhere(visibleActionItemSql('a'), accessParams(caller.actor))
      .getOne();
    if (!item) {
      throw notFound('action item', id);
    }
    return item;
  }

  private requireManage(actor: Actor, item: ActionItemEntity): void {
    if (!can(actor, 'actionItem.manage', { allianceId: item.allianceId })) {
      throw forbidden('Only the programme director manages action items.');
    }
  }

  private requireOwnerOrManage(actor: Actor, item: ActionItemEntity): void {
    const own = item.ownerId === actor.personId && can(actor, 'actionItem.updateOwn', { allianceId: item.allianceId });
    if (!own) {
      this.requireManage(actor, item);
    }
  }

  private requireOpen(item: ActionItemEntity): void {
    if (item.status !== 'OPEN') {
      throw actionItemClosed();
    }
  }

  private async existingAlliance(manager: EntityManager, actor: Actor, id: string, national: boolean): Promise<string> {
    const readable = national || can(actor, 'alliance.read', { allianceId: requireUuid(id) });
    if (!readable || !(await manager.existsBy(AllianceEntity, { id: requireUuid(id) }))) {
      throw notFound('alliance', id);
    }
    return id;
  }

  // An owner reads what they own: someone who sees the alliance's action items, the meeting it came from,
  // and what its agenda item is about (no partner member owns an action on a confidential vastloper).
  private async eligibleOwner(
    manager: EntityManager,
    id: string,
    item: { allianceId: string; meetingId: string | null; agendaItemId: string | null },
  ): Promise<string> {
    const owner = (await this.access.actorsOf(manager, [id])).get(id);
    const meeting = owner && item.meetingId ? await manager.findOneBy(MeetingEntity, { id: item.meetingId }) : null;
    const eligible =
      owner !== undefined &&
      can(owner, 'meeting.read', { allianceId: item.allianceId }) &&
      (meeting === null || (await this.access.visibilityOf(manager, owner, meeting)) !== 'NONE') &&
      (item.agendaItemId === null || (await this.access.mayReadAgendaItemSubject(manager, owner, item.agendaItemId)));
    if (!eligible) {
      throw personNotEligible(id, 'owner');
    }
    return id;
  }
}
