import { agendaTime, meetingForCarryOver, meetingForEscalation, moveInOrder, type MeetingSlot } from './agenda';

const slot = (id: string, date: string, status: MeetingSlot['status'] = 'DRAFT'): MeetingSlot => ({
  id,
  status,
  scheduledAt: new Date(`${date}T13:00:00Z`),
});

describe('agenda order', () => {
  const order = ['a', 'b', 'c', 'd'];

  it('moves an item down and up, keeping the others in order', () => {
    expect(moveInOrder(order, 'a', 3)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveInOrder(order, 'd', 1)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveInOrder(order, 'b', 2)).toEqual(order);
  });

  it('clamps positions outside the agenda to its ends', () => {
    expect(moveInOrder(order, 'b', 99)).toEqual(['a', 'c', 'd', 'b']);
    expect(moveInOrder(order, 'c', -5)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('refuses an item that is not on the agenda', () => {
    expect(() => moveInOrder(order, 'x', 1)).toThrow(RangeError);
  });
});

describe('agenda time', () => {
  it('adds up the minutes and says nothing while the agenda fits', () => {
    expect(agendaTime([10, 20, 30], 120)).toEqual({ totalMinutes: 60, overrunMinutes: 0, warning: null });
    expect(agendaTime([60, 60], 120).warning).toBeNull();
  });

  it('warns in Dutch when the agenda runs over the meeting', () => {
    expect(agendaTime([60, 45, 30], 120)).toEqual({
      totalMinutes: 135,
      overrunMinutes: 15,
      warning: 'De agenda duurt 135 minuten, 15 minuten langer dan de vergadering (120 minuten).',
    });
  });
});

describe('where an escalated item lands', () => {
  const now = new Date('2026-03-01T12:00:00Z');

  it('takes the next meeting that has not been held', () => {
    const meetings = [slot('later', '2026-04-20'), slot('held', '2026-02-01', 'HELD'), slot('next', '2026-03-10')];
    expect(meetingForEscalation(meetings, now)?.id).toBe('next');
  });

  it('skips a meeting whose agenda is published: it is frozen', () => {
    const meetings = [slot('published', '2026-03-10', 'AGENDA_PUBLISHED'), slot('after', '2026-04-20')];
    expect(meetingForEscalation(meetings, now)?.id).toBe('after');
  });

  it('skips cancelled meetings and meetings in the past that were never closed', () => {
    const meetings = [slot('cancelled', '2026-03-10', 'CANCELLED'), slot('stale', '2026-02-20'), slot('after', '2026-04-20')];
    expect(meetingForEscalation(meetings, now)?.id).toBe('after');
  });

  it('answers null when nothing is planned, so the item goes on the "to schedule" list', () => {
    expect(meetingForEscalation([slot('held', '2026-02-01', 'HELD')], now)).toBeNull();
    expect(meetingForEscalation([], now)).toBeNull();
  });

  it('breaks a tie between two meetings at the same time by id, so every caller picks the same one', () => {
    expect(meetingForEscalation([slot('b', '2026-03-10'), slot('a', '2026-03-10')], now)?.id).toBe('a');
    expect(meetingForEscalation([slot('a', '2026-03-10'), slot('b', '2026-03-10')], now)?.id).toBe('a');
  });
});

describe('carrying an item over', () => {
  const held = slot('held', '2026-03-10', 'HELD');

  it('goes to the next unheld meeting after the one it was on, published or not', () => {
    const meetings = [held, slot('before', '2026-02-01', 'HELD'), slot('next', '2026-04-20', 'AGENDA_PUBLISHED'), slot('later', '2026-06-01')];
    expect(meetingForCarryOver(held, meetings)?.id).toBe('next');
  });

  it('passes over cancelled meetings and answers null when none is planned', () => {
    expect(meetingForCarryOver(held, [held, slot('cancelled', '2026-04-20', 'CANCELLED'), slot('next', '2026-06-01')])?.id).toBe('next');
    expect(meetingForCarryOver(held, [held])).toBeNull();
  });
});
