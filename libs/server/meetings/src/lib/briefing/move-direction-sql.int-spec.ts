import { ESCALATION_CAUSES, ESCALATION_RUNGS, moveDirection, type LadderMove } from '@doorbraak/domain';
import { createTestDatabase, type TestDatabase } from '@doorbraak/server-testing';
import { moveDirectionSql } from './move-direction-sql';

describe("the briefing's moves in SQL", () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('go the way the domain says for every cause and pair of rungs, and for an item first placed', async () => {
    const moves: LadderMove[] = ESCALATION_CAUSES.flatMap((cause) =>
      [null, ...ESCALATION_RUNGS].flatMap((fromRung) => ESCALATION_RUNGS.map((toRung) => ({ cause, fromRung, toRung }))),
    );
    const rows: { direction: string | null }[] = await db.dataSource.query(
      `SELECT ${moveDirectionSql('e')} AS direction
         FROM jsonb_to_recordset($1::jsonb) AS e(position int, cause text, from_rung text, to_rung text)
        ORDER BY e.position`,
      [JSON.stringify(moves.map((move, position) => ({ position, cause: move.cause, from_rung: move.fromRung, to_rung: move.toRung })))],
    );
    expect(rows.map((row) => row.direction)).toEqual(moves.map(moveDirection));
    expect(new Set(rows.map((row) => row.direction))).toEqual(new Set(['ESCALATED', 'DE_ESCALATED', null]));
  });
});
