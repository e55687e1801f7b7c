import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { alliancesWhere, ESCALATION_RUNGS, type Actor } from '@doorbraak/domain';
import type { AllianceLadderOverview } from './graphql/ladder-overview.model';
import { vastloperVisibility } from './item-access';

type Row = { allianceId: string; allianceName: string; allianceSlug: string; stalled: number; overdue: number } & Record<string, number | string>;

// Counted in the database for every alliance the caller may read, over the vastlopers they may read
// (so a confidential item is not counted for who may not see it): no item list is sent to be counted.
@Injectable()
export class LadderOverviewService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async overview(actor: Actor, now: Date): Promise<AllianceLadderOverview[]> {
    const readable = alliancesWhere(actor, 'item.read');
    if (readable !== 'ALL' && readable.length === 0) {
      return [];
    }
    const visibility = vastloperVisibility(actor, 'v');
    // count(v.alliance_id) counts the joined rows, as count(v.id) would, from the open figures' index alone.
    const perRung = ESCALATION_RUNGS.map((rung, index) => `count(v.alliance_id) FILTER (WHERE v.rung = '${rung}')::int AS "rung${index}"`).join(',\n             ');
    const [sql, parameters] = this.dataSource.driver.escapeQueryWithParameters(
      `SELECT a.id AS "allianceId", a.name AS "allianceName", a.slug AS "allianceSlug",
             ${perRung},
             count(v.alliance_id)::int AS "open",
             count(v.alliance_id) FILTER (WHERE v.next_escalation_at <= :now OR v.overdue_at IS NOT NULL)::int AS "stalled",
             count(v.alliance_id) FILTER (WHERE v.rung = 'DOORBRAAKOVERLEG' AND v.overdue_at IS NOT NULL)::int AS "overdue"
        FROM alliance a
        LEFT JOIN vastloper v ON v.alliance_id = a.id AND v.status IN ('OPEN', 'IN_BEHANDELING') AND ${visibility.where}
       WHERE ${readable === 'ALL' ? 'TRUE' : 'a.id = ANY(:alliances)'}
       GROUP BY a.id
       ORDER BY "overdue" DESC, "stalled" DESC, a.name`,
      { ...visibility.params, now, alliances: readable === 'ALL' ? [] : [...readable] },
    );
    const rows: Row[] = await this.dataSource.query(sql, parameters);
    return rows.map((row) => ({
      allianceId: row.allianceId,
      allianceName: row.allianceName,
      allianceSlug: row.allianceSlug,
      perRung: ESCALATION_RUNGS.map((rung, index) => ({ rung, count: Number(row[`rung${index}`]) })),
      open: Number(row['open']),
      stalled: row.stalled,
      overdueAtTop: row.overdue,
    }));
  }
}
