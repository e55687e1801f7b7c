import { IsNull } from 'typeorm';
import { DEFAULT_LADDER } from '@doorbraak/domain';
import { EscalationRungSettingEntity } from '@doorbraak/server-data';
import { insertRows, type SeedContext } from './seed-context';

// A migration inserts the national ladder too; this only fills in rungs that are missing.
export const ensureDefaultLadder = async (context: SeedContext): Promise<void> => {
  const existing = await context.manager.find(EscalationRungSettingEntity, {
    where: { allianceId: IsNull() },
    select: { id: true, rung: true },
  });
  const present = new Set(existing.map((setting) => setting.rung));
  const missing = DEFAULT_LADDER.filter((setting) => !present.has(setting.rung));
  await insertRows(
    context,
    EscalationRungSettingEntity,
    missing.map(({ rung, stallTime }) => ({
      allianceId: null,
      rung,
      stallUnit: stallTime.unit,
      stallWorkingDays: stallTime.unit === 'WORKING_DAYS' ? stallTime.workingDays : null,
      stallDuration: stallTime.unit === 'DURATION' ? stallTime.duration : null,
    })),
    'escalationRungSettings',
  );
};
