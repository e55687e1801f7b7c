import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { amsterdamDateOf, ESCALATION_RUNGS, RUNG_HOLDERS, type EscalationRung, type ItemPeople, type Role } from '@doorbraak/domain';

type HolderRow = { personId: string; role: Role | 'APPOINTED'; allianceId: string | null };

// Who holds each rung of an alliance, read in one query (active people only).
@Injectable()
export class ItemPeopleService {
  // Null alliance: a national dossier, held on its rungs by the national coordinators.
  async peopleFor(manager: EntityManager, allianceId: string | null, ownerId: string, now: Date): Promise<ItemPeople> {
    return { ...((await this.peopleForMany(manager, [allianceId], now)).get(allianceId) as ItemPeople), ownerId };
  }

  // The same for several alliances at once (their items' owners left empty), in one statement.
  async peopleForMany(manager: EntityManager, allianceIds: readonly (string | null)[], now: Date): Promise<Map<string | null, ItemPeople>> {
    const rows: HolderRow[] = await manager.query(
      `SELECT m.person_id AS "personId", m.role AS "role", m.alliance_id AS "allianceId"
         FROM membership m JOIN person p ON p.id = m.person_id AND p.active
        WHERE m.alliance_id = ANY($1) OR m.alliance_id IS NULL
       UNION ALL
       SELECT r.person_id, 'APPOINTED', a.alliance_id
         FROM rijksvertegenwoordiger_assignment a
         JOIN rijksvertegenwoordiger r ON r.id = a.rijksvertegenwoordiger_id
         JOIN person p ON p.id = r.person_id AND p.active
        WHERE a.alliance_id = ANY($1) AND a.since <= $2::date AND (a.until IS NULL OR a.until >= $2::date)
       ORDER BY 1`,
      [allianceIds.filter((id) => id !== null), amsterdamDateOf(now)],
    );
    return new Map(allianceIds.map((allianceId) => [allianceId, holdersIn(rows, allianceId)]));
  }
}

const holdersIn = (rows: readonly HolderRow[], allianceId: string | null): ItemPeople => {
  const holdersOf = (rung: EscalationRung): string[] => {
    const holder = RUNG_HOLDERS[rung];
    const ids = rows
      .filter((row) => {
        switch (holder.scope) {
          case 'ALLIANCE':
            return row.allianceId === allianceId && (holder.roles as readonly string[]).includes(row.role);
          case 'RIJKSVERTEGENWOORDIGER':
            return row.role === 'APPOINTED' && row.allianceId === allianceId;
          case 'NATIONAL':
            return row.allianceId === null && (holder.roles as readonly string[]).includes(row.role);
        }
      })
      .map((row) => row.personId);
    return [...new Set(ids)];
  };
  const holders = Object.fromEntries(ESCALATION_RUNGS.map((rung) => [rung, holdersOf(rung)])) as Record<EscalationRung, string[]>;
  return {
    ownerId: '',
    programmeDirectorIds: [
      ...new Set(rows.filter((row) => row.allianceId === allianceId && row.role === 'PROGRAMME_DIRECTOR').map((row) => row.personId)),
    ],
    holders,
  };
};
