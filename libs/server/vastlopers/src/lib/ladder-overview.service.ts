import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { alliancesWhere, ESCALATION_RUNGS, type Actor } from '@doorbraak/domain';
import { prepared } from '@doorbraak/server-core';
import { OPEN_VASTLOPER_FIGURES } from '@doorbraak/server-data';
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
    // The open items per rung from the kept counts; the stalled and overdue ones, which depend on the moment,
    // from the items themselves through the partial indexes on the due and overdue ones.
    const perRung = ESCALATION_RUNGS.map((rung, index) => `coalesce(sum(v.n) FILTER (WHERE v.rung = '${rung}'), 0)::int AS "rung${index}"`).join(',\n               ');
    const [sql, parameters] = this.dataSource.driver.escapeQueryWithParameters(
      `WITH counted AS (
         SELECT v.alliance_id, ${perRung}, sum(v.n)::int AS "open"
           FROM ${OPEN_VASTLOPER_FIGURES} v WHERE ${visibility.where} GROUP BY v.alliance_id),
       late AS (
         SELECT v.alliance_id, count(*)::int AS "stalled", count(*) FILTER (WHERE v.rung = 'DOORBRAAKOVERLEG' AND v.overdue_at IS NOT NULL)::int AS "overdue"
           FROM vastloper v
          WHERE v.status IN ('OPEN', 'IN_BEHANDELING') AND (v.next_escalation_at <= :now OR v.overdue_at IS NOT NULL) AND ${visibility.where}
          GROUP BY v.alliance_id)
       SELECT a.id AS "allianceId", a.name AS "allianceName", a.slug AS "allianceSlug",
              ${ESCALATION_RUNGS.map((_, index) => `coalesce(c."rung${index}", 0) AS "rung${index}"`).join(', ')},
              coalesce(c."open", 0) AS "open", coalesce(l."stalled", 0) AS "stalled", coalesce(l."overdue", 0) AS "overdue"
         FROM alliance a LEFT JOIN counted c ON c.alliance_id = a.id LEFT JOIN late l ON l.alliance_id = a.id
        WHERE ${readable === 'ALL' ? 'TRUE' : 'a.id = ANY(:alliances)'}
        ORDER BY "overdue" DESC, "stalled" DESC, a.name`,
      { ...visibility.params, now, alliances: readable === 'ALL' ? [] : [...readable] },
    );
    const rows: Row[] = await this.dataSource.query(prepared(sql), parameters);
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
