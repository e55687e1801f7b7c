import { Inject, Injectable } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import {
  answerDeadlines,
  applyAnswerCommand,
  effectiveAnswerTime,
  isMinistryRung,
  type AnswerCommand,
  type AnswerTimeSettings,
  type EscalationRung,
} from '@doorbraak/domain';
import { APP_CONFIG, type AppConfig } from '@doorbraak/server-core';
import { AnswerClockEntity, AnswerTimeSettingEntity, type DossierEntity, type VastloperEntity } from '@doorbraak/server-data';
import { AnswerTimeError } from './answer-time.exception';

// Where the ministry owes something: at a ministry rung, and not resolved or withdrawn (a parked item
// waits on someone, often the ministry itself, so its answer time keeps running).
const owedAtMinistry = (row: Pick<VastloperEntity, 'rung' | 'status'>): boolean =>
  isMinistryRung(row.rung) && (row.status === 'OPEN' || row.status === 'IN_BEHANDELING' || row.status === 'GEPARKEERD');

const settingOf = (row: AnswerTimeSettingEntity | null): AnswerTimeSettings | null =>
  row ? { acknowledgeWorkingDays: row.acknowledgeWorkingDays, answerWorkingDays: row.answerWorkingDays } : null;

export type AnswerText = { readonly actorId: string; readonly text: string | null };

// Whose clock: a vastloper's, or a national dossier's.
export type ClockOwner = { readonly vastloperId: string } | { readonly dossierId: string };

// A national dossier with an owning ministry owes its answer from when it is open until it is closed, at
// either national rung (every dossier names its owning ministry).
const dossierOwed = (row: Pick<DossierEntity, 'status' | 'owningMinistry'>): boolean => row.status === 'OPEN' && row.owningMinistry !== null;

// The answer clocks of vastlopers (DOMAIN §5 AnswerClock). Escalation is the only writer of `answer_clock`:
// the ladder starts and closes clocks as items arrive at and leave the ministry rungs, in the same transaction.
@Injectable()
export class AnswerClockService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  // The national setting, or the alliance's own over it; the default when neither is set.
  async settingsFor(manager: EntityManager, allianceId: string | null): Promise<AnswerTimeSettings> {
    // Both rows in one statement: the national one (alliance null) and the alliance's own, when it has one.
    const rows = await manager.find(AnswerTimeSettingEntity, { where: allianceId ? [{ allianceId: IsNull() }, { allianceId }] : { allianceId: IsNull() } });
    const national = settingOf(rows.find((row) => row.allianceId === null) ?? null);
    const own = allianceId ? settingOf(rows.find((row) => row.allianceId === allianceId) ?? null) : null;
    return effectiveAnswerTime(national, own);
  }

  // Called by the ladder after every move of a vastloper: arriving at the ministry rungs (again) starts a
  // new clock, leaving them (down the ladder, resolved, withdrawn) closes the open one. Climbing from one
  // ministry rung to the next keeps the clock: the item is still with the Rijk.
  async follow(
    manager: EntityManager,
    before: Pick<VastloperEntity, 'rung' | 'status'>,
    after: Pick<VastloperEntity, 'id' | 'allianceId' | 'rung' | 'status'>,
    now: Date,
  ): Promise<void> {
    await this.followClock(manager, { vastloperId: after.id }, after.allianceId, owedAtMinistry(before), owedAtMinistry(after), after.rung as EscalationRung, now);
  }

  // The same for a dossier, with the national setting: opening it starts its clock, closing it (or a merge)
  // closes the clock; climbing to the doorbraakoverleg keeps it.
  async followDossier(
    manager: EntityManager,
    before: Pick<DossierEntity, 'status' | 'owningMinistry'>,
    after: Pick<DossierEntity, 'id' | 'status' | 'owningMinistry' | 'rung'>,
    now: Date,
  ): Promise<void> {
    await this.followClock(manager, { dossierId: after.id }, null, dossierOwed(before), dossierOwed(after), after.rung as EscalationRung, now);
  }

  // Owed before and not after closes the open clock; owed after and not before starts one.
  private async followClock(manager: EntityManager, owner: ClockOwner, allianceId: string | null, was: boolean, is: boolean, rung: EscalationRung, now: Date): Promise<void> {
    if (was && !is) {
      await this.closeFor(manager, owner, now);
    } else if (!was && is) {
      await this.startFor(manager, owner, allianceId, rung, now);
    }
  }

  async start(manager: EntityManager, item: Pick<VastloperEntity, 'id' | 'allianceId'>, rung: EscalationRung, now: Date): Promise<AnswerClockEntity> {
    return this.startFor(manager, { vastloperId: item.id }, item.allianceId, rung, now);
  }

  private async startFor(manager: EntityManager, owner: ClockOwner, allianceId: string | null, rung: EscalationRung, now: Date): Promise<AnswerClockEntity> {
    await this.closeFor(manager, owner, now);
    const deadlines = answerDeadlines(now, await this.settingsFor(manager, allianceId), { bevrijdingsdag: this.config.bevrijdingsdag });
    const clock = manager.create(AnswerClockEntity, { ...owner, reachedRung: rung, reachedMinistryAt: now, ...deadlines });
    return manager.save(clock);
  }

  async close(manager: EntityManager, vastloperId: string, now: Date): Promise<void> {
    await this.closeFor(manager, { vastloperId }, now);
  }

  private async closeFor(manager: EntityManager, owner: ClockOwner, now: Date): Promise<void> {
    await manager.update(AnswerClockEntity, { ...owner, closedAt: IsNull() }, { closedAt: now });
  }

  // The acknowledgement or answer of the ministry, on the open clock; the caller holds the item's row lock
  // and has checked who may. Answers the clock before and after.
  async record(
    manager: EntityManager,
    owner: ClockOwner,
    command: AnswerCommand,
    by: AnswerText,
    now: Date,
  ): Promise<{ before: AnswerClockEntity; after: AnswerClockEntity }> {
    const clock = await manager.findOne(AnswerClockEntity, { where: { ...owner, closedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
    const result = applyAnswerCommand(clock, command, now);
    if (!result.ok) {
      throw new AnswerTimeError(result.code, result.message);
    }
    const open = clock as AnswerClockEntity;
    const changes: Partial<AnswerClockEntity> =
      command.type === 'ACKNOWLEDGE'
        ? { acknowledgedAt: result.acknowledgedAt, acknowledgedById: by.actorId, acknowledgeNote: by.text }
        : {
            acknowledgedAt: result.acknowledgedAt,
            acknowledgedById: open.acknowledgedById ?? by.actorId,
            answeredAt: result.answeredAt,
            answeredById: by.actorId,
            answer: by.text,
          };
    await manager.update(AnswerClockEntity, { id: open.id }, changes);
    return { before: open, after: Object.assign(new AnswerClockEntity(), open, changes) };
  }

  // The national setting (allianceId null) or an alliance's own; null settings drop the alliance's own, so
  // the national one applies again. The open clocks follow at once.
  async saveSettings(manager: EntityManager, allianceId: string | null, settings: AnswerTimeSettings | null): Promise<void> {
    // Serialises two changes of one setting (the national row may not exist yet, so lock what always does).
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('answer_time_setting:' || coalesce($1::text, 'national')))`, [allianceId]);
    await manager.delete(AnswerTimeSettingEntity, { allianceId: allianceId ?? IsNull() });
    if (settings) {
      await manager.insert(AnswerTimeSettingEntity, { allianceId, ...settings });
    }
    await this.reschedule(manager, allianceId);
  }

  async hasOwnSettings(manager: EntityManager, allianceId: string): Promise<boolean> {
    return manager.existsBy(AnswerTimeSettingEntity, { allianceId });
  }

  // A changed setting applies to the open clocks at once, from when each reached the ministry (as a changed
  // ladder does, DOMAIN §3 rule 10). Null: the national setting changed, for every alliance without its own.
  async reschedule(manager: EntityManager, allianceId: string | null): Promise<number> {
    const clocks: { id: string; allianceId: string; reachedMinistryAt: Date }[] = await manager.query(
      `SELECT c.id, v.alliance_id AS "allianceId", c.reached_ministry_at AS "reachedMinistryAt"
         FROM answer_clock c JOIN vastloper v ON v.id = c.vastloper_id
        WHERE c.closed_at IS NULL
          AND ($1::uuid IS NULL AND NOT EXISTS (SELECT 1 FROM answer_time_setting s WHERE s.alliance_id = v.alliance_id)
               OR v.alliance_id = $1::uuid)
        FOR UPDATE OF c`,
      [allianceId],
    );
    const calendar = { bevrijdingsdag: this.config.bevrijdingsdag };
    const settings = new Map<string, AnswerTimeSettings>();
    for (const clock of clocks) {
      if (!settings.has(clock.allianceId)) {
        settings.set(clock.allianceId, await this.settingsFor(manager, clock.allianceId));
      }
      const deadlines = answerDeadlines(clock.reachedMinistryAt, settings.get(clock.allianceId) as AnswerTimeSettings, calendar);
      await manager.update(AnswerClockEntity, { id: clock.id }, deadlines);
    }
    // Dossiers belong to no alliance: the national setting is theirs.
    const dossierClocks: { id: string; reachedMinistryAt: Date }[] =
      allianceId === null
        ? await manager.query(
            `SELECT c.id, c.reached_ministry_at AS "reachedMinistryAt" FROM answer_clock c
              WHERE c.closed_at IS NULL AND c.dossier_id IS NOT NULL FOR UPDATE OF c`,
          )
        : [];
    if (dossierClocks.length > 0) {
      const national = await this.settingsFor(manager, null);
      for (const clock of dossierClocks) {
        await manager.update(AnswerClockEntity, { id: clock.id }, answerDeadlines(clock.reachedMinistryAt, national, calendar));
      }
    }
    return clocks.length + dossierClocks.length;
  }
}
