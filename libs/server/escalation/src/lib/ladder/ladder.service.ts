import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import {
  dueTimes,
  newItemState,
  OPEN_VASTLOPER_STATUSES,
  rungIndex,
  transition,
  type EscalationRung,
  type ItemPeople,
  type LadderEffect,
  type LadderEvent,
  type LadderRules,
  type LadderState,
} from '@doorbraak/domain';
import { DoorbraakEntity, DossierEntity, VastloperEntity } from '@doorbraak/server-data';
import { publishAfterCommit } from '@doorbraak/server-live';
import { AnswerClockService } from '../answer-time/answer-clock.service';
import { doorbraakColumns, doorbraakState, dossierColumns, dossierState, vastloperColumns, vastloperState } from './item-ladder';
import type { LadderRef } from './item-ref';
import { ItemPeopleService } from './item-people.service';
import { agendaTarget, LadderEffectsService } from './ladder-effects.service';
import type { EscalationTarget } from '../ports/escalation-ports';
import { LadderBatch, type RowWrite } from './ladder-batch';
import { LadderError } from './ladder.exception';
import { LadderRulesService } from './ladder-rules.service';

type WithoutPeople<T> = T extends { people: ItemPeople } ? Omit<T, 'people'> : T;

// A ladder event as a caller gives it; the service adds who holds which rung.
export type LadderCommand = WithoutPeople<LadderEvent>;

export type LadderOptions = {
  readonly now: Date;
  readonly actorId: string | null;
  // The worker's guard: act only while the item is still at this rung in this stall period.
  readonly expect?: { readonly rung: EscalationRung; readonly period: number };
  // Several items moved in one transaction at one moment share what they read once (see LadderBatch).
  readonly batch?: LadderBatch;
};

const remembered = <K, V>(memo: Map<K, Promise<V>> | undefined, key: K, read: () => Promise<V>): Promise<V> => {
  if (!memo) {
    return read();
  }
  const known = memo.get(key) ?? read();
  memo.set(key, known);
  return known;
};

export { LadderBatch };

export type LadderOutcome<T> =
  | { readonly applied: true; readonly row: T; readonly before: T; readonly effects: readonly LadderEffect[] }
  | { readonly applied: false; readonly reason: 'NOT_FOUND' | 'STATE_MOVED_ON' | 'NOTHING_DUE' | 'RESCHEDULED' };

type ItemEntity = VastloperEntity | DoorbraakEntity | DossierEntity;

const ENTITIES = { VASTLOPER: VastloperEntity, DOORBRAAK: DoorbraakEntity, DOSSIER: DossierEntity } as const;

// How each kind keeps its ladder state in its row. A dossier is national: no alliance, and its "owner" for
// the ladder's notices is whoever opened it.
const stateOf = (item: LadderRef, row: ItemEntity): LadderState => {
  switch (item.kind) {
    case 'VASTLOPER':
      return vastloperState(row as VastloperEntity);
    case 'DOORBRAAK':
      return doorbraakState(row as DoorbraakEntity);
    case 'DOSSIER':
      return dossierState(row as DossierEntity);
  }
};

const columnsOf = (item: LadderRef, row: ItemEntity, next: LadderState, rules: LadderRules, now: Date): Partial<ItemEntity> => {
  switch (item.kind) {
    case 'VASTLOPER':
      return vastloperColumns(row as VastloperEntity, next, rules, now);
    case 'DOORBRAAK':
      return doorbraakColumns(row as DoorbraakEntity, next, rules, now);
    case 'DOSSIER':
      return dossierColumns(row as DossierEntity, next, rules);
  }
};

const allianceOf = (row: ItemEntity): string | null => ('allianceId' in row ? row.allianceId : null);

const ownerOf = (row: ItemEntity): string => ('ownerId' in row ? row.ownerId : row.createdById);

// An alliance's rung holders as one batch read them, with this item's owner.
const withOwner = (people: ItemPeople, row: ItemEntity): ItemPeople => ({ ...people, ownerId: ownerOf(row) });

const needsPeople = (command: LadderCommand): boolean =>
  command.type === 'TICK' || command.type === 'ESCALATE' || command.type === 'DE_ESCALATE';

const sameState = (left: LadderState, right: LadderState): boolean => JSON.stringify(left) === JSON.stringify(right);

// On the ladder: an open vastloper or a running doorbraak (parked, resolved and withdrawn items are not).
const openRung = (row: ItemEntity): EscalationRung | null =>
  row.rung !== null && ((OPEN_VASTLOPER_STATUSES as readonly string[]).includes(row.status) || row.status === 'LOPEND') ? row.rung : null;
// (A dossier's OPEN is among the open statuses.)

const sameInstant = (left: Date | null, right: Date | null): boolean => (left?.getTime() ?? null) === (right?.getTime() ?? null);

// Loads an item under a row lock, runs the ladder's rules and carries out the effects: all inside
// the caller's transaction, so a retry or a second worker finds the new state or nothing to do.
@Injectable()
export class LadderService {
  constructor(
    private readonly rules: LadderRulesService,
    private readonly people: ItemPeopleService,
    private readonly effects: LadderEffectsService,
    private readonly answerClocks: AnswerClockService,
  ) {}

  // Writes what the items of a batch left to write together; the caller's transaction then commits.
  async finish(manager: EntityManager, batch: LadderBatch): Promise<void> {
    await this.writeRows(manager, batch);
    await this.effects.finish(manager, batch);
  }

  // What a batch's items will read, each kind in one statement instead of one or two per alliance: the ladders
  // and rung holders of their alliances, and the meetings the rules will send them to (chosen and locked together).
  async prepare(manager: EntityManager, batch: LadderBatch, items: readonly { item: LadderRef; row: ItemEntity }[]): Promise<void> {
    const allianceIds = [...new Set(items.map(({ row }) => allianceOf(row)))].filter((allianceId) => !batch.rules.has(allianceId));
    if (allianceIds.length > 0) {
      const rules = await this.rules.rulesForMany(manager, allianceIds);
      const people = await this.people.peopleForMany(manager, allianceIds, batch.now);
      for (const allianceId of allianceIds) {
        batch.rules.set(allianceId, Promise.resolve(rules.get(allianceId) as LadderRules));
        batch.people.set(allianceId, Promise.resolve(people.get(allianceId) as ItemPeople));
      }
    }
    // The rules are pure: what a tick will place where is known before anything moves.
    const targets: EscalationTarget[] = [];
    for (const { item, row } of items) {
      const allianceId = allianceOf(row);
      const people = withOwner(await (batch.people.get(allianceId) as Promise<ItemPeople>), row);
      const result = transition(stateOf(item, row), { type: 'TICK', people }, batch.now, await (batch.rules.get(allianceId) as Promise<LadderRules>));
      for (const effect of result.ok ? result.effects : []) {
        if (effect.type === 'PLACE_ON_AGENDA') targets.push(agendaTarget(effect.meetingType, allianceId));
      }
    }
    await this.effects.prepare(manager, batch, targets);
  }

  // The rows a batch moved so far, in one UPDATE per kind and set of columns (a batch's rows take the same
  // columns, but for the few that change status), so moving a hundred items is not a hundred round trips.
  private async writeRows(manager: EntityManager, batch: LadderBatch): Promise<void> {
    const groups = new Map<string, RowWrite[]>();
    for (const write of batch.rows.splice(0)) {
      const key = `${write.kind} ${Object.keys(write.columns).sort().join(' ')}`;
      groups.set(key, groups.get(key) ?? []);
      groups.get(key)?.push(write);
    }
    for (const writes of groups.values()) {
      const metadata = manager.connection.getMetadata(ENTITIES[writes[0].kind]);
      const columns = Object.keys(writes[0].columns).map((property) => {
        const column = metadata.findColumnWithPropertyName(property);
        if (!column) throw new Error(`${metadata.name} has no column ${property}`);
        return { property, name: column.databaseName };
      });
      const records = writes.map((write) => Object.fromEntries([['id', write.id], ...columns.map(({ property, name }) => [name, write.columns[property]])]));
      await manager.query(
        `UPDATE ${metadata.tableName} AS item SET ${columns.map(({ name }) => `${name} = written.${name}`).join(', ')}
           FROM jsonb_populate_recordset(NULL::${metadata.tableName}, $1::jsonb) AS written
          WHERE item.id = written.id`,
        [JSON.stringify(records)],
      );
    }
  }

  // Null: the national ladder, which national dossiers climb.
  rulesFor(manager: EntityManager, allianceId: string | null): Promise<LadderRules> {
    return this.rules.rulesFor(manager, allianceId);
  }

  async lock<T extends ItemEntity>(manager: EntityManager, item: LadderRef): Promise<T | null> {
    const entity = ENTITIES[item.kind] as new () => ItemEntity;
    return (await manager.findOne(entity, { where: { id: item.id }, lock: { mode: 'pessimistic_write' } })) as T | null;
  }

  // The rows of several items of one kind under row locks, taken in id order so two batches never wait on each other.
  // `skipLocked`: rows another transaction holds are left out instead of waited for.
  async lockMany<T extends ItemEntity>(manager: EntityManager, kind: LadderRef['kind'], ids: readonly string[], skipLocked = false): Promise<T[]> {
    const entity = ENTITIES[kind] as new () => ItemEntity;
    const lock = skipLocked ? ({ mode: 'pessimistic_write', onLocked: 'skip_locked' } as const) : ({ mode: 'pessimistic_write' } as const);
    return (await manager.find(entity, { where: { id: In([...ids]) }, order: { id: 'ASC' }, lock })) as T[];
  }

  // Which of these ids exist, without locking them.
  async existing(manager: EntityManager, kind: LadderRef['kind'], ids: readonly string[]): Promise<Set<string>> {
    const entity = ENTITIES[kind] as new () => ItemEntity;
    return new Set((await manager.find(entity, { select: { id: true }, where: { id: In([...ids]) } })).map((row) => row.id));
  }

  async apply<T extends ItemEntity>(
    manager: EntityManager,
    item: LadderRef,
    command: LadderCommand,
    options: LadderOptions,
    changes: Partial<T> = {},
  ): Promise<LadderOutcome<T>> {
    const row = await this.lock<T>(manager, item);
    if (!row) {
      return { applied: false, reason: 'NOT_FOUND' };
    }
    return this.applyToLocked(manager, item, row, command, options, changes);
  }

  async applyToLocked<T extends ItemEntity>(
    manager: EntityManager,
    item: LadderRef,
    row: T,
    command: LadderCommand,
    options: LadderOptions,
    changes: Partial<T> = {},
  ): Promise<LadderOutcome<T>> {
    const { now } = options;
    if (options.expect && (row.rung !== options.expect.rung || row.stallPeriod !== options.expect.period)) {
      return { applied: false, reason: 'STATE_MOVED_ON' };
    }
    const state = stateOf(item, row);
    const allianceId = allianceOf(row);
    const batch = options.batch;
    const rules = await remembered(batch?.rules, allianceId, () => this.rules.rulesFor(manager, allianceId));
    const people = needsPeople(command)
      ? batch
        ? withOwner(await remembered(batch.people, allianceId, () => this.people.peopleFor(manager, allianceId, ownerOf(row), now)), row)
        : await this.people.peopleFor(manager, allianceId, ownerOf(row), now)
      : null;
    const event = (people ? { ...command, people } : command) as LadderEvent;
    const result = transition(state, event, now, rules);
    if (!result.ok) {
      throw new LadderError(result.error.code, result.error.message);
    }
    if (command.type === 'TICK' && result.effects.length === 0 && sameState(state, result.next)) {
      // The row said "due" but the rules do not (yet): a changed setting makes the row follow the rules;
      // otherwise this worker's clock is behind the one that swept, and the caller retries later.
      const due = dueTimes(state, rules);
      if (!sameInstant(row.nextEscalationAt, due.nextEscalationAt) || !sameInstant(row.earlyWarningAt, due.earlyWarningAt)) {
        await manager.update(ENTITIES[item.kind], { id: item.id }, due);
        return { applied: false, reason: 'RESCHEDULED' };
      }
      return { applied: false, reason: 'NOTHING_DUE' };
    }
    const columns = columnsOf(item, row, result.next, rules, now);
    const update = Object.fromEntries(Object.entries({ ...columns, ...changes, updatedAt: now }).filter(([, value]) => value !== undefined)) as Partial<T>;
    if (batch) {
      batch.rows.push({ kind: item.kind, id: item.id, columns: update });
    } else {
      await manager.update(ENTITIES[item.kind], { id: item.id }, update as never);
    }
    await this.effects.carryOut(
      manager,
      { item, title: row.title, allianceId, people, actorId: options.actorId, now, period: state.period, batch },
      result.effects,
    );
    const after = { ...row, ...update } as T;
    const wasOpenAt = openRung(row);
    const openAt = openRung(after);
    if (wasOpenAt !== null && (openAt === null || rungIndex(openAt) < rungIndex(wasOpenAt))) {
      await this.effects.withdraw(manager, item, openAt, now);
    }
    if (item.kind === 'VASTLOPER') {
      await this.answerClocks.follow(manager, row as VastloperEntity, after as VastloperEntity, now);
    }
    if (item.kind === 'DOSSIER') {
      await this.answerClocks.followDossier(manager, row as DossierEntity, after as DossierEntity, now);
    }
    if (item.kind !== 'DOSSIER' && (after.rung !== row.rung || after.status !== row.status)) {
      await this.announce(manager, { kind: item.kind, id: item.id }, row as VastloperEntity | DoorbraakEntity, after as VastloperEntity | DoorbraakEntity, now);
    }
    return { applied: true, before: row, row: after, effects: result.effects };
  }

  // Boards and start pages update live: who may hear of the change is decided from the item's alliances
  // and confidentiality, sent along because the item is read again only for those who may see it.
  private async announce(
    manager: EntityManager,
    item: { kind: 'VASTLOPER' | 'DOORBRAAK'; id: string },
    before: VastloperEntity | DoorbraakEntity,
    after: VastloperEntity | DoorbraakEntity,
    now: Date,
  ): Promise<void> {
    const shared: { allianceId: string }[] =
      item.kind === 'DOORBRAAK'
        ? await manager.query(`SELECT alliance_id AS "allianceId" FROM doorbraak_alliance WHERE doorbraak_id = $1`, [item.id])
        : [];
    publishAfterCommit(manager, {
      name: 'ladderItemChanged',
      payload: {
        itemType: item.kind,
        itemId: item.id,
        allianceIds: [...new Set([after.allianceId, ...shared.map((row) => row.allianceId)])],
        confidential: 'confidential' in after ? after.confidential : false,
        fromRung: before.rung,
        toRung: after.rung,
        status: after.status,
        at: now.toISOString(),
      },
    });
  }

  // A dossier coming onto the national rungs as it is opened (by a coordinator, without a proposal): the
  // ladder's columns of a new open dossier, and its answer clock at the ministry. In the caller's transaction.
  async openDossier(manager: EntityManager, dossier: DossierEntity, now: Date): Promise<DossierEntity> {
    const rules = await this.rules.rulesFor(manager, null);
    const state = newItemState('DOSSIER', dossier.status, now);
    const columns = { ...dossierColumns(dossier, state, rules), rungEnteredAt: state.rungEnteredAt, lastProgressAt: now };
    await manager.update(DossierEntity, { id: dossier.id }, columns);
    const after = Object.assign(new DossierEntity(), dossier, columns);
    await this.answerClocks.followDossier(manager, { ...dossier, status: 'PROPOSED' }, after, now);
    return after;
  }

  // DOMAIN §3 rule 10: a changed ladder applies to the due times of open items, without touching history.
  async rescheduleAlliance(manager: EntityManager, allianceId: string): Promise<number> {
    const rules = await this.rules.rulesFor(manager, allianceId);
    let count = 0;
    for (const [entity, toState, statuses] of [
      [VastloperEntity, (row: ItemEntity) => vastloperState(row as VastloperEntity), ['OPEN', 'IN_BEHANDELING']],
      [DoorbraakEntity, (row: ItemEntity) => doorbraakState(row as DoorbraakEntity), ['LOPEND']],
    ] as const) {
      const rows: (VastloperEntity | DoorbraakEntity)[] = await manager
        .createQueryBuilder(entity, 'item')
        .setLock('pessimistic_write')
        .where('item.allianceId = :allianceId AND item.status IN (:...statuses)', { allianceId, statuses })
        .getMany();
      if (rows.length === 0) {
        continue;
      }
      const due = rows.map((row) => dueTimes(toState(row), rules));
      await manager.query(
        `UPDATE ${entity === VastloperEntity ? 'vastloper' : 'doorbraak'} AS item
            SET next_escalation_at = due.next_escalation_at, early_warning_at = due.early_warning_at
           FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[]) AS due(id, next_escalation_at, early_warning_at)
          WHERE item.id = due.id`,
        [rows.map((row) => row.id), due.map((times) => times.nextEscalationAt), due.map((times) => times.earlyWarningAt)],
      );
      count += rows.length;
    }
    return count;
  }
}
