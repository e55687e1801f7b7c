import type { DataSource } from 'typeorm';
import { oneAfterAnother } from '@doorbraak/server-core';
import {
  ACTIELIJNEN,
  canReadItem,
  ESCALATION_RUNGS,
  TIME_ZONE,
  VASTLOPER_CATEGORIES,
  type Actielijn,
  type Actor,
  type EscalationRung,
  type VastloperCategory,
} from '@doorbraak/domain';
import { vastloperVisibility } from '../item-access';

// How long open vastlopers have been open (since they were reported), in calendar months of Amsterdam.
export const OPEN_AGE_BUCKETS = ['UNDER_1_MONTH', 'MONTHS_1_TO_3', 'MONTHS_3_TO_6', 'MONTHS_6_TO_12', 'OVER_12_MONTHS'] as const;
export type OpenAgeBucket = (typeof OPEN_AGE_BUCKETS)[number];

// The months the flow of escalations and resolutions covers: this one and the eleven before it.
export const FLOW_MONTHS = 12;

export type MonthFlow = { month: string; escalations: number; resolutions: number };
export type GroupCount<K> = { key: K; open: number; resolved: number };

export type VastloperFigures = {
  open: number;
  parked: number;
  perRung: { rung: EscalationRung; count: number }[];
  ageOfOpen: { bucket: OpenAgeBucket; count: number }[];
  perMonth: MonthFlow[];
  perActielijn: GroupCount<Actielijn>[];
  perCategory: GroupCount<VastloperCategory>[];
};

export type AllianceRungCounts = { allianceId: string; open: number; perRung: { rung: EscalationRung; count: number }[] };

// One alliance, or every alliance the caller may read (null).
export type FigureScope = { allianceId: string | null };

const OPEN = `v.status IN ('OPEN', 'IN_BEHANDELING')`;
// Moves up the ladder, by the sweep or by hand; a step down or a resolution is no escalation.
const ESCALATION_CAUSES_UP = `e.cause IN ('STALLED', 'MANUAL')`;

const monthOf = (column: string): string => `date_trunc('month', ${column} AT TIME ZONE '${TIME_ZONE}')`;
const localNow = `(CAST(:now AS timestamptz) AT TIME ZONE '${TIME_ZONE}')`;
// The first moment of the oldest month the flow shows, as an instant: moves and resolutions before it are not
// counted, and the bound lets the database read only the months shown (through the events' index on their moment).
const flowStart = `((date_trunc('month', ${localNow}) - interval '${FLOW_MONTHS - 1} months') AT TIME ZONE '${TIME_ZONE}')`;

const ageBucketSql = `CASE
  WHEN v.created_at AT TIME ZONE '${TIME_ZONE}' > ${localNow} - interval '1 month' THEN 'UNDER_1_MONTH'
  WHEN v.created_at AT TIME ZONE '${TIME_ZONE}' > ${localNow} - interval '3 months' THEN 'MONTHS_1_TO_3'
  WHEN v.created_at AT TIME ZONE '${TIME_ZONE}' > ${localNow} - interval '6 months' THEN 'MONTHS_3_TO_6'
  WHEN v.created_at AT TIME ZONE '${TIME_ZONE}' > ${localNow} - interval '12 months' THEN 'MONTHS_6_TO_12'
  ELSE 'OVER_12_MONTHS' END`;

const count = (value: unknown): number => Number(value ?? 0);

// GROUPING(v.actielijn, v.category): a bit for each column the row is not grouped by.
const BY_ACTIELIJN = 1;
const BY_CATEGORY = 2;
const BY_NOTHING = 3;

// Dashboard figures of the vastlopers, counted in the database over the rows the caller may read:
// confidential items only where the policy lets the caller read them (the list's own condition).
export const vastloperFigures = async (dataSource: DataSource, actor: Actor, scope: FigureScope, now: Date): Promise<VastloperFigures> => {
  const visibility = vastloperVisibility(actor, 'v');
  const where = `${visibility.where}${scope.allianceId === null ? '' : ' AND v.alliance_id = :scopeAlliance'}`;
  const params = { ...visibility.params, scopeAlliance: scope.allianceId, now };
  // One alliance's escalations are found through the events' own alliance (IDX_escalation_event_alliance); the
  // vastloper is joined only when the caller may not read all of its items, to leave out the confidential ones.
  const readsAllOf = (allianceId: string): boolean =>
    canReadItem(actor, { allianceId, confidential: false }) && canReadItem(actor, { allianceId, confidential: true });
  const escalationsOf =
    scope.allianceId === null
      ? `escalation_event e JOIN vastloper v ON v.id = e.vastloper_id WHERE ${where}`
      : readsAllOf(scope.allianceId)
        ? `escalation_event e WHERE e.alliance_id = :scopeAlliance AND e.vastloper_id IS NOT NULL`
        : `escalation_event e JOIN vastloper v ON v.id = e.vastloper_id WHERE e.alliance_id = :scopeAlliance AND ${where}`;
  const query = async <T>(sql: string): Promise<T[]> => {
    const [text, values] = dataSource.driver.escapeQueryWithParameters(sql, params);
    return dataSource.query(text, values);
  };

  const [groups, rungs, ages, months] = await oneAfterAnother([
    // The totals, per actielijn and per category in one pass; GROUPING says which of the three a row is.
    () => query<{ actielijn: Actielijn; category: VastloperCategory; grouped: number; open: number; parked: number; resolved: number }>(
      `SELECT v.actielijn, v.category, GROUPING(v.actielijn, v.category)::int AS grouped,
              count(*) FILTER (WHERE ${OPEN})::int AS open,
              count(*) FILTER (WHERE v.status = 'GEPARKEERD')::int AS parked,
              count(*) FILTER (WHERE v.status = 'OPGELOST')::int AS resolved
         FROM vastloper v WHERE ${where}
        GROUP BY GROUPING SETS ((v.actielijn), (v.category), ())`,
    ),
    () => query<{ rung: EscalationRung; count: number }>(`SELECT v.rung, count(*)::int AS count FROM vastloper v WHERE ${where} AND ${OPEN} GROUP BY v.rung`),
    () => query<{ bucket: OpenAgeBucket; count: number }>(
      `SELECT ${ageBucketSql} AS bucket, count(*)::int AS count FROM vastloper v WHERE ${where} AND ${OPEN} GROUP BY 1`,
    ),
    () => query<MonthFlow>(
      `WITH months AS (
         SELECT generate_series(date_trunc('month', ${localNow}) - interval '${FLOW_MONTHS - 1} months', date_trunc('month', ${localNow}), interval '1 month') AS month
       ), escalations AS (
         SELECT ${monthOf('e.at')} AS month, count(*)::int AS count
           FROM ${escalationsOf} AND ${ESCALATION_CAUSES_UP} AND e.at >= ${flowStart}
          GROUP BY 1
       ), resolutions AS (
         SELECT ${monthOf('v.resolved_at')} AS month, count(*)::int AS count
           FROM vastloper v
          WHERE ${where} AND v.status = 'OPGELOST' AND v.resolved_at >= ${flowStart}
          GROUP BY 1
       )
       SELECT to_char(m.month, 'YYYY-MM') AS month, coalesce(e.count, 0) AS escalations, coalesce(r.count, 0) AS resolutions
         FROM months m LEFT JOIN escalations e ON e.month = m.month LEFT JOIN resolutions r ON r.month = m.month
        ORDER BY m.month`,
    ),
  ]);

  // Every rung, bucket, actielijn and category is there, zero or not, so charts keep their shape.
  const byKey = <K extends string>(keys: readonly K[], rows: { key: K; open: number; resolved: number }[]): GroupCount<K>[] =>
    keys.map((key) => {
      const row = rows.find((candidate) => candidate.key === key);
      return { key, open: count(row?.open), resolved: count(row?.resolved) };
    });
  const totals = groups.find((row) => row.grouped === BY_NOTHING);
  const groupsBy = <K extends string>(grouping: number, keyOf: (row: (typeof groups)[number]) => K) =>
    groups.filter((row) => row.grouped === grouping).map((row) => ({ key: keyOf(row), open: row.open, resolved: row.resolved }));
  return {
    open: count(totals?.open),
    parked: count(totals?.parked),
    perRung: ESCALATION_RUNGS.map((rung) => ({ rung, count: count(rungs.find((row) => row.rung === rung)?.count) })),
    ageOfOpen: OPEN_AGE_BUCKETS.map((bucket) => ({ bucket, count: count(ages.find((row) => row.bucket === bucket)?.count) })),
    perMonth: months.map((row) => ({ month: row.month, escalations: count(row.escalations), resolutions: count(row.resolutions) })),
    perActielijn: byKey(ACTIELIJNEN, groupsBy(BY_ACTIELIJN, (row) => row.actielijn)),
    perCategory: byKey(VASTLOPER_CATEGORIES, groupsBy(BY_CATEGORY, (row) => row.category)),
  };
};

// Open vastlopers per rung for every alliance the caller may read (alliances without any included).
export const openPerRungPerAlliance = async (dataSource: DataSource, actor: Actor, allianceIds: readonly string[]): Promise<AllianceRungCounts[]> => {
  if (allianceIds.length === 0) {
    return [];
  }
  const visibility = vastloperVisibility(actor, 'v');
  const [text, values] = dataSource.driver.escapeQueryWithParameters(
    `SELECT v.alliance_id AS "allianceId", v.rung, count(*)::int AS count
       FROM vastloper v
      WHERE ${visibility.where} AND ${OPEN} AND v.alliance_id = ANY(:allianceIds)
      GROUP BY v.alliance_id, v.rung`,
    { ...visibility.params, allianceIds: [...allianceIds] },
  );
  const rows: { allianceId: string; rung: EscalationRung; count: number }[] = await dataSource.query(text, values);
  const counts = new Map(rows.map((row) => [`${row.allianceId}/${row.rung}`, row.count]));
  return allianceIds.map((allianceId) => {
    const perRung = ESCALATION_RUNGS.map((rung) => ({ rung, count: count(counts.get(`${allianceId}/${rung}`)) }));
    return { allianceId, open: perRung.reduce((sum, row) => sum + row.count, 0), perRung };
  });
};
