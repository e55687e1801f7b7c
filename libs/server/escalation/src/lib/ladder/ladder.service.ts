import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  dueTimes,
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
import { DoorbraakEntity, VastloperEntity } from '@doorbraak/server-data';
import { publishAfterCommit } from '@doorbraak/server-live';
import { AnswerClockService } from '../answer-time/answer-clock.service';
import { doorbraakColumns, doorbraakState, vastloperColumns, vastloperState } from './item-ladder';
import type { ItemRef } from './item-ref';
import { ItemPeopleService } from './item-people.service';
import { LadderEffectsService } from './ladder-effects.service';
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
};

export type LadderOutcome<T> =
  | { readonly applied: true; readonly row: T; readonly before: T; readonly effects: readonly LadderEffect[] }
  | { readonly applied: false; readonly reason: 'NOT_FOUND' | 'STATE_MOVED_ON' | 'NOTHING_DUE' | 'RESCHEDULED' };

type ItemEntity = VastloperEntity | DoorbraakEntity;

const needsPeople = (command: LadderCommand): boolean =>
  command.type === 'TICK' || command.type === 'ESCALATE' || command.type === 'DE_ESCALATE';

const sameState = (left: LadderState, right: LadderState): boolean => JSON.stringify(left) === JSON.stringify(right);

// On the ladder: an open vastloper or a running doorbraak (parked, resolved and withdrawn items are not).
const openRung = (row: ItemEntity): EscalationRung | null =>
  row.rung !== null && ((OPEN_VASTLOPER_STATUSES as readonly string[]).includes(row.status) || row.status === 'LOPEND') ? row.rung : null;

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

  rulesFor(manager: EntityManager, allianceId: string): Promise<LadderRules> {
    return this.rules.rulesFor(manager, allianceId);
  }

  async lock<T extends ItemEntity>(manager: EntityManager, item: ItemRef): Promise<T | null> {
    const entity = item.kind === 'VASTLOPER' ? VastloperEntity : DoorbraakEntity;
    return (await manager.findOne(entity, { where: { id: item.id }, lock: { mode: 'pessimistic_write' } })) as T | null;
  }

  async apply<T extends ItemEntity>(
    manager: EntityManager,
    item: ItemRef,
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
    item: ItemRef,
    row: T,
    command: LadderCommand,
    options: LadderOptions,
    changes: Partial<T> = {},
  ): Promise<LadderOutcome<T>> {
    const { now } = options;
    if (options.expect && (row.rung !== options.expect.rung || row.stallPeriod !== options.expect.period)) {
      return { applied: false, reason: 'STATE_MOVED_ON' };
    }
    const state = item.kind === 'VASTLOPER' ? vastloperState(row as VastloperEntity) : doorbraakState(row as DoorbraakEntity);
    const rules = await this.rules.rulesFor(manager, row.allianceId);
    const people = needsPeople(command) ? await this.people.peopleFor(manager, row.allianceId, row.ownerId, now) : null;
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
        await manager.update(item.kind === 'VASTLOPER' ? VastloperEntity : DoorbraakEntity, { id: item.id }, due);
        return { applied: false, reason: 'RESCHEDULED' };
      }
      return { applied: false, reason: 'NOTHING_DUE' };
    }
    const columns =
      item.kind === 'VASTLOPER'
        ? vastloperColumns(row as VastloperEntity, result.next, rules, now)
        : doorbraakColumns(row as DoorbraakEntity, result.next, rules, now);
    const update = { ...columns, ...changes, updatedAt: now } as Partial<T>;
    await manager.update(item.kind === 'VASTLOPER' ? VastloperEntity : DoorbraakEntity, { id: item.id }, update as never);
    await this.effects.carryOut(
      manager,
      { item, title: row.title, allianceId: row.allianceId, people, actorId: options.actorId, now, period: state.period },
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
    if (after.rung !== row.rung || after.status !== row.status) {
      await this.announce(manager, item, row, after, now);
    }
    return { applied: true, before: row, row: after, effects: result.effects };
  }

  // Boards and start pages update live: who may hear of the change is decided from the item's alliances
  // and confidentiality, sent along because the item is read again only for those who may see it.
  private async announce(manager: EntityManager, item: ItemRef, before: ItemEntity, after: ItemEntity, now: Date): Promise<void> {
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

  // DOMAIN §3 rule 10: a changed ladder applies to the due times of open items, without touching history.
  async rescheduleAlliance(manager: EntityManager, allianceId: string): Promise<number> {
    const rules = await this.rules.rulesFor(manager, allianceId);
    let count = 0;
    for (const [entity, toState, statuses] of [
      [VastloperEntity, (row: ItemEntity) => vastloperState(row as VastloperEntity), ['OPEN', 'IN_BEHANDELING']],
      [DoorbraakEntity, (row: ItemEntity) => doorbraakState(row as DoorbraakEntity), ['LOPEND']],
    ] as const) {
      const rows: ItemEntity[] = await manager
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
