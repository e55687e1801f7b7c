import type { DataSource } from 'typeorm';
import { amsterdamToday, type Actor, type PartnerType } from '@doorbraak/domain';
import { accessParams, namedQuery, visibleActionItemSql } from '../access/meeting-sql';

export type PartnerOverdue = { partnerId: string | null; partnerName: string | null; partnerType: PartnerType | null; count: number };
export type PartnerTypeOverdue = { partnerType: PartnerType | null; count: number };

// An overdue action item counts for one partner: the partner that made the commitment, else the partner
// the owner represents at that alliance's table (the first by name when they represent several), else none.
const PARTNER_OF_ITEM = `LEFT JOIN LATERAL (
    SELECT p.id, p.name, p.type FROM partner p
     WHERE p.id = a.committed_by_partner_id
        OR (a.committed_by_partner_id IS NULL AND p.alliance_id = a.alliance_id
            AND EXISTS (SELECT 1 FROM partner_representative r WHERE r.partner_id = p.id AND r.person_id = a.owner_id))
     ORDER BY p.name, p.id LIMIT 1) p ON TRUE`;

const overdueWhere = (allianceId: string | null): string =>
  `a.status = 'OPEN' AND a.due_date < :today AND ${visibleActionItemSql('a')}${allianceId === null ? '' : ' AND a.alliance_id = :scopeAlliance'}`;

const paramsOf = (actor: Actor, allianceId: string | null, now: Date): Record<string, unknown> => ({
  ...accessParams(actor),
  today: amsterdamToday(now),
  scopeAlliance: allianceId,
});

// Open action items past their due date (Amsterdam's today), per partner, only those the caller may see;
// most overdue first.
export const overdueActionItemsPerPartner = async (dataSource: DataSource, actor: Actor, allianceId: string, now: Date): Promise<PartnerOverdue[]> => {
  const rows = await namedQuery<PartnerOverdue>(
    dataSource.manager,
    `SELECT p.id AS "partnerId", p.name AS "partnerName", p.type AS "partnerType", count(*)::int AS count
       FROM action_item a ${PARTNER_OF_ITEM}
      WHERE ${overdueWhere(allianceId)}
      GROUP BY p.id, p.name, p.type
      ORDER BY count DESC, p.name NULLS LAST`,
    paramsOf(actor, allianceId, now),
  );
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
};

// The same over every alliance the caller sees, per kind of partner.
export const overdueActionItemsPerPartnerType = async (dataSource: DataSource, actor: Actor, now: Date): Promise<PartnerTypeOverdue[]> => {
  const rows = await namedQuery<PartnerTypeOverdue>(
    dataSource.manager,
    `SELECT p.type AS "partnerType", count(*)::int AS count
       FROM action_item a ${PARTNER_OF_ITEM}
      WHERE ${overdueWhere(null)}
      GROUP BY p.type
      ORDER BY count DESC, p.type NULLS LAST`,
    paramsOf(actor, null, now),
  );
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
};

// Overdue action items per alliance the caller sees, for the areas side by side.
export const overdueActionItemsPerAlliance = async (dataSource: DataSource, actor: Actor, now: Date): Promise<Map<string, number>> => {
  const rows = await namedQuery<{ allianceId: string; count: number }>(
    dataSource.manager,
    `SELECT a.alliance_id AS "allianceId", count(*)::int AS count FROM action_item a WHERE ${overdueWhere(null)} GROUP BY a.alliance_id`,
    paramsOf(actor, null, now),
  );
  return new Map(rows.map((row) => [row.allianceId, Number(row.count)]));
};
