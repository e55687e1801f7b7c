import { MEETING_STATUSES } from '../meetings';
import { agendaEditMode, areMinutesEditable, isUnheld, nextMeetingStatus } from './meeting-status';

describe('the meeting status cycle', () => {
  it('runs DRAFT → AGENDA_PUBLISHED → HELD → MINUTES_APPROVED', () => {
    expect(nextMeetingStatus('DRAFT', 'PUBLISH_AGENDA')).toBe('AGENDA_PUBLISHED');
    expect(nextMeetingStatus('AGENDA_PUBLISHED', 'MARK_HELD')).toBe('HELD');
    expect(nextMeetingStatus('HELD', 'APPROVE_MINUTES')).toBe('MINUTES_APPROVED');
  });

  it('lets a meeting be held without a published agenda', () => {
    expect(nextMeetingStatus('DRAFT', 'MARK_HELD')).toBe('HELD');
  });

  it('cancels only meetings that have not been held', () => {
    expect(nextMeetingStatus('DRAFT', 'CANCEL')).toBe('CANCELLED');
    expect(nextMeetingStatus('AGENDA_PUBLISHED', 'CANCEL')).toBe('CANCELLED');
    expect(nextMeetingStatus('HELD', 'CANCEL')).toBeNull();
    expect(nextMeetingStatus('CANCELLED', 'CANCEL')).toBeNull();
  });

  it('refuses to publish twice, to approve minutes of a meeting not held, or to approve them twice', () => {
    expect(nextMeetingStatus('AGENDA_PUBLISHED', 'PUBLISH_AGENDA')).toBeNull();
    expect(nextMeetingStatus('AGENDA_PUBLISHED', 'APPROVE_MINUTES')).toBeNull();
    expect(nextMeetingStatus('MINUTES_APPROVED', 'APPROVE_MINUTES')).toBeNull();
    expect(nextMeetingStatus('CANCELLED', 'MARK_HELD')).toBeNull();
  });

  it('knows which meetings are still to be held', () => {
    expect(MEETING_STATUSES.filter(isUnheld)).toEqual(['DRAFT', 'AGENDA_PUBLISHED']);
  });

  it('freezes the agenda on publication and closes it once the meeting is held or cancelled', () => {
    expect(MEETING_STATUSES.map(agendaEditMode)).toEqual(['DRAFT', 'AMENDMENT', 'CLOSED', 'CLOSED', 'CLOSED']);
  });

  it('takes minutes during and after the meeting, until they are approved', () => {
    expect(MEETING_STATUSES.filter(areMinutesEditable)).toEqual(['AGENDA_PUBLISHED', 'HELD']);
  });
});
