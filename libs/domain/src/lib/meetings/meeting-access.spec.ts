import { alliancesWhere, type Actor } from '../policy';
import { canOnMeeting, canSeeMeetingRow, meetingFilterOf, meetingVisibility } from './meeting-access';

const actor = (...memberships: Actor['memberships']): Actor => ({ personId: 'p', memberships });
const director = actor({ allianceId: 'a', role: 'PROGRAMME_DIRECTOR' });
const partner = actor({ allianceId: 'a', role: 'PARTNER_MEMBER' });
const mayor = actor({ allianceId: 'a', role: 'MAYOR' });
const coordinator = actor({ allianceId: null, role: 'NATIONAL_COORDINATOR' });
const admin = actor({ allianceId: null, role: 'ADMIN' });
const alliance = { allianceId: 'a' };
const national = { allianceId: null };

describe('what people may do with meetings', () => {
  it('follows the policy within an alliance', () => {
    expect(canOnMeeting(director, 'meeting.manage', alliance)).toBe(true);
    expect(canOnMeeting(director, 'meeting.manage', { allianceId: 'b' })).toBe(false);
    expect(canOnMeeting(mayor, 'minutes.approve', alliance)).toBe(true);
    expect(canOnMeeting(director, 'minutes.approve', alliance)).toBe(false);
  });

  it('makes the doorbraakoverleg national: coordinators run it, alliance roles do not', () => {
    expect(canOnMeeting(coordinator, 'meeting.manage', national)).toBe(true);
    expect(canOnMeeting(coordinator, 'minutes.approve', national)).toBe(true);
    expect(canOnMeeting(coordinator, 'agenda.draft', national)).toBe(true);
    expect(canOnMeeting(director, 'meeting.manage', national)).toBe(false);
    expect(canOnMeeting(director, 'meeting.read', national)).toBe(false);
    expect(canOnMeeting(mayor, 'minutes.approve', national)).toBe(false);
    expect(canOnMeeting(admin, 'meeting.read', national)).toBe(false);
  });

  it("leaves an alliance meeting's minutes and decisions to the alliance: the coordinator only reads them", () => {
    expect(canOnMeeting(coordinator, 'decision.record', national)).toBe(true);
    expect(canOnMeeting(coordinator, 'minutes.approve', alliance)).toBe(false);
    expect(canOnMeeting(coordinator, 'decision.record', alliance)).toBe(false);
    expect(canOnMeeting(coordinator, 'meeting.read', alliance)).toBe(true);
    expect(canOnMeeting(mayor, 'decision.record', alliance)).toBe(true);
    expect(canOnMeeting(director, 'decision.record', alliance)).toBe(true);
    expect(alliancesWhere(coordinator, 'minutes.approve')).toEqual([]);
    expect(alliancesWhere(mayor, 'minutes.approve')).toEqual(['a']);
    expect(alliancesWhere(coordinator, 'meeting.read')).toBe('ALL');
  });
});

describe('who sees a meeting', () => {
  it('shows an alliance meeting to its readers only', () => {
    expect(meetingVisibility(partner, alliance, false)).toBe('FULL');
    expect(meetingVisibility(partner, { allianceId: 'b' }, true)).toBe('NONE');
    expect(meetingVisibility(admin, alliance, false)).toBe('NONE');
  });

  it('shows the doorbraakoverleg to coordinators and attendees, and to item readers through their items', () => {
    expect(meetingVisibility(coordinator, national, false)).toBe('FULL');
    expect(meetingVisibility(director, national, true)).toBe('FULL');
    expect(meetingVisibility(director, national, false)).toBe('LINKED_ITEMS');
    expect(meetingVisibility(admin, national, false)).toBe('NONE');
  });

  it('shows a linked row only to readers of that item, and unlinked rows only with full sight', () => {
    const open = { allianceId: 'a', confidential: false };
    const confidential = { allianceId: 'a', confidential: true };
    expect(canSeeMeetingRow(partner, 'FULL', open)).toBe(true);
    expect(canSeeMeetingRow(partner, 'FULL', confidential)).toBe(false);
    expect(canSeeMeetingRow(director, 'LINKED_ITEMS', confidential)).toBe(true);
    expect(canSeeMeetingRow(director, 'LINKED_ITEMS', { allianceId: 'b', confidential: false })).toBe(false);
    expect(canSeeMeetingRow(director, 'LINKED_ITEMS', null)).toBe(false);
    expect(canSeeMeetingRow(director, 'FULL', null)).toBe(true);
    expect(canSeeMeetingRow(director, 'NONE', open)).toBe(false);
  });

  it('gives the same rules as parameters for SQL', () => {
    expect(meetingFilterOf(partner)).toEqual({
      personId: 'p',
      meetingRead: { all: false, ids: ['a'] },
      nationalRead: false,
      itemRead: { all: false, ids: ['a'] },
      confidentialRead: { all: false, ids: [] },
    });
    expect(meetingFilterOf(coordinator)).toEqual({
      personId: 'p',
      meetingRead: { all: true, ids: [] },
      nationalRead: true,
      itemRead: { all: true, ids: [] },
      confidentialRead: { all: true, ids: [] },
    });
  });
});
