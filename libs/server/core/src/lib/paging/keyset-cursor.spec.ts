import { decodeCursor, encodeCursor } from './keyset-cursor';

const A = '11111111-1111-4111-8111-111111111111';
const raw = (parts: unknown): string => Buffer.from(JSON.stringify(parts)).toString('base64url');

describe('keyset cursors', () => {
  it('round-trips a cursor, keeping microseconds', () => {
    const cursor = encodeCursor(['2026-11-27 18:00:00.123456+00'], A);
    expect(decodeCursor(cursor, ['timestamptz'])).toEqual({ values: ['2026-11-27 18:00:00.123456+00'], id: A });
  });

  it('round-trips a cursor of several keys of different types', () => {
    const cursor = encodeCursor(['2026-12-01', '2026-11-27 18:00:00+00'], A);
    expect(decodeCursor(cursor, ['date', 'timestamptz'])).toEqual({ values: ['2026-12-01', '2026-11-27 18:00:00+00'], id: A });
  });

  it('round-trips a cursor with an integer key, such as a position or a stall period', () => {
    const cursor = encodeCursor(['2026-11-27 18:00:00+00', '-1'], A);
    expect(decodeCursor(cursor, ['timestamptz', 'integer'])).toEqual({ values: ['2026-11-27 18:00:00+00', '-1'], id: A });
    expect(decodeCursor(raw(['2026-11-27 18:00:00+00', '1.5', A]), ['timestamptz', 'integer'])).toBeNull();
    expect(decodeCursor(raw(['2026-11-27 18:00:00+00', '99999999999', A]), ['timestamptz', 'integer'])).toBeNull();
  });

  it('refuses a cursor it did not make, or one of another list', () => {
    expect(decodeCursor('bm9wZQ', ['timestamptz'])).toBeNull();
    expect(decodeCursor(raw(['gisteren', A]), ['timestamptz'])).toBeNull();
    expect(decodeCursor(raw(['2026-11-27 18:00:00+00', 'x']), ['timestamptz'])).toBeNull();
    expect(decodeCursor(raw(['2026-11-27 18:00:00+00', A]), ['date'])).toBeNull();
    expect(decodeCursor(raw(['2026-11-27', A]), ['date', 'timestamptz'])).toBeNull();
    expect(decodeCursor(raw([1, A]), ['date'])).toBeNull();
  });
});
