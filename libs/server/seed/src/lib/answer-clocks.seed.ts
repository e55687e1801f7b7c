import { answerDeadlines, DEFAULT_ANSWER_TIME, MINISTRY_RUNGS, type EscalationRung } from '@doorbraak/domain';
import { AnswerClockEntity } from '@doorbraak/server-data';
import type { SeedContext } from './seed-context';

type AtMinistry = { id: string; reachedAt: Date; reachedRung: EscalationRung; acknowledgedAt: Date | null; position: number };

const DAY_MS = 86_400_000;

// The answer clocks of the demo's open vastloperen at a ministry rung (DOMAIN §5 AnswerClock), from when each
// first arrived there. Most were acknowledged within a few days; every third one not, so the demo shows
// items whose ministry is late. Missed deadlines count as flagged back then: seeding tells nobody.
// Items that already have a clock keep it, so running the seed again changes nothing.
export const seedAnswerClocks = async (context: SeedContext): Promise<void> => {
  const items: AtMinistry[] = await context.manager.query(
    `SELECT v.id, coalesce(min(e.at), v.rung_entered_at) AS "reachedAt",
            coalesce((array_agg(e.to_rung ORDER BY e.at))[1], v.rung) AS "reachedRung", v.acknowledged_at AS "acknowledgedAt",
            row_number() OVER (ORDER BY v.title, v.id) AS position
       FROM vastloper v
       LEFT JOIN escalation_event e ON e.vastloper_id = v.id AND e.to_rung = ANY($1)
      WHERE v.rung = ANY($1) AND v.status IN ('OPEN', 'IN_BEHANDELING', 'GEPARKEERD') AND v.rung_entered_at IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM answer_clock c WHERE c.vastloper_id = v.id)
      GROUP BY v.id`,
    [MINISTRY_RUNGS],
  );
  const rows = items.map((item) => {
    const reachedAt = new Date(item.reachedAt);
    const deadlines = answerDeadlines(reachedAt, DEFAULT_ANSWER_TIME);
    const late = Number(item.position) % 3 === 0 && item.acknowledgedAt === null;
    const acknowledgedAt = late ? null : new Date(Math.min(reachedAt.getTime() + 3 * DAY_MS, context.now.getTime()));
    const passed = (deadline: Date): Date | null => (deadline.getTime() <= context.now.getTime() ? deadline : null);
    return {
      vastloperId: item.id,
      reachedRung: item.reachedRung,
      reachedMinistryAt: reachedAt,
      ...deadlines,
      acknowledgedAt,
      acknowledgeFlaggedAt: late ? passed(deadlines.acknowledgeBy) : null,
      answerFlaggedAt: late ? null : passed(deadlines.answerBy),
    };
  });
  if (rows.length > 0) {
    await context.manager.insert(AnswerClockEntity, rows);
  }
};
