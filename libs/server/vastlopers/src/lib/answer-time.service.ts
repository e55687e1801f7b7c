import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { answerTimeProblem, can, canReadItem, ministryAnswerAction, type Actor, type AnswerCommand } from '@doorbraak/domain';
import { AuditService } from '@doorbraak/server-audit';
import { forbidden, notFound, requireUuid, type Caller } from '@doorbraak/server-core';
import { AllianceEntity, ProgressUpdateEntity, VastloperEntity } from '@doorbraak/server-data';
import { AnswerClockService, AnswerTimeError, LadderService } from '@doorbraak/server-escalation';
import type { AnswerTimeSettings, AnswerTimeSettingsInput } from './graphql/answer-time.model';
import { requireText } from './item-access';
import { allianceNotFound, invalidAnswerTime } from './vastlopers.exception';

const NOTES: Readonly<Record<AnswerCommand['type'], string>> = {
  ACKNOWLEDGE: 'Ministerie: in behandeling genomen.',
  ANSWER: 'Ministerie: beantwoord.',
};

// The ministry's side of a vastloper (DOMAIN §5 AnswerClock): acknowledging and answering, and the settings.
// Escalation keeps the clocks; this service checks who may, notes it on the item and audits it.
@Injectable()
export class AnswerTimeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ladder: LadderService,
    private readonly clocks: AnswerClockService,
    private readonly audit: AuditService,
  ) {}

  acknowledge(context: Caller, id: string, note: string | null): Promise<VastloperEntity> {
    return this.record(context, id, { type: 'ACKNOWLEDGE' }, note?.trim() || null, 'acknowledgeVastloper');
  }

  answer(context: Caller, id: string, answer: string): Promise<VastloperEntity> {
    return this.record(context, id, { type: 'ANSWER' }, requireText(answer, 'the answer'), 'answerVastloper');
  }

  private record(context: Caller, id: string, command: AnswerCommand, text: string | null, operation: string): Promise<VastloperEntity> {
    const vastloperId = requireUuid(id);
    return this.dataSource.transaction(async (manager) => {
      const item = { kind: 'VASTLOPER' as const, id: vastloperId };
      const row = await this.ladder.lock<VastloperEntity>(manager, item);
      if (!row || !canReadItem(context.actor, row)) {
        throw notFound('vastloper', id);
      }
      const action = ministryAnswerAction(row.rung);
      if (action === null) {
        throw new AnswerTimeError('NOT_AT_MINISTRY', 'The vastloper does not lie with a ministry now.');
      }
      if (!can(context.actor, action, { allianceId: row.allianceId })) {
        throw forbidden('Only the owner at the ministry acknowledges and answers.');
      }
      const { before, after } = await this.clocks.record(manager, { vastloperId }, command, { actorId: context.actor.personId, text }, context.now);
      // The ministry moving is real progress on the ladder (DOMAIN §3 rule 6), and shows on the item's timeline.
      // Its acknowledgement is the rung's too, when nobody acknowledged the item there yet: one command, not two.
      const running = row.status === 'OPEN' || row.status === 'IN_BEHANDELING';
      const started = Math.max(row.rungEnteredAt?.getTime() ?? 0, row.lastProgressAt.getTime());
      const ladderCommand =
        command.type === 'ACKNOWLEDGE' && running && row.acknowledgedAt === null
          ? ({ type: 'ACKNOWLEDGE' } as const)
          : context.now.getTime() > started
            ? ({ type: 'PROGRESS' } as const)
            : null;
      const outcome = ladderCommand ? await this.ladder.applyToLocked(manager, item, row, ladderCommand, { now: context.now, actorId: context.actor.personId }) : null;
      await manager.insert(ProgressUpdateEntity, {
        vastloperId,
        authorId: context.actor.personId,
        text: text ? `${NOTES[command.type]} ${text}` : NOTES[command.type],
        at: context.now,
      });
      await this.audit.record(manager, context, { operation, entityType: 'Vastloper', entityId: vastloperId, before: { answerTime: before }, after: { answerTime: after } });
      return Object.assign(new VastloperEntity(), outcome?.applied ? outcome.row : row);
    });
  }

  // Null: the national setting, which every signed-in person may read.
  async settingsOf(actor: Actor, allianceId: string | null): Promise<AnswerTimeSettings> {
    const id = allianceId === null ? null : requireUuid(allianceId);
    const manager = this.dataSource.manager;
    if (id !== null) {
      if (!(await manager.existsBy(AllianceEntity, { id }))) {
        throw allianceNotFound(id);
      }
      if (!can(actor, 'alliance.read', { allianceId: id })) {
        throw notFound('alliance', id);
      }
    }
    return this.settingsIn(manager, id);
  }

  // Null settings drop an alliance's own, so the national setting applies again.
  async updateSettings(context: Caller, allianceId: string | null, input: AnswerTimeSettingsInput | null): Promise<AnswerTimeSettings> {
    const id = allianceId === null ? null : requireUuid(allianceId);
    const settings = input ? { acknowledgeWorkingDays: input.acknowledgeWorkingDays, answerWorkingDays: input.answerWorkingDays } : null;
    if (settings && answerTimeProblem(settings)) {
      throw invalidAnswerTime(answerTimeProblem(settings) as string);
    }
    if (id === null && settings === null) {
      throw invalidAnswerTime('Give the national working days.');
    }
    return this.dataSource.transaction(async (manager) => {
      if (id !== null && !(await manager.existsBy(AllianceEntity, { id }))) {
        throw allianceNotFound(id);
      }
      if (!can(context.actor, 'ladder.manage', { allianceId: id })) {
        throw id === null || can(context.actor, 'alliance.read', { allianceId: id })
          ? forbidden('Only the programme director or an administrator changes the answer time.')
          : notFound('alliance', id);
      }
      const before = await this.settingsIn(manager, id);
      await this.clocks.saveSettings(manager, id, settings);
      const after = await this.settingsIn(manager, id);
      await this.audit.record(manager, context, {
        operation: 'updateAnswerTimeSettings',
        entityType: id === null ? 'AnswerTimeSettings' : 'Alliance',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  }

  private async settingsIn(manager: DataSource['manager'], allianceId: string | null): Promise<AnswerTimeSettings> {
    const effective = await this.clocks.settingsFor(manager, allianceId);
    return { ...effective, overridden: allianceId !== null && (await this.clocks.hasOwnSettings(manager, allianceId)) };
  }
}
