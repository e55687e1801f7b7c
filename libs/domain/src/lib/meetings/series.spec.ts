import { MAX_SERIES_OCCURRENCES, seriesOccurrences, seriesRuleProblems, type SeriesRule } from './series';

const rule = (overrides: Partial<SeriesRule> = {}): SeriesRule => ({
  // Thursday 12 February 2026, 14:00 in Amsterdam (winter time, UTC+1).
  firstAt: new Date('2026-02-12T13:00:00Z'),
  intervalWeeks: 6,
  until: null,
  exceptions: [],
  ...overrides,
});

const year = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-12-31T23:00:00Z') };

describe('meeting series dates', () => {
  it('keeps a six-weekly 14:00 meeting at 14:00 Amsterdam time across both DST changes', () => {
    const dates = seriesOccurrences(rule(), year).map((date) => date.toISOString());
    expect(dates).toEqual([
      '2026-02-12T13:00:00.000Z',
      '2026-03-26T13:00:00.000Z',
      // Summer time from 29 March: 14:00 is 12:00 UTC.
      '2026-05-07T12:00:00.000Z',
      '2026-06-18T12:00:00.000Z',
      '2026-07-30T12:00:00.000Z',
      '2026-09-10T12:00:00.000Z',
      '2026-10-22T12:00:00.000Z',
      // Winter time again from 25 October.
      '2026-12-03T13:00:00.000Z',
    ]);
  });

  it('stays on the weekday of the first meeting', () => {
    const weekdays = seriesOccurrences(rule(), year).map((date) => date.getUTCDay());
    expect(new Set(weekdays)).toEqual(new Set([4]));
  });

  it('leaves out the exceptions and stops after the last date, which is inclusive', () => {
    const dates = seriesOccurrences(rule({ exceptions: ['2026-05-07'], until: '2026-07-30' }), year);
    expect(dates.map((date) => date.toISOString().slice(0, 10))).toEqual(['2026-02-12', '2026-03-26', '2026-06-18', '2026-07-30']);
  });

  it('gives only the dates inside the window asked for', () => {
    const dates = seriesOccurrences(rule(), { from: new Date('2026-05-01T00:00:00Z'), to: new Date('2026-07-01T00:00:00Z') });
    expect(dates.map((date) => date.toISOString().slice(0, 10))).toEqual(['2026-05-07', '2026-06-18']);
  });

  it('stops at the limit of a series', () => {
    const weekly = rule({ intervalWeeks: 1 });
    const forever = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2099-01-01T00:00:00Z') };
    expect(seriesOccurrences(weekly, forever)).toHaveLength(MAX_SERIES_OCCURRENCES);
    expect(seriesOccurrences(weekly, forever, 3)).toHaveLength(3);
  });

  it('names what is wrong with a rule, and refuses to generate from it', () => {
    expect(seriesRuleProblems(rule())).toEqual([]);
    expect(seriesRuleProblems(rule({ intervalWeeks: 0 }))).toEqual(['INTERVAL']);
    expect(seriesRuleProblems(rule({ intervalWeeks: 1.5 }))).toEqual(['INTERVAL']);
    expect(seriesRuleProblems(rule({ intervalWeeks: 53 }))).toEqual(['INTERVAL']);
    expect(seriesRuleProblems(rule({ until: '2026-02-11' }))).toEqual(['UNTIL_BEFORE_FIRST']);
    expect(seriesRuleProblems(rule({ until: 'morgen' }))).toEqual(['UNTIL_BEFORE_FIRST']);
    expect(seriesRuleProblems(rule({ exceptions: ['2026-02-30'] }))).toEqual(['EXCEPTION_NOT_A_DATE']);
    expect(seriesRuleProblems(rule({ exceptions: ['12-02-2026'] }))).toEqual(['EXCEPTION_NOT_A_DATE']);
    expect(() => seriesOccurrences(rule({ intervalWeeks: 0 }), year)).toThrow(RangeError);
  });
});
