import type { EntityManager } from 'typeorm';
import { meetingFilterOf, type Actor } from '@doorbraak/domain';
import { prepared } from '@doorbraak/server-core';
import { carriedBy } from '@doorbraak/server-dossiers';

// The meeting access rules (libs/domain meeting-access) as SQL, so lists are filtered in the database.
// Parameters are named `acc_*`; every condition below uses the same set, from `accessParams`.
export const accessParams = (actor: Actor): Record<string, unknown> => {
  const filter = meetingFilterOf(actor);
  return {
    acc_person: filter.personId,
    acc_mr_all: filter.meetingRead.all,
    acc_mr: [...filter.meetingRead.ids],
    acc_nr: filter.nationalRead,
    acc_ir_all: filter.itemRead.all,
    acc_ir: [...filter.itemRead.ids],
    acc_cr_all: filter.confidentialRead.all,
    acc_cr: [...filter.confidentialRead.ids],
  };
};

// Invited in person, or as a representative of an invited partner.
export const attendeeSql = (meeting: string, person = ':acc_person'): string =>
  `EXISTS (SELECT 1 FROM meeting_attendee acc_a WHERE acc_a.meeting_id = ${meeting}.id AND (acc_a.person_id = ${person}
     OR acc_a.partner_id IN (SELECT acc_pr.partner_id FROM partner_representative acc_pr WHERE acc_pr.person_id = ${person})))`;

// Meetings seen in full: alliance meetings with meeting.read; the doorbraakoverleg by national readers and attendees.
export const fullMeetingSql = (meeting: string): string =>
  `((${meeting}.alliance_id IS NOT NULL AND (:acc_mr_all OR ${meeting}.alliance_id = ANY(CAST(:acc_mr AS uuid[]))))
    OR (${meeting}.alliance_id IS NULL AND (:acc_nr OR ${attendeeSql(meeting)})))`;

// A vastloper the caller may read (confidential ones only with the right role).
const readableVastloperSql = (vastloper: string): string =>
  `(:acc_ir_all OR ${vastloper}.alliance_id = ANY(CAST(:acc_ir AS uuid[])))
   AND (NOT ${vastloper}.confidential OR :acc_cr_all OR ${vastloper}.alliance_id = ANY(CAST(:acc_cr AS uuid[])))`;

// A national dossier, read as the dossiers context reads it: national readers see every one, the owner at the
// ministry their own, anyone else the dossiers that carry a vastloper they may read.
const readableDossierSql = (row: string): string =>
  `(${row}.dossier_id IS NOT NULL AND (:acc_nr
    OR EXISTS (SELECT 1 FROM dossier acc_do WHERE acc_do.id = ${row}.dossier_id AND acc_do.ministry_owner_id = :acc_person)
    OR EXISTS (SELECT 1 FROM dossier_membership acc_dm
       JOIN vastloper acc_dv ON acc_dv.id = acc_dm.vastloper_id
      WHERE acc_dm.dossier_id = ${row}.dossier_id AND ${carriedBy('acc_dm')} AND ${readableVastloperSql('acc_dv')})))`;

// Agenda items (and a rung's "to schedule" list) may be about a dossier too; other rows never are.
export type RowSubjects = 'ITEMS' | 'ITEMS_AND_DOSSIERS';

// A row about a vastloper, doorbraak or (for agenda items) dossier the caller may read.
export const linkedReadableSql = (row: string, subjects: RowSubjects = 'ITEMS'): string =>
  `((${row}.vastloper_id IS NOT NULL AND EXISTS (SELECT 1 FROM vastloper acc_v WHERE acc_v.id = ${row}.vastloper_id
       AND ${readableVastloperSql('acc_v')}))
    OR (${row}.doorbraak_id IS NOT NULL AND EXISTS (SELECT 1 FROM doorbraak acc_d WHERE acc_d.id = ${row}.doorbraak_id
       AND (:acc_ir_all OR acc_d.alliance_id = ANY(CAST(:acc_ir AS uuid[]))
         OR EXISTS (SELECT 1 FROM doorbraak_alliance acc_s WHERE acc_s.doorbraak_id = acc_d.id AND acc_s.alliance_id = ANY(CAST(:acc_ir AS uuid[]))))))
    ${subjects === 'ITEMS_AND_DOSSIERS' ? `OR ${readableDossierSql(row)}` : ''})`;

export const unlinkedSql = (row: string, subjects: RowSubjects = 'ITEMS'): string =>
  `(${row}.vastloper_id IS NULL AND ${row}.doorbraak_id IS NULL${subjects === 'ITEMS_AND_DOSSIERS' ? ` AND ${row}.dossier_id IS NULL` : ''})`;

// An agenda item or decision: unlinked rows with full sight of the meeting, linked rows to readers of the item
// (on the doorbraakoverleg also without full sight: the LINKED_ITEMS rule).
export const meetingRowSql = (meeting: string, row: string, subjects: RowSubjects = 'ITEMS'): string =>
  `((${fullMeetingSql(meeting)} AND (${unlinkedSql(row, subjects)} OR ${linkedReadableSql(row, subjects)}))
    OR (${meeting}.alliance_id IS NULL AND ${linkedReadableSql(row, subjects)}))`;

// An agenda item: a meeting row that may be about a dossier.
export const agendaRowSql = (meeting: string, row: string): string => meetingRowSql(meeting, row, 'ITEMS_AND_DOSSIERS');

export const visibleMeetingSql = (meeting: string): string =>
  `(${fullMeetingSql(meeting)} OR (${meeting}.alliance_id IS NULL AND EXISTS (
     SELECT 1 FROM agenda_item acc_ai WHERE acc_ai.meeting_id = ${meeting}.id AND ${linkedReadableSql('acc_ai', 'ITEMS_AND_DOSSIERS')})))`;

// A row derived from an agenda item (a decision, an action item) is as confidential as what that agenda
// item is about: whoever may not read the vastloper or doorbraak does not see what was made from it.
export const sourceReadableSql = (row: string): string =>
  `(${row}.agenda_item_id IS NULL OR NOT EXISTS (SELECT 1 FROM agenda_item acc_src WHERE acc_src.id = ${row}.agenda_item_id
     AND NOT (${unlinkedSql('acc_src', 'ITEMS_AND_DOSSIERS')} OR ${linkedReadableSql('acc_src', 'ITEMS_AND_DOSSIERS')})))`;

// A decision: a meeting row (by its own link) whose agenda item the caller may read too.
export const decisionRowSql = (meeting: string, row: string): string => `(${meetingRowSql(meeting, row)} AND ${sourceReadableSql(row)})`;

// Action items belong to an alliance: read with meeting.read there, and not when made from an agenda item
// the caller may not read. Owners are people with that sight (checked when they are appointed); an owner
// who loses it (left the alliance) no longer sees the item or its alliance.
export const visibleActionItemSql = (row: string): string =>
  `((:acc_mr_all OR ${row}.alliance_id = ANY(CAST(:acc_mr AS uuid[]))) AND ${sourceReadableSql(row)})`;

// Raw SQL with named parameters, through the driver's own escaping.
export const namedQuery = <T>(manager: EntityManager, sql: string, params: Record<string, unknown>): Promise<T[]> => {
  const [query, values] = manager.connection.driver.escapeQueryWithParameters(sql, params);
  return manager.query(query, values);
};

// The same as a prepared statement (PREPARED_MARK): for SQL whose text comes from a fixed set.
export const preparedNamedQuery = <T>(manager: EntityManager, sql: string, params: Record<string, unknown>): Promise<T[]> =>
  namedQuery<T>(manager, prepared(sql), params);
