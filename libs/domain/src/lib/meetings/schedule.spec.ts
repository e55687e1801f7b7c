import { amsterdamToday, answeredStatusRequest, duePreparation, preparationPlan, reminderPlan } from './schedule';

describe('action item reminders', () => {
  it('go out at 09:00 Amsterdam time three days before the due date and on it', () => {
    const plan = reminderPlan('2026-04-10', new Date('2026-03-01T10:00:00Z'));
    expect(plan.map(({ key, at }) => ({ key, at: at.toISOString() }))).toEqual([
      { key: 'D3', at: '2026-04-07T07:00:00.000Z' },
      { key: 'D0', at: '2026-04-10T07:00:00.000Z' },
    ]);
  });

  it('follow winter time', () => {
    const plan = reminderPlan('2026-11-20', new Date('2026-03-01T10:00:00Z'));
    expect(plan.map(({ at }) => at.toISOString())).toEqual(['2026-11-17T08:00:00.000Z', '2026-11-20T08:00:00.000Z']);
  });

  it('send the reminder whose time has just passed at once, and the later one on time', () => {
    const now = new Date('2026-04-08T12:00:00Z');
    expect(reminderPlan('2026-04-10', now)).toEqual([
      { key: 'D3', daysBefore: 3, at: now },
      { key: 'D0', daysBefore: 0, at: new Date('2026-04-10T07:00:00.000Z') },
    ]);
  });

  it('send only the due-day reminder on the due day after nine', () => {
    const now = new Date('2026-04-10T12:00:00Z');
    expect(reminderPlan('2026-04-10', now)).toEqual([{ key: 'D0', daysBefore: 0, at: now }]);
  });

  it('send nothing once the due date has passed', () => {
    expect(reminderPlan('2026-04-09', new Date('2026-04-10T06:00:00Z'))).toEqual([]);
  });

  it('count the day in Amsterdam, not in UTC', () => {
    // 23:30 UTC on 9 April is already 10 April in Amsterdam.
    expect(amsterdamToday(new Date('2026-04-09T23:30:00Z'))).toBe('2026-04-10');
  });
});

describe('meeting preparation', () => {
  it('asks for status 7 and 3 days ahead and prepares the briefing 3 days ahead, at the meeting time of day', () => {
    // Thursday 2 April 2026 14:00 (summer time); 7 days before is 26 March, still winter time.
    const plan = preparationPlan(new Date('2026-04-02T12:00:00Z'));
    expect(plan.map((job) => ({ ...job, at: job.at.toISOString() }))).toEqual([
      { kind: 'STATUS_REQUEST', round: 1, at: '2026-03-26T13:00:00.000Z' },
      { kind: 'STATUS_REQUEST', round: 2, at: '2026-03-30T12:00:00.000Z' },
      { kind: 'BRIEFING', at: '2026-03-30T12:00:00.000Z' },
    ]);
  });

  it('marks an owner as answered only for progress after the first request', () => {
    const requestedAt = new Date('2026-03-26T13:00:00Z');
    expect(answeredStatusRequest(null, new Date())).toBeNull();
    expect(answeredStatusRequest(requestedAt, null)).toBe(false);
    expect(answeredStatusRequest(requestedAt, new Date('2026-03-20T10:00:00Z'))).toBe(false);
    expect(answeredStatusRequest(requestedAt, new Date('2026-03-27T10:00:00Z'))).toBe(true);
  });
});

describe('preparation still due for an upcoming meeting', () => {
  const meeting = new Date('2026-04-02T12:00:00Z');

  it('plans everything ahead when the meeting is more than a week away', () => {
    expect(duePreparation(meeting, new Date('2026-03-01T10:00:00Z'))).toEqual(preparationPlan(meeting));
  });

  it('asks at once when the first request was missed, and prepares the briefing on time', () => {
    const now = new Date('2026-03-28T10:00:00Z');
    expect(duePreparation(meeting, now)).toEqual([
      { kind: 'STATUS_REQUEST', round: 1, at: now },
      { kind: 'STATUS_REQUEST', round: 2, at: new Date('2026-03-30T12:00:00.000Z') },
      { kind: 'BRIEFING', at: new Date('2026-03-30T12:00:00.000Z') },
    ]);
  });

  it('sends only the second request and prepares the briefing at once when both moments passed', () => {
    const now = new Date('2026-04-01T10:00:00Z');
    expect(duePreparation(meeting, now)).toEqual([
      { kind: 'STATUS_REQUEST', round: 2, at: now },
      { kind: 'BRIEFING', at: now },
    ]);
  });

  it('plans nothing for a meeting that has begun', () => {
    expect(duePreparation(meeting, meeting)).toEqual([]);
  });
});
