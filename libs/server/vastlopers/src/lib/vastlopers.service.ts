import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { can, canReadItem, dueTimes, formatDutchDateTime, newItemState, type Actor } from '@doorbraak/domain';
import { AuditService } from '@doorbraak/server-audit';
import { forbidden, keysetPage, newestFirst, notFound, preload, requireUuid, type Caller, type KeysetOrder, type Page } from '@doorbraak/server-core';
import {
  AllianceEntity,
  DoorbraakEntity,
  EscalationEventEntity,
  PersonEntity,
  ProgressUpdateEntity,
  VASTLOPER_SEARCH_DOCUMENT,
  VastloperEntity,
} from '@doorbraak/server-data';
import { answerFlagSql, LadderService, type LadderCommand } from '@doorbraak/server-escalation';
import type { VastloperOrder } from './graphql/enums';
import type { CreateVastloperInput, UpdateVastloperInput, VastloperFilter } from './graphql/inputs';
import { cleanTitle, requireText, vastloperVisibility } from './item-access';
import { newestEventIdSql, readItemWithPages, type ItemPages } from './vastlopers.loaders';
import { allianceNotFound, differentAlliance, personNotFound } from './vastlopers.exception';

const OPEN = `('OPEN', 'IN_BEHANDELING')`;

// The oldest last progress first.
const LONGEST_WITHOUT_PROGRESS: KeysetOrder = { keys: [{ sql: 'v.last_progress_at', type: 'timestamptz' }], direction: 'ASC' };

// What a page of the list reads beside its rows, in the same statement, when the question shows it; each
// row carries it as the value of its field. `met` is told of every person so read, for the request's person
// loader (a timeline's actor who owns an item then costs no statement of its own).
export type ListedWith = {
  readonly owner?: boolean;
  readonly alliance?: boolean;
  readonly lastEscalation?: boolean;
  readonly met?: (person: PersonEntity) => void;
};

// The same for one item, with its reporter and first pages of its lists (where the item is `v`).
export type ReadWith = Pick<ListedWith, 'owner' | 'met'> & { readonly reporter?: boolean; readonly pages?: ItemPages };

// A listed row and what was read beside it (mapped by the query builder, then handed to the fields).
type ListedVastloper = VastloperEntity & {
  listedOwner?: PersonEntity | null;
  listedReporter?: PersonEntity | null;
  listedAlliance?: AllianceEntity | null;
  listedLastEscalation?: EscalationEventEntity | null;
};

@Injectable()
export class VastlopersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ladder: LadderService,
    private readonly audit: AuditService,
  ) {}

  async list(
    actor: Actor,
    filter: VastloperFilter,
    first: number,
    after: string | null | undefined,
    now: Date,
    listedWith: ListedWith = {},
    order: VastloperOrder = 'NEWEST',
  ): Promise<Page<VastloperEntity>> {
    const keyset = order === 'LONGEST_WITHOUT_PROGRESS' ? LONGEST_WITHOUT_PROGRESS : newestFirst('v');
    const page = await keysetPage<ListedVastloper>('v', first, after, () => this.filtered(actor, filter, now), keyset, (query) => {
      if (listedWith.owner) query.leftJoinAndMapOne('v.listedOwner', PersonEntity, 'lo', 'lo.id = v.owner_id');
      if (listedWith.alliance) query.leftJoinAndMapOne('v.listedAlliance', AllianceEntity, 'la', 'la.id = v.alliance_id');
      if (listedWith.lastEscalation) {
        query.leftJoinAndMapOne('v.listedLastEscalation', EscalationEventEntity, 'le', `le.id = (${newestEventIdSql('vastloper_id', 'v.id')})`);
      }
    });
    for (const { node } of page.rows) {
      if (node.listedOwner) listedWith.met?.(node.listedOwner);
      preload(node, {
        ...(listedWith.owner && { owner: node.listedOwner ?? null }),
        ...(listedWith.alliance && { alliance: node.listedAlliance ?? null }),
        ...(listedWith.lastEscalation && { lastEscalation: node.listedLastEscalation ?? null }),
      });
    }
    return page;
  }

  private filtered(actor: Actor, filter: VastloperFilter, now: Date): SelectQueryBuilder<ListedVastloper> {
    const visibility = vastloperVisibility(actor, 'v');
    const query = this.dataSource.getRepository<ListedVastloper>(VastloperEntity).createQueryBuilder('v').where(visibility.where, visibility.params);
    if (filter.allianceId) {
      query.andWhere('v.alliance_id = :allianceId', { allianceId: requireUuid(filter.allianceId) });
    }
    if (filter.statuses?.length) {
      query.andWhere('v.status IN (:...statuses)', { statuses: filter.statuses });
    }
    if (filter.rung) {
      query.andWhere('v.rung = :rung', { rung: filter.rung });
    }
    if (filter.category) {
      query.andWhere('v.category = :category', { category: filter.category });
    }
    if (filter.actielijn) {
      query.andWhere('v.actielijn = :actielijn', { actielijn: filter.actielijn });
    }
    if (filter.ministry) {
      query.andWhere('v.owning_ministry = :ministry', { ministry: filter.ministry });
    }
    if (filter.stalledOnly) {
      query.andWhere(`v.status IN ${OPEN} AND (v.next_escalation_at <= :now OR v.overdue_at IS NOT NULL)`, { now });
    }
    if (filter.answerFlag) {
      query.andWhere(answerFlagSql(filter.answerFlag, 'v', ':answerNow'), { answerNow: now });
    }
    if (filter.overdueAtTop) {
      query.andWhere(`v.status IN ${OPEN} AND v.rung = 'DOORBRAAKOVERLEG' AND v.overdue_at IS NOT NULL`);
    }
    if (filter.search?.trim()) {
      // The same expression as the GIN index, so the search reads the index.
      query.andWhere(`${VASTLOPER_SEARCH_DOCUMENT.replace(/"(\w+)"/g, 'v.$1')} @@ websearch_to_tsquery('dutch', :search)`, {
        search: filter.search.trim(),
      });
    }
    return query;
  }

  // One item, with its owner, reporter and pages of its lists in the same statement when the question shows
  // them (a detail screen).
  async byId(actor: Actor, id: string, shown: ReadWith = {}): Promise<VastloperEntity> {
    const query = this.dataSource.getRepository<ListedVastloper>(VastloperEntity).createQueryBuilder('v').where('v.id = :id', { id: requireUuid(id) });
    if (shown.owner) query.leftJoinAndMapOne('v.listedOwner', PersonEntity, 'lo', 'lo.id = v.owner_id');
    if (shown.reporter) query.leftJoinAndMapOne('v.listedReporter', PersonEntity, 'lr', 'lr.id = v.reporter_id');
    const { row, givePages } = await readItemWithPages(query, shown.pages);
    if (!row || !canReadItem(actor, row)) {
      throw notFound('vastloper', id);
    }
    givePages();
    for (const person of [row.listedOwner, row.listedReporter]) if (person) shown.met?.(person);
    return preload(row, {
      ...(shown.owner && { owner: row.listedOwner ?? null }),
      ...(shown.reporter && { reporter: row.listedReporter ?? null }),
    });
  }

  async create(context: Caller, input: CreateVastloperInput): Promise<VastloperEntity> {
    const { actor, now } = context;
    const allianceId = requireUuid(input.allianceId);
    const title = cleanTitle(input.title);
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(AllianceEntity, { id: allianceId }))) {
        throw allianceNotFound(allianceId);
      }
      if (!can(actor, 'item.create', { allianceId })) {
        throw forbidden('You may not log vastlopers for this alliance.');
      }
      const ownerId = await this.activePerson(manager, input.ownerId ?? actor.personId);
      const state = newItemState('VASTLOPER', 'OPEN', now);
      const rules = await this.ladder.rulesFor(manager, allianceId);
      const row = manager.create(VastloperEntity, {
        allianceId,
        title,
        description: input.description?.trim() ?? '',
        category: input.category,
        actielijn: input.actielijn,
        ownerId,
        reporterId: actor.personId,
        owningMinistry: input.owningMinistry ?? null,
        legalReference: input.legalReference?.trim() || null,
        remedy: input.remedy ?? null,
        confidential: input.confidential ?? false,
        status: 'OPEN',
        rung: 'PROGRAMMABUREAU',
        rungEnteredAt: now,
        lastProgressAt: now,
        stallPeriod: state.period,
        ...dueTimes(state, rules),
        createdAt: now,
        updatedAt: now,
      });
      const saved = await manager.save(row);
      await this.audit.record(manager, context, { operation: 'createVastloper', entityType: 'Vastloper', entityId: saved.id, before: null, after: saved });
      return saved;
    });
  }

  async update(context: Caller, input: UpdateVastloperInput): Promise<VastloperEntity> {
    const id = requireUuid(input.id);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.writable(manager, context.actor, id, 'item.update');
      const changes: Partial<VastloperEntity> = {};
      if (input.title !== undefined && input.title !== null) changes.title = cleanTitle(input.title);
      if (input.description !== undefined && input.description !== null) changes.description = input.description.trim();
      if (input.category) changes.category = input.category;
      if (input.actielijn) changes.actielijn = input.actielijn;
      if (input.ownerId) changes.ownerId = await this.activePerson(manager, input.ownerId);
      if (input.owningMinistry !== undefined) changes.owningMinistry = input.owningMinistry;
      if (input.legalReference !== undefined) changes.legalReference = input.legalReference?.trim() || null;
      if (input.remedy !== undefined) changes.remedy = input.remedy;
      if (input.confidential !== undefined && input.confidential !== null) changes.confidential = input.confidential;
      // An edit is not progress (DOMAIN §3 rule 6): the ladder columns stay as they are.
      await manager.update(VastloperEntity, { id }, { ...changes, updatedAt: context.now });
      const after = { ...row, ...changes, updatedAt: context.now };
      await this.audit.record(manager, context, { operation: 'updateVastloper', entityType: 'Vastloper', entityId: id, before: row, after });
      return Object.assign(new VastloperEntity(), after);
    });
  }

  async park(context: Caller, id: string, until: Date, reason: string): Promise<VastloperEntity> {
    const text = requireText(reason, 'a reason');
    return this.command(
      context,
      id,
      'item.update',
      'park',
      { type: 'PARK', until, reason: text },
      { parkReason: text },
      `Geparkeerd tot ${formatDutchDateTime(until)}: ${text}`,
    );
  }

  async unpark(context: Caller, id: string): Promise<VastloperEntity> {
    return this.command(context, id, 'item.update', 'unpark', { type: 'UNPARK' }, {}, 'Weer opgepakt: niet langer geparkeerd.');
  }

  async resolve(context: Caller, id: string, resolution: string | null, doorbraakId: string | null): Promise<VastloperEntity> {
    const text = resolution?.trim() || null;
    const byDoorbraak = doorbraakId ? requireUuid(doorbraakId) : null;
    return this.command(
      context,
      id,
      'item.resolve',
      'resolveVastloper',
      { type: 'RESOLVE', reason: text },
      { resolution: text, resolvedByDoorbraakId: byDoorbraak },
      `Opgelost.${text ? ` ${text}` : ''}`,
      async (manager, row) => {
        if (byDoorbraak) {
          await this.linkInTransaction(manager, context.actor, row, byDoorbraak);
        }
      },
    );
  }

  async linkDoorbraak(context: Caller, vastloperId: string, doorbraakId: string): Promise<VastloperEntity> {
    const id = requireUuid(vastloperId);
    const target = requireUuid(doorbraakId);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.writable(manager, context.actor, id, 'item.update');
      await this.linkInTransaction(manager, context.actor, row, target);
      await this.audit.record(manager, context, { operation: 'linkDoorbraak', entityType: 'Vastloper', entityId: id, before: null, after: { doorbraakId: target } });
      return row;
    });
  }

  private async linkInTransaction(manager: EntityManager, actor: Actor, row: VastloperEntity, doorbraakId: string): Promise<void> {
    const doorbraak = await manager.findOneBy(DoorbraakEntity, { id: doorbraakId });
    if (!doorbraak || !can(actor, 'item.read', { allianceId: doorbraak.allianceId })) {
      throw notFound('doorbraak', doorbraakId);
    }
    if (doorbraak.allianceId !== row.allianceId) {
      const shared: unknown[] = await manager.query(
        `SELECT 1 FROM doorbraak_alliance WHERE doorbraak_id = $1 AND alliance_id = $2`,
        [doorbraakId, row.allianceId],
      );
      if (shared.length === 0) {
        throw differentAlliance();
      }
    }
    await manager.query(
      `INSERT INTO doorbraak_vastloper (doorbraak_id, vastloper_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [doorbraakId, row.id],
    );
  }

  // A ladder command on one vastloper: check, apply the rules, write the note and the audit entry.
  private command(
    context: Caller,
    id: string,
    action: 'item.update' | 'item.resolve',
    operation: string,
    command: LadderCommand,
    changes: Partial<VastloperEntity>,
    note: string,
    extra?: (manager: EntityManager, row: VastloperEntity) => Promise<void>,
  ): Promise<VastloperEntity> {
    const vastloperId = requireUuid(id);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.writable(manager, context.actor, vastloperId, action);
      await extra?.(manager, row);
      const outcome = await this.ladder.applyToLocked(
        manager,
        { kind: 'VASTLOPER', id: vastloperId },
        row,
        command,
        { now: context.now, actorId: context.actor.personId },
        changes,
      );
      const after = outcome.applied ? outcome.row : row;
      await manager.insert(ProgressUpdateEntity, { vastloperId, authorId: context.actor.personId, text: note, at: context.now });
      await this.audit.record(manager, context, { operation, entityType: 'Vastloper', entityId: vastloperId, before: row, after });
      return Object.assign(new VastloperEntity(), after);
    });
  }

  // Locks the row; an item the caller cannot see is "not found", one they see but may not change is forbidden.
  private async writable(manager: EntityManager, actor: Actor, id: string, action: 'item.update' | 'item.resolve'): Promise<VastloperEntity> {
    const row = await this.ladder.lock<VastloperEntity>(manager, { kind: 'VASTLOPER', id: requireUuid(id) });
    if (!row || !canReadItem(actor, row)) {
      throw notFound('vastloper', id);
    }
    if (!can(actor, action, { allianceId: row.allianceId })) {
      throw forbidden('You may not change this vastloper.');
    }
    return row;
  }

  private async activePerson(manager: EntityManager, personId: string): Promise<string> {
    const id = requireUuid(personId);
    if (!(await manager.existsBy(PersonEntity, { id, active: true }))) {
      throw personNotFound(id);
    }
    return id;
  }
}
