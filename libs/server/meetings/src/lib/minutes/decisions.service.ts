import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { amsterdamToday, formatDutchDate, type ItemKind } from '@doorbraak/domain';
import { AuditService } from '@doorbraak/server-audit';
import { keysetPage, notFound, requireUuid, type Page } from '@doorbraak/server-core';
import { AgendaItemEntity, DecisionEntity, MeetingEntity, ProgressUpdateEntity } from '@doorbraak/server-data';
import { LadderError, LadderService, type LadderCommand } from '@doorbraak/server-escalation';
import { MeetingAccessService } from '../access/meeting-access.service';
import { accessParams, decisionRowSql } from '../access/meeting-sql';
import { announceAgendaChange } from '../agenda/agenda-events';
import { AgendaPlacementService } from '../agenda/agenda-placement.service';
import type { DecisionRegisterFilter, RecordDecisionInput, UpdateDecisionInput } from '../graphql/inputs';
import { invalidInput, ladderRefused } from '../meetings.exception';
import type { Caller } from '@doorbraak/server-core';
import { UnitOfWork } from '../unit-of-work.service';
import { cleanText, isoDate } from '../validation';
import { assertMinutesEditable, MinutesService } from './minutes.service';


@Injectable()
export class DecisionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MeetingAccessService,
    private readonly minutes: MinutesService,
    private readonly placement: AgendaPlacementService,
    private readonly ladder: LadderService,
    private readonly audit: AuditService,
    private readonly work: UnitOfWork,
  ) {}

  // A decision linked to a vastloper or doorbraak is real progress (DOMAIN §3 rule 6); its outcome can
  // resolve the item or send it a rung down. The meeting decides: decision.record suffices.
  async record(caller: Caller, input: RecordDecisionInput): Promise<DecisionEntity> {
    return this.work.run(async (manager) => {
      const meeting = await this.minutes.editable(manager, caller, input.meetingId, 'decision.record');
      const agendaItem = input.agendaItemId
        ? await manager.findOneBy(AgendaItemEntity, { id: requireUuid(input.agendaItemId), meetingId: meeting.id })
        : null;
      if (input.agendaItemId && !agendaItem) {
        throw invalidInput('That agenda item is not on the agenda of this meeting.');
      }
      // The outcome is the meeting's answer to an escalation; a decision on any other agenda item has none.
      if (input.outcome && agendaItem && agendaItem.kind !== 'ESCALATION') {
        throw invalidInput('Resolving, de-escalating or deferring is a decision about an escalation; this agenda item is not an escalation.');
      }
      const link =
        input.vastloperId || input.doorbraakId
          ? { vastloperId: input.vastloperId ?? null, doorbraakId: input.doorbraakId ?? null }
          : { vastloperId: agendaItem?.vastloperId ?? null, doorbraakId: agendaItem?.doorbraakId ?? null };
      const linked = await this.access.linkedItem(manager, caller.actor, link);
      if (input.outcome && !linked) {
        throw invalidInput('A decision that resolves, de-escalates or defers an item is about a vastloper or doorbraak.');
      }
      const text = cleanText(input.text, 'the text of the decision');
      const reviewDate = input.reviewDate ? this.reviewDate(input.reviewDate, caller.now) : null;
      const decision = await manager.save(
        manager.create(DecisionEntity, {
          meetingId: meeting.id,
          agendaItemId: agendaItem?.id ?? null,
          text,
          vastloperId: linked?.kind === 'VASTLOPER' ? linked.row.id : null,
          doorbraakId: linked?.kind === 'DOORBRAAK' ? linked.row.id : null,
          reviewDate,
          outcome: input.outcome ?? null,
          recordedById: caller.actor.personId,
        }),
      );
      if (linked) {
        await this.applyToItem(manager, caller, meeting, { kind: linked.kind, id: linked.row.id }, decision);
      }
      if (reviewDate) {
        await this.placement.placeDueReviews(manager, caller.now, decision.id);
      }
      await this.audit.record(manager, caller, {
        operation: 'recordDecision',
        entityType: 'Decision',
        entityId: decision.id,
        before: null,
        after: { ...decision },
      });
      announceAgendaChange(manager, meeting.id, 'RECORDED', { agendaItemId: decision.agendaItemId, actorId: caller.actor.personId, at: caller.now });
      return manager.findOneByOrFail(DecisionEntity, { id: decision.id });
    });
  }

  // The text while the minutes are open; the review date as long as the review is not on an agenda yet.
  async update(caller: Caller, id: string, input: UpdateDecisionInput): Promise<DecisionEntity> {
    return this.work.run(async (manager) => {
      const decision = await this.visible(manager, caller, id);
      const { meeting } = await this.access.meetingFor(caller.actor, decision.meetingId, manager, true);
      this.access.require(caller.actor, 'decision.record', meeting, 'Only the chair or the programme director records decisions.');
      const before = { ...decision };
      if (input.text != null) {
        assertMinutesEditable(meeting);
        decision.text = cleanText(input.text, 'the text of the decision');
      }
      if (input.reviewDate !== undefined && decision.reviewAgendaItemId === null) {
        decision.reviewDate = input.reviewDate ? this.reviewDate(input.reviewDate, caller.now) : null;
      }
      const saved = await manager.save(decision);
      if (saved.reviewDate) {
        await this.placement.placeDueReviews(manager, caller.now, saved.id);
      }
      await this.audit.record(manager, caller, { operation: 'updateDecision', entityType: 'Decision', entityId: saved.id, before, after: { ...saved } });
      announceAgendaChange(manager, meeting.id, 'RECORDED', { agendaItemId: saved.agendaItemId, actorId: caller.actor.personId, at: caller.now });
      return manager.findOneByOrFail(DecisionEntity, { id: saved.id });
    });
  }

  // The register: every decision the caller may see, across meetings and alliances, newest meeting first,
  // a page at a time by (meeting time, creation, id).
  register(caller: Caller, filter: DecisionRegisterFilter | null | undefined, first: number, after: string | null | undefined): Promise<Page<DecisionEntity>> {
    return keysetPage(
      'd',
      first,
      after,
      () => {
        const query = this.dataSource
          .getRepository(DecisionEntity)
          .createQueryBuilder('d')
          .innerJoin(MeetingEntity, 'm', 'm.id = d.meeting_id')
          .where(decisionRowSql('m', 'd'), accessParams(caller.actor));
        const text = filter?.text?.trim();
        if (text) {
          query.andWhere(`(to_tsvector('dutch'::regconfig, d.text) @@ websearch_to_tsquery('dutch'::regconfig, :text) OR d.text ILIKE :like)`, {
            text,
            like: `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`,
          });
        }
        if (filter?.allianceId) query.andWhere('m.alliance_id = :allianceId', { allianceId: requireUuid(filter.allianceId) });
        if (filter?.meetingId) query.andWhere('d.meeting_id = :meetingId', { meetingId: requireUuid(filter.meetingId) });
        if (filter?.meetingType) query.andWhere('m.type = :meetingType', { meetingType: filter.meetingType });
        if (filter?.from) query.andWhere('m.scheduled_at >= :from', { from: filter.from });
        if (filter?.to) query.andWhere('m.scheduled_at <= :to', { to: filter.to });
        if (filter?.vastloperId) query.andWhere('d.vastloper_id = :vastloperId', { vastloperId: requireUuid(filter.vastloperId) });
        if (filter?.doorbraakId) query.andWhere('d.doorbraak_id = :doorbraakId', { doorbraakId: requireUuid(filter.doorbraakId) });
        return query;
      },
      {
        keys: [
          { sql: 'm.scheduled_at', type: 'timestamptz' },
          { sql: 'd.created_at', type: 'timestamptz' },
        ],
        direction: 'DESC',
      },
    );
  }

  private async visible(manager: EntityManager, caller: Caller, id: string): Promise<DecisionEntity> {
    const decision = await manager
      .createQueryBuilder(DecisionEntity, 'd')
      .innerJoin(MeetingEntity, 'm', 'm.id = d.meeting_id')
      .where('d.id = :id', { id: requireUuid(id) })
      .andWhere(decisionRowSql('m', 'd'), accessParams(caller.actor))
      .getOne();
    if (!decision) {
      throw notFound('decision', id);
    }
    return decision;
  }

  private reviewDate(value: string, now: Date): string {
    const date = isoDate(value, 'the review date');
    if (date <= amsterdamToday(now)) {
      throw invalidInput('The review date lies in the future.');
    }
    return date;
  }

  private async applyToItem(manager: EntityManager, caller: Caller, meeting: MeetingEntity, item: { kind: ItemKind; id: string }, decision: DecisionEntity): Promise<void> {
    const command: LadderCommand =
      decision.outcome === 'RESOLVE'
        ? { type: 'RESOLVE', reason: decision.text }
        : decision.outcome === 'DE_ESCALATE'
          ? { type: 'DE_ESCALATE', reason: decision.text }
          : { type: 'PROGRESS' };
    const changes = decision.outcome === 'RESOLVE' && item.kind === 'VASTLOPER' ? { resolution: decision.text } : {};
    try {
      await this.ladder.apply(manager, item, command, { now: caller.now, actorId: caller.actor.personId }, changes);
    } catch (error) {
      if (error instanceof LadderError) {
        throw ladderRefused(error.code, error.message);
      }
      throw error;
    }
    await manager.insert(ProgressUpdateEntity, {
      vastloperId: item.kind === 'VASTLOPER' ? item.id : null,
      doorbraakId: item.kind === 'DOORBRAAK' ? item.id : null,
      authorId: caller.actor.personId,
      text: `Besluit ${meeting.title} (${formatDutchDate(meeting.scheduledAt)}): ${decision.text}`,
      at: caller.now,
    });
  }
}
