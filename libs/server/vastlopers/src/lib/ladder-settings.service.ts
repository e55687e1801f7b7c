import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  can,
  DEFAULT_LADDER,
  effectiveLadder,
  isIsoDuration,
  isValidStallTime,
  MAX_STALL_DURATION,
  MAX_STALL_WORKING_DAYS,
  type Actor,
  type StallTime,
} from '@doorbraak/domain';
import { AuditService } from '@doorbraak/server-audit';
import { forbidden, notFound, requireUuid, type Caller } from '@doorbraak/server-core';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { AllianceEntity, EscalationRungSettingEntity } from '@doorbraak/server-data';
import { LadderService, settingOf } from '@doorbraak/server-escalation';
import type { RungSetting, RungSettingInput, StallTimeSetting } from './graphql/rung-setting.model';

import { allianceNotFound, duplicateRung, invalidDuration, invalidStallTime } from './vastlopers.exception';

const stallTimeOf = (input: RungSettingInput): StallTime => {
  const hasDays = input.workingDays !== undefined && input.workingDays !== null;
  const hasDuration = input.duration !== undefined && input.duration !== null;
  if (hasDays === hasDuration) {
    throw invalidStallTime(`Give ${input.rung} either working days or an ISO-8601 duration.`);
  }
  if (hasDuration) {
    const duration = (input.duration as string).trim();
    if (!isIsoDuration(duration)) {
      throw invalidDuration(duration);
    }
    const stallTime: StallTime = { unit: 'DURATION', duration };
    if (!isValidStallTime(stallTime)) {
      throw invalidStallTime(`A duration for ${input.rung} is at most ${MAX_STALL_DURATION} (two years).`);
    }
    return stallTime;
  }
  const stallTime: StallTime = { unit: 'WORKING_DAYS', workingDays: input.workingDays as number };
  if (!isValidStallTime(stallTime)) {
    throw invalidStallTime(`Working days for ${input.rung} are between 1 and ${MAX_STALL_WORKING_DAYS}.`);
  }
  return stallTime;
};

const stallTimeSetting = (stallTime: StallTime): StallTimeSetting => ({
  unit: stallTime.unit,
  workingDays: stallTime.unit === 'WORKING_DAYS' ? stallTime.workingDays : null,
  duration: stallTime.unit === 'DURATION' ? stallTime.duration : null,
});

// An alliance's ladder: the national stall times, with the alliance's own for the rungs it overrides.
@Injectable()
export class LadderSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ladder: LadderService,
    private readonly audit: AuditService,
  ) {}

  async ladderOf(actor: Actor, allianceId: string): Promise<RungSetting[]> {
    const id = requireUuid(allianceId);
    if (!(await this.dataSource.manager.existsBy(AllianceEntity, { id }))) {
      throw allianceNotFound(id);
    }
    // An alliance the caller may not read is "not found", as everywhere.
    if (!can(actor, 'alliance.read', { allianceId: id })) {
      throw notFound('alliance', id);
    }
    return this.effective(this.dataSource.manager, id);
  }

  // The rungs given replace the alliance's overrides; rungs left out fall back to the national default.
  async update(context: Caller, allianceId: string, rungs: readonly RungSettingInput[]): Promise<RungSetting[]> {
    const id = requireUuid(allianceId);
    const seen = new Set<string>();
    const settings = rungs.map((input) => {
      if (seen.has(input.rung)) {
        throw duplicateRung(input.rung);
      }
      seen.add(input.rung);
      return { rung: input.rung, stallTime: stallTimeOf(input) };
    });
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(AllianceEntity, { id }))) {
        throw allianceNotFound(id);
      }
      if (!can(context.actor, 'ladder.manage', { allianceId: id })) {
        throw can(context.actor, 'alliance.read', { allianceId: id })
          ? forbidden('Only the programme director or an administrator changes the ladder.')
          : notFound('alliance', id);
      }
      const before = await this.effective(manager, id);
      // Serialises two changes of one alliance's ladder.
      await manager.query(`SELECT id FROM alliance WHERE id = $1 FOR UPDATE`, [id]);
      await manager.delete(EscalationRungSettingEntity, { allianceId: id });
      if (settings.length > 0) {
        await manager.insert(
          EscalationRungSettingEntity,
          settings.map(({ rung, stallTime }) => ({
            allianceId: id,
            rung,
            stallUnit: stallTime.unit,
            stallWorkingDays: stallTime.unit === 'WORKING_DAYS' ? stallTime.workingDays : null,
            stallDuration: stallTime.unit === 'DURATION' ? stallTime.duration : null,
          })),
        );
      }
      // DOMAIN §3 rule 10: the new stall times apply to open items at once, without rewriting their history.
      await this.ladder.rescheduleAlliance(manager, id);
      const after = await this.effective(manager, id);
      await this.audit.record(manager, context, {
        operation: 'updateEscalationLadder',
        entityType: 'Alliance',
        entityId: id,
        before: { rungs: before },
        after: { rungs: after },
      });
      return after;
    });
  }

  private async effective(manager: EntityManager, allianceId: string): Promise<RungSetting[]> {
    const overrides = await manager.findBy(EscalationRungSettingEntity, { allianceId });
    const national = effectiveLadder((await manager.findBy(EscalationRungSettingEntity, { allianceId: IsNull() })).map(settingOf), DEFAULT_LADDER);
    const rules = await this.ladder.rulesFor(manager, allianceId);
    return rules.ladder.map(({ rung, stallTime }) => {
      const nationalDefault = national.find((setting) => setting.rung === rung)?.stallTime ?? stallTime;
      return {
        rung,
        ...stallTimeSetting(stallTime),
        overridden: overrides.some((row) => settingOf(row).rung === rung),
        nationalDefault: stallTimeSetting(nationalDefault),
      };
    });
  }
}
