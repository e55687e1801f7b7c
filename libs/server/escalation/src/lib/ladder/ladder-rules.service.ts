import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DEFAULT_LADDER, effectiveLadder, type LadderRules, type RungSetting } from '@doorbraak/domain';
import { APP_CONFIG, type AppConfig } from '@doorbraak/server-core';
import { EscalationRungSettingEntity } from '@doorbraak/server-data';

export const settingOf = (row: EscalationRungSettingEntity): RungSetting => ({
  rung: row.rung,
  stallTime:
    row.stallUnit === 'WORKING_DAYS'
      ? { unit: 'WORKING_DAYS', workingDays: row.stallWorkingDays as number }
      : { unit: 'DURATION', duration: row.stallDuration as string },
});

// The ladder that applies to an alliance: the national rows, with the alliance's overrides on top.
@Injectable()
export class LadderRulesService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  // Null: the national ladder alone (national dossiers belong to no alliance).
  async rulesFor(manager: EntityManager, allianceId: string | null): Promise<LadderRules> {
    return (await this.rulesForMany(manager, [allianceId])).get(allianceId) as LadderRules;
  }

  // The ladders of several alliances (and the national one, for null), read in one statement.
  async rulesForMany(manager: EntityManager, allianceIds: readonly (string | null)[]): Promise<Map<string | null, LadderRules>> {
    const rows = await manager
      .createQueryBuilder(EscalationRungSettingEntity, 'setting')
      .where('setting.allianceId IS NULL OR setting.allianceId = ANY(:allianceIds)', { allianceIds: allianceIds.filter((id) => id !== null) })
      .getMany();
    const national = effectiveLadder(rows.filter((row) => row.allianceId === null).map(settingOf), DEFAULT_LADDER);
    const calendar = { bevrijdingsdag: this.config.bevrijdingsdag };
    return new Map(
      allianceIds.map((allianceId) => [
        allianceId,
        { ladder: allianceId === null ? national : effectiveLadder(rows.filter((row) => row.allianceId === allianceId).map(settingOf), national), calendar },
      ]),
    );
  }
}
