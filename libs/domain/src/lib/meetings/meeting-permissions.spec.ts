import type { Actor } from '../policy';
import { meetingPermissions, type MeetingState } from './meeting-permissions';

const ALLIANCE = 'a1';
const actor = (role: Actor['memberships'][number]['role'], allianceId: string | null = ALLIANCE): Actor => ({
  personId: 'p1',
  memberships: [{ allianceId, role }],
});
const now = new Date('2026-03-10T12:00:00Z');
const meeting = (status: MeetingState['status'], scheduledAt = new Date('2026-03-10T09:00:00Z'), allianceId: string | null = ALLIANCE): MeetingState => ({
  status,
  scheduledAt,
  allianceId,
});

describe('what someone may do with a meeting now', () => {
  it('lets the programme director run the meeting while its minutes are open, but not approve them', () => {
    const director = actor('PROGRAMME_DIRECTOR');
    expect(meetingPermissions(director, meeting('AGENDA_PUBLISHED'), now)).toEqual({
      manage: true,
      editAgenda: true,
      publishAgenda: false,
      takeMinutes: true,
      recordDecision: true,
      createActionItem: true,
      carryOver: true,
      markHeld: true,
      approveMinutes: false,
    });
  });

  it('lets the mayor record decisions and approve the minutes of a held meeting, and nothing of the bureau', () => {
    expect(meetingPermissions(actor('MAYOR'), meeting('HELD'), now)).toEqual({
      manage: false,
      editAgenda: false,
      publishAgenda: false,
      takeMinutes: false,
      recordDecision: true,
      createActionItem: false,
      carryOver: false,
      markHeld: false,
      approveMinutes: true,
    });
  });

  it('leaves nothing to edit once the minutes are approved, for anyone', () => {
    for (const role of ['PROGRAMME_DIRECTOR', 'MAYOR', 'BUREAU_MEMBER', 'PARTNER_MEMBER'] as const) {
      expect(Object.values(meetingPermissions(actor(role), meeting('MINUTES_APPROVED'), now)).some(Boolean)).toBe(false);
    }
  });

  it('opens the minutes only when the meeting is under way, and marks it held only once it has started', () => {
    const director = actor('PROGRAMME_DIRECTOR');
    const draft = meetingPermissions(director, meeting('DRAFT'), now);
    expect(draft).toEqual(expect.objectContaining({ editAgenda: true, publishAgenda: true, takeMinutes: false, recordDecision: false, carryOver: false, markHeld: true }));
    // A manager may note an action item before the meeting; the bureau only in its minutes.
    expect(draft.createActionItem).toBe(true);
    expect(meetingPermissions(actor('BUREAU_MEMBER'), meeting('DRAFT'), now).createActionItem).toBe(false);
    expect(meetingPermissions(actor('BUREAU_MEMBER'), meeting('HELD'), now)).toEqual(expect.objectContaining({ takeMinutes: true, createActionItem: true, carryOver: true, recordDecision: false }));
    expect(meetingPermissions(director, meeting('AGENDA_PUBLISHED', new Date('2026-03-10T13:00:00Z')), now).markHeld).toBe(false);
    expect(meetingPermissions(director, meeting('HELD'), now).markHeld).toBe(false);
  });

  it('gives nothing on another alliance, and the doorbraakoverleg to the national coordinator', () => {
    expect(Object.values(meetingPermissions(actor('PROGRAMME_DIRECTOR', 'other'), meeting('HELD'), now)).some(Boolean)).toBe(false);
    const national = meetingPermissions(actor('NATIONAL_COORDINATOR', null), meeting('HELD', now, null), now);
    expect(national).toEqual(expect.objectContaining({ takeMinutes: true, recordDecision: true, approveMinutes: true, createActionItem: true }));
    expect(meetingPermissions(actor('NATIONAL_COORDINATOR', null), meeting('HELD'), now).approveMinutes).toBe(false);
  });

  it('edits a published agenda only as the programme director, and a cancelled meeting not at all', () => {
    expect(meetingPermissions(actor('BUREAU_MEMBER'), meeting('AGENDA_PUBLISHED'), now).editAgenda).toBe(false);
    const cancelled = meetingPermissions(actor('PROGRAMME_DIRECTOR'), meeting('CANCELLED'), now);
    expect(cancelled).toEqual(expect.objectContaining({ manage: false, editAgenda: false, takeMinutes: false, markHeld: false }));
  });
});
