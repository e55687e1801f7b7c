import { alliancesWhere, can, canReadItem, type Action, type Actor } from '../policy';

// A meeting belongs to an alliance, or to no alliance when it is the national doorbraakoverleg.
export type MeetingScope = { readonly allianceId: string | null };

// On the doorbraakoverleg the alliance actions become national ones. Approving minutes and recording
// decisions stay themselves: national coordinators hold them, and `can` grants them on the national
// level only (an alliance meeting's minutes are its chair's, the mayor's).
const NATIONAL_ACTIONS: Partial<Record<Action, Action>> = {
  'meeting.read': 'national.read',
  'briefing.read': 'national.read',
  'meeting.manage': 'national.manage',
  'agenda.draft': 'national.manage',
  'minutes.draft': 'national.manage',
  'actionItem.manage': 'national.manage',
};

export const canOnMeeting = (actor: Actor, action: Action, meeting: MeetingScope): boolean =>
  meeting.allianceId === null
    ? can(actor, NATIONAL_ACTIONS[action] ?? action, { allianceId: null })
    : can(actor, action, { allianceId: meeting.allianceId });

// How much of a meeting someone sees.
// - An alliance meeting: all of it with meeting.read in that alliance, else nothing.
// - The national doorbraakoverleg: all of it for national readers (coordinators) and for the people
//   invited to it (a rijksvertegenwoordiger presenting an item). Anyone else who may read items of an
//   alliance sees the meeting only through the agenda items about those items (LINKED_ITEMS), so a
//   programme director or rijksvertegenwoordiger learns what The Hague did with their alliance's
//   vastloper without seeing other alliances' items or the national discussion itself.
// In every case a row linked to a vastloper or doorbraak (agenda item, decision) is shown only to
// those who may read that item, so confidential items stay with the roles DOMAIN §4 names.
export type MeetingVisibility = 'FULL' | 'LINKED_ITEMS' | 'NONE';

export const meetingVisibility = (actor: Actor, meeting: MeetingScope, isAttendee: boolean): MeetingVisibility => {
  if (canOnMeeting(actor, 'meeting.read', meeting)) {
    return 'FULL';
  }
  if (meeting.allianceId !== null) {
    return 'NONE';
  }
  if (isAttendee) {
    return 'FULL';
  }
  const readable = alliancesWhere(actor, 'item.read');
  return readable === 'ALL' || readable.length > 0 ? 'LINKED_ITEMS' : 'NONE';
};

export type LinkedItemScope = { readonly allianceId: string; readonly confidential: boolean };

export const canSeeMeetingRow = (actor: Actor, visibility: MeetingVisibility, linked: LinkedItemScope | null): boolean => {
  if (visibility === 'NONE') {
    return false;
  }
  return linked === null ? visibility === 'FULL' : canReadItem(actor, linked);
};

type AllianceSet = { readonly all: boolean; readonly ids: readonly string[] };

const setOf = (where: 'ALL' | readonly string[]): AllianceSet =>
  where === 'ALL' ? { all: true, ids: [] } : { all: false, ids: where };

// The same rules as parameters for filtering lists in SQL.
export type MeetingFilter = {
  readonly personId: string;
  readonly meetingRead: AllianceSet;
  readonly nationalRead: boolean;
  readonly itemRead: AllianceSet;
  readonly confidentialRead: AllianceSet;
};

export const meetingFilterOf = (actor: Actor): MeetingFilter => ({
  personId: actor.personId,
  meetingRead: setOf(alliancesWhere(actor, 'meeting.read')),
  nationalRead: can(actor, 'national.read', { allianceId: null }),
  itemRead: setOf(alliancesWhere(actor, 'item.read')),
  confidentialRead: setOf(alliancesWhere(actor, 'item.readConfidential')),
});
