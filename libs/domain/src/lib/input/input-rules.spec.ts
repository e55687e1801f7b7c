import { dateWindowProblem, DATE_WINDOWS, instantWindowProblem, parseIsoDate, parseIsoDateTime } from './date-rules';
import { DEFAULT_TEXT_RULE, describeTextRule, TEXT_RULES, textProblem, wordCount } from './text-rules';

const reasonOf = (value: string, rule = DEFAULT_TEXT_RULE) => textProblem(value, rule)?.reason ?? null;

describe('text rules', () => {
  it('refuses NUL and lone surrogates in any text, and keeps surrogate pairs', () => {
    expect(reasonOf('a\u0000b', TEXT_RULES.description)).toBe('INVALID_CHARACTERS');
    expect(reasonOf('x\ud800y')).toBe('INVALID_CHARACTERS');
    expect(reasonOf('x\udc00')).toBe('INVALID_CHARACTERS');
    expect(reasonOf('\ud800')).toBe('INVALID_CHARACTERS');
    expect(reasonOf('bouwstop 🚧')).toBeNull();
  });

  it('refuses control characters; multi-line text keeps line breaks and tabs', () => {
    expect(reasonOf('rood \u001b[31m')).toBe('CONTROL_CHARACTER');
    expect(reasonOf('piep\u0007', TEXT_RULES.description)).toBe('CONTROL_CHARACTER');
    expect(reasonOf('del\u007f', TEXT_RULES.description)).toBe('CONTROL_CHARACTER');
    expect(reasonOf('c1\u0085', TEXT_RULES.description)).toBe('CONTROL_CHARACTER');
    expect(reasonOf('twee\nregels', TEXT_RULES.title)).toBe('CONTROL_CHARACTER');
    expect(reasonOf('tab\tin titel', TEXT_RULES.title)).toBe('CONTROL_CHARACTER');
    expect(reasonOf('twee\r\nregels\tmet tab', TEXT_RULES.description)).toBeNull();
  });

  it('counts code points, so an accent or emoji counts once', () => {
    expect(reasonOf('é'.repeat(200), TEXT_RULES.title)).toBeNull();
    expect(reasonOf('🚧'.repeat(200), TEXT_RULES.title)).toBeNull();
    expect(textProblem('x'.repeat(201), TEXT_RULES.title)).toEqual({ reason: 'TEXT_TOO_LONG', message: 'The title has 201 characters; the maximum is 200.' });
  });

  it('limits the words of a search', () => {
    expect(wordCount('  twee   woorden ')).toBe(2);
    expect(reasonOf(Array.from({ length: 20 }, () => 'w').join(' '), TEXT_RULES.search)).toBeNull();
    expect(reasonOf(Array.from({ length: 21 }, () => 'w').join(' '), TEXT_RULES.search)).toBe('TOO_MANY_WORDS');
  });

  it('describes a rule for the schema', () => {
    expect(describeTextRule(TEXT_RULES.title)).toBe('At most 200 characters, on one line (no control characters).');
    expect(describeTextRule(TEXT_RULES.minutes)).toBe('At most 50 000 characters; line breaks and tabs allowed, no other control characters.');
    expect(describeTextRule(TEXT_RULES.search)).toBe('At most 200 characters and 20 words, on one line (no control characters).');
  });
});

describe('date rules', () => {
  it('reads ISO-8601 instants with an offset', () => {
    expect(parseIsoDateTime('2027-03-01T10:00:00+01:00').value).toEqual(new Date('2027-03-01T09:00:00Z'));
    expect(parseIsoDateTime('2027-03-01T09:00Z').value).toEqual(new Date('2027-03-01T09:00:00Z'));
    expect(parseIsoDateTime('2027-03-01t09:00:00.123456789z').value).toEqual(new Date('2027-03-01T09:00:00.123Z'));
    expect(parseIsoDateTime('2027-03-01T00:30:00-14:00').value).toEqual(new Date('2027-03-01T14:30:00Z'));
    expect(parseIsoDateTime('2024-02-29T12:00:00Z').value).toEqual(new Date('2024-02-29T12:00:00Z'));
  });

  it.each([
    ['not a date', 'INVALID_DATE_TIME'],
    ['', 'INVALID_DATE_TIME'],
    ['1e20', 'INVALID_DATE_TIME'],
    ['2027-03-01', 'INVALID_DATE_TIME'],
    ['2027-03-01T10:00:00', 'INVALID_DATE_TIME'],
    ['2027-13-01T10:00:00Z', 'INVALID_DATE_TIME'],
    ['2027-00-01T10:00:00Z', 'INVALID_DATE_TIME'],
    ['2027-02-29T10:00:00Z', 'INVALID_DATE_TIME'],
    ['2027-04-31T10:00:00Z', 'INVALID_DATE_TIME'],
    ['2027-03-00T10:00:00Z', 'INVALID_DATE_TIME'],
    ['2027-03-01T24:00:00Z', 'INVALID_DATE_TIME'],
    ['2027-03-01T10:60:00Z', 'INVALID_DATE_TIME'],
    ['2027-03-01T10:00:60Z', 'INVALID_DATE_TIME'],
    ['2027-03-01T10:00:00+99:00', 'INVALID_DATE_TIME'],
    ['2027-03-01T10:00:00+14:01', 'INVALID_DATE_TIME'],
    ['2027-03-01T10:00:00+01:60', 'INVALID_DATE_TIME'],
    ['10000-01-01T00:00:00Z', 'INVALID_DATE_TIME'],
    ['+275760-09-13T00:00:00Z', 'INVALID_DATE_TIME'],
    ['0099-01-01T00:00:00Z', 'DATE_OUT_OF_RANGE'],
    ['1899-12-31T23:59:59Z', 'DATE_OUT_OF_RANGE'],
    ['2200-01-01T00:00:00Z', 'DATE_OUT_OF_RANGE'],
  ])('refuses the instant %j (%s)', (text, reason) => {
    expect(parseIsoDateTime(text).problem?.reason).toBe(reason);
  });

  it('refuses what is not text', () => {
    for (const value of [[], {}, 1e20, null, undefined, true]) {
      expect(parseIsoDateTime(value).problem?.reason).toBe('INVALID_DATE_TIME');
    }
  });

  it('reads calendar dates', () => {
    expect(parseIsoDate('2027-03-01')).toEqual({ value: '2027-03-01' });
    expect(parseIsoDate('2027-02-30').problem?.reason).toBe('INVALID_DATE');
    expect(parseIsoDate('1 maart').problem?.reason).toBe('INVALID_DATE');
    expect(parseIsoDate('0000-01-01').problem?.reason).toBe('DATE_OUT_OF_RANGE');
  });

  it('keeps dates inside the window of their purpose', () => {
    const now = new Date('2026-12-05T12:00:00Z');
    const days = (count: number) => new Date(now.getTime() + count * 86_400_000);
    expect(instantWindowProblem(days(3650), DATE_WINDOWS.meeting, now)).toBeNull();
    expect(instantWindowProblem(days(3700), DATE_WINDOWS.meeting, now)?.message).toBe(
      'The time of the meeting must lie between a year ago and ten years ahead.',
    );
    expect(instantWindowProblem(days(-367), DATE_WINDOWS.meeting, now)?.reason).toBe('DATE_OUT_OF_RANGE');
    expect(instantWindowProblem(days(-300), DATE_WINDOWS.progress, now)).toBeNull();
    expect(instantWindowProblem(days(-400), DATE_WINDOWS.progress, now)?.reason).toBe('DATE_OUT_OF_RANGE');
    expect(instantWindowProblem(days(800), DATE_WINDOWS.parkUntil, now)?.reason).toBe('DATE_OUT_OF_RANGE');
    expect(dateWindowProblem('2046-12-01', DATE_WINDOWS.dueDate, '2026-12-05')).toBeNull();
    expect(dateWindowProblem('2066-12-01', DATE_WINDOWS.dueDate, '2026-12-05')?.reason).toBe('DATE_OUT_OF_RANGE');
    expect(dateWindowProblem('2024-12-01', DATE_WINDOWS.dueDate, '2026-12-05')?.reason).toBe('DATE_OUT_OF_RANGE');
  });
});
