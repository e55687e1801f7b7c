import type { DataSource } from 'typeorm';
import { prepared, type LazyParts } from '@doorbraak/server-core';
import { MINISTRIES, TIME_ZONE, VASTLOPER_CATEGORIES, type Actor, type Ministry, type VastloperCategory } from '@doorbraak/domain';
import { OPEN_VASTLOPER_FIGURES } from '@doorbraak/server-data';
import { vastloperVisibility } from '../item-access';

export type AllianceCategoryCounts = { allianceId: string; perCategory: { category: VastloperCategory; open: number }[] };
export type MinistryOpenCount = { ministry: Ministry | null; open: number };
export type LawOpenCount = { law: string; open: number };
export type MinistryWaiting = { ministry: Ministry; waiting: number; oldestSince: Date; oldestDays: number };

export type NationalFigures = {
  heatMap: AllianceCategoryCounts[];
  openPerMinistry: MinistryOpenCount[];
  openPerLaw: LawOpenCount[];
  unansweredMinistries: MinistryWaiting[];
};

const OPEN = `v.status IN ('OPEN', 'IN_BEHANDELING')`;
// The rungs where an item waits on a ministry (DOMAIN §5 AnswerClock).
const MINISTRY_RUNGS = `v.rung IN ('RIJKSVERTEGENWOORDIGER', 'INTERDEPARTEMENTAAL', 'DOORBRAAKOVERLEG')`;
// The laws a legal reference names: "Huisvestingswet 2014 art. 8; Woningwet art. 48" names two; the article is dropped.
const LAW_OF_PART = `trim(regexp_replace(part, '\\s+(art\\.?|artikel(en)?)\\s*[0-9].*$', '', 'i'))`;
export const MAX_LAWS = 15;

// The national comparison of the open vastlopers the caller may read, counted in the database: per area and
// category, per owning ministry, per law, and the ministries that have kept items waiting longest; each read only
// when it is asked for.
export const nationalFigures = (dataSource: DataSource, actor: Actor, allianceIds: readonly string[], now: Date): LazyParts<NationalFigures> => {
  const visibility = vastloperVisibility(actor, 'v');
  const params = { ...visibility.params, allianceIds: [...allianceIds], now, maxLaws: MAX_LAWS };
  const query = async <T>(sql: string): Promise<T[]> => {
    const [text, values] = dataSource.driver.escapeQueryWithParameters(sql, params);
    return dataSource.query(prepared(text), values);
  };
  return {
    heatMap: async () => {
      const cells = await query<{ allianceId: string; category: VastloperCategory; open: number }>(
        `SELECT v.alliance_id AS "allianceId", v.category, sum(v.n)::int AS open
           FROM ${OPEN_VASTLOPER_FIGURES} v WHERE ${visibility.where} AND v.alliance_id = ANY(:allianceIds)
          GROUP BY v.alliance_id, v.category HAVING sum(v.n) <> 0`,
      );
      const cell = new Map(cells.map((row) => [`${row.allianceId}/${row.category}`, row.open]));
      return allianceIds.map((allianceId) => ({
        allianceId,
        perCategory: VASTLOPER_CATEGORIES.map((category) => ({ category, open: cell.get(`${allianceId}/${category}`) ?? 0 })),
      }));
    },
    openPerMinistry: async () => {
      const ministries = await query<MinistryOpenCount>(
        `SELECT v.owning_ministry AS ministry, sum(v.n)::int AS open FROM ${OPEN_VASTLOPER_FIGURES} v WHERE ${visibility.where} GROUP BY v.owning_ministry`,
      );
      // Every ministry is there, zero or not, and the items no ministry owns last.
      const perMinistry = (ministry: Ministry | null): MinistryOpenCount => ({ ministry, open: ministries.find((row) => row.ministry === ministry)?.open ?? 0 });
      return [...MINISTRIES.map(perMinistry), perMinistry(null)];
    },
    openPerLaw: () =>
      query<LawOpenCount>(
        `SELECT ${LAW_OF_PART} AS law, count(DISTINCT v.id)::int AS open
           FROM vastloper v CROSS JOIN LATERAL unnest(string_to_array(v.legal_reference, ';')) AS part
          WHERE ${visibility.where} AND ${OPEN} AND ${LAW_OF_PART} <> ''
          GROUP BY 1 ORDER BY open DESC, law LIMIT :maxLaws`,
      ),
    // Waiting since the item reached the ministry (its open answer clock), or else since it reached its rung;
    // an answered clock means the ministry has answered.
    unansweredMinistries: () =>
      query<MinistryWaiting>(
        `SELECT v.owning_ministry AS ministry, count(*)::int AS waiting,
                min(coalesce(c.reached_ministry_at, v.rung_entered_at)) AS "oldestSince",
                ((CAST(:now AS timestamptz) AT TIME ZONE '${TIME_ZONE}')::date
                  - (min(coalesce(c.reached_ministry_at, v.rung_entered_at)) AT TIME ZONE '${TIME_ZONE}')::date)::int AS "oldestDays"
           FROM vastloper v LEFT JOIN answer_clock c ON c.vastloper_id = v.id AND c.closed_at IS NULL
          WHERE ${visibility.where} AND ${OPEN} AND ${MINISTRY_RUNGS} AND v.owning_ministry IS NOT NULL AND c.answered_at IS NULL
          GROUP BY v.owning_ministry
          ORDER BY "oldestSince", ministry`,
      ),
  };
};
