import type { EntityManager } from 'typeorm';

// The people a meeting speaks to: invited persons and the representatives of invited partners, still active.
export const attendeePersonIds = async (manager: EntityManager, meetingId: string): Promise<string[]> => {
  const rows: { person_id: string }[] = await manager.query(
    `SELECT DISTINCT p.id AS person_id
       FROM meeting_attendee a
       JOIN person p ON p.id = a.person_id OR (a.person_id IS NULL AND p.id IN (
            SELECT pr.person_id FROM partner_representative pr WHERE pr.partner_id = a.partner_id))
      WHERE a.meeting_id = $1 AND p.active`,
    [meetingId],
  );
  return rows.map((row) => row.person_id);
};

// The chair of an alliance meeting is the mayor: the alliance's chair, and anyone holding MAYOR there.
export const chairIds = async (manager: EntityManager, allianceId: string): Promise<string[]> => {
  const rows: { id: string }[] = await manager.query(
    `SELECT chair_id AS id FROM alliance WHERE id = $1 AND chair_id IS NOT NULL
     UNION SELECT person_id FROM membership WHERE alliance_id = $1 AND role = 'MAYOR'`,
    [allianceId],
  );
  return rows.map((row) => row.id);
};
