import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { can, canChangeStatus, dueTimes, newItemState, type Actor, type DoorbraakStatus } from '@doorbraak/domain';
import { AuditService } from '@doorbraak/server-audit';
import { forbidden, keysetPage, notFound, requireUuid, type Caller, type Page } from '@doorbraak/server-core';
import { AllianceEntity, DOORBRAAK_SEARCH_DOCUMENT, DoorbraakEntity, PersonEntity, ProgressUpdateEntity } from '@doorbraak/server-data';
import { LadderService, type LadderCommand } from '@doorbraak/server-escalation';
import type { CreateDoorbraakInput, DoorbraakFilter, UpdateDoorbraakInput } from './graphql/inputs';
import { cleanTitle, doorbraakVisibility } from './item-access';
import { readItemWithPages, type ItemPages } from './vastlopers.loaders';
import { allianceNotFound, invalidStatus, personNotFound } from './vastlopers.exception';

// How a status change of a doorbraak moves it on the ladder.
const STATUS_COMMANDS: Partial<Record<DoorbraakStatus, LadderCommand>> = {
  LOPEND: { type: 'START' },
  BEREIKT: { type: 'RESOLVE', reason: null },
  GESTOPT: { type: 'WITHDRAW' },
};

@Injectable()
export class DoorbrakenService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ladder: LadderService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, filter: DoorbraakFilter, first: number, after: string | null | undefined, now: Date): Promise<Page<DoorbraakEntity>> {
    return keysetPage('d', first, after, () => this.filtered(actor, filter, now));
  }

  private filtered(actor: Actor, filter: DoorbraakFilter, now: Date): SelectQueryBuilder<DoorbraakEntity> {
    const visibility = doorbraakVisibility(actor, 'd');
    const query = this.dataSource.getRepository(DoorbraakEntity).createQueryBuilder('d').where(visibility.where, visibility.params);
    if (filter.allianceId) {
      query.andWhere(
        '(d.alliance_id = :allianceId OR EXISTS (SELECT 1 FROM doorbraak_alliance f WHERE f.doorbraak_id = d.id AND f.alliance_id = :allianceId))',
        { allianceId: requireUuid(filter.allianceId) },
      );
    }
    if (filter.statuses?.length) {
      query.andWhere('d.status IN (:...statuses)', { statuses: filter.statuses });
    }
    if (filter.kind) {
      query.andWhere('d.kind = :kind', { kind: filter.kind });
    }
    if (filter.rung) {
      query.andWhere('d.rung = :rung', { rung: filter.rung });
    }
    if (filter.actielijn) {
      query.andWhere('d.actielijn = :actielijn', { actielijn: filter.actielijn });
    }
    if (filter.stalledOnly) {
      query.andWhere(`d.status = 'LOPEND' AND (d.next_escalation_at <= :now OR d.overdue_at IS NOT NULL)`, { now });
    }
    if (filter.overdueAtTop) {
      query.andWhere(`d.status = 'LOPEND' AND d.rung = 'DOORBRAAKOVERLEG' AND d.overdue_at IS NOT NULL`);
    }
    if (filter.search?.trim()) {
      query.andWhere(`${DOORBRAAK_SEARCH_DOCUMENT.replace(/"(\w+)"/g, 'd.$1')} @@ websearch_to_tsquery('dutch', :search)`, {
        search: filter.search.trim(),
      });
    }
    return query;
  }

  // One doorbraak, with the first pages of its lists a detail shows in the same statement (where it is `d`).
  async byId(actor: Actor, id: string, pages: ItemPages = []): Promise<DoorbraakEntity> {
    const query = this.dataSource.getRepository(DoorbraakEntity).createQueryBuilder('d').where('d.id = :id', { id: requireUuid(id) });
    const { row, givePages } = await readItemWithPages(query, pages);
    if (!row || !(await this.mayRead(this.dataSource.manager, actor, row))) {
      throw notFound('doorbraak', id);
    }
    givePages();
    return row;
  }

  async mayRead(manager: EntityManager, actor: Actor, row: DoorbraakEntity): Promise<boolean> {
    if (can(actor, 'item.read', { allianceId: row.allianceId })) {
      return true;
    }
    const shared: { alliance_id: string }[] = await manager.query(`SELECT alliance_id FROM doorbraak_alliance WHERE doorbraak_id = $1`, [row.id]);
    return shared.some((entry) => can(actor, 'item.read', { allianceId: entry.alliance_id }));
  }

  async create(context: Caller, input: CreateDoorbraakInput): Promise<DoorbraakEntity> {
    const { actor, now } = context;
    const allianceId = requireUuid(input.allianceId);
    const title = cleanTitle(input.title);
    const status = input.status ?? 'IDEE';
    if (status !== 'IDEE' && status !== 'LOPEND') {
      throw invalidStatus('A new doorbraak starts as IDEE or LOPEND.');
    }
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(AllianceEntity, { id: allianceId }))) {
        throw allianceNotFound(allianceId);
      }
      if (!can(actor, 'item.create', { allianceId })) {
        throw forbidden('You may not add doorbraken for this alliance.');
      }
      const ownerId = await this.activePerson(manager, input.ownerId ?? actor.personId);
      const state = newItemState('DOORBRAAK', status, now);
      const rules = await this.ladder.rulesFor(manager, allianceId);
      const saved = await manager.save(
        manager.create(DoorbraakEntity, {
          allianceId,
          title,
          description: input.description?.trim() ?? '',
          kind: input.kind,
          status,
          actielijn: input.actielijn ?? null,
          impact: input.impact?.trim() || null,
          ownerId,
          rung: state.rung,
          rungEnteredAt: state.rungEnteredAt,
          lastProgressAt: now,
          stallPeriod: state.period,
          ...dueTimes(state, rules),
          createdAt: now,
          updatedAt: now,
        }),
      );
      await this.audit.record(manager, context, { operation: 'createDoorbraak', entityType: 'Doorbraak', entityId: saved.id, before: null, after: saved });
      return saved;
    });
  }

  async update(context: Caller, input: UpdateDoorbraakInput): Promise<DoorbraakEntity> {
    const id = requireUuid(input.id);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.ladder.lock<DoorbraakEntity>(manager, { kind: 'DOORBRAAK', id });
      if (!row || !(await this.mayRead(manager, context.actor, row))) {
        throw notFound('doorbraak', id);
      }
      const statusChange = input.status && input.status !== row.status ? input.status : null;
      const action = statusChange === 'BEREIKT' ? 'item.resolve' : 'item.update';
      if (!can(context.actor, action, { allianceId: row.allianceId })) {
        throw forbidden('You may not change this doorbraak.');
      }
      const changes: Partial<DoorbraakEntity> = {};
      if (input.title !== undefined && input.title !== null) changes.title = cleanTitle(input.title);
      if (input.description !== undefined && input.description !== null) changes.description = input.description.trim();
      if (input.kind) changes.kind = input.kind;
      if (input.actielijn !== undefined) changes.actielijn = input.actielijn;
      if (input.impact !== undefined) changes.impact = input.impact?.trim() || null;
      if (input.ownerId) changes.ownerId = await this.activePerson(manager, input.ownerId);
      let after: DoorbraakEntity = { ...row, ...changes, updatedAt: context.now } as DoorbraakEntity;
      if (statusChange) {
        const command = STATUS_COMMANDS[statusChange];
        if (!command || !canChangeStatus('DOORBRAAK', row.status, statusChange)) {
          throw invalidStatus(`A doorbraak does not go from ${row.status} to ${statusChange}.`);
        }
        // A status change is real progress: the ladder moves, and the note says so.
        const outcome = await this.ladder.applyToLocked(manager, { kind: 'DOORBRAAK', id }, row, command, { now: context.now, actorId: context.actor.personId }, changes);
        after = outcome.applied ? outcome.row : after;
        await manager.insert(ProgressUpdateEntity, { doorbraakId: id, authorId: context.actor.personId, text: `Status: ${statusChange}.`, at: context.now });
      } else {
        await manager.update(DoorbraakEntity, { id }, { ...changes, updatedAt: context.now });
      }
      await this.audit.record(manager, context, { operation: 'updateDoorbraak', entityType: 'Doorbraak', entityId: id, before: row, after });
      return Object.assign(new DoorbraakEntity(), after);
    });
  }

  private async activePerson(manager: EntityManager, personId: string): Promise<string> {
    const id = requireUuid(personId);
    if (!(await manager.existsBy(PersonEntity, { id, active: true }))) {
      throw personNotFound(id);
    }
    return id;
  }
}
