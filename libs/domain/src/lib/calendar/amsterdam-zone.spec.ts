import { DateTime } from 'luxon';
import { AMSTERDAM_ZONE } from './amsterdam-zone';
import { addIsoDuration } from './iso-duration';
import { amsterdamInstant, amsterdamPosition } from './local-date';

const MINUTE = 60_000;
// The clock changes of 2026 (the last Sundays of March and October, 01:00 UTC) and one of 1995.
const CHANGES = [Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1), Date.UTC(1995, 8, 24, 1)];

describe('the Amsterdam zone with remembered offsets', () => {
  it('gives the IANA zone’s offset at every minute around a clock change, and a millisecond either side of it', () => {
    for (const change of CHANGES) {
      const instants = [change - 1, change, change + 1];
      for (let at = change - 3 * 60 * MINUTE; at <= change + 3 * 60 * MINUTE; at += MINUTE) instants.push(at);
      for (const at of instants) {
        expect([at, AMSTERDAM_ZONE.offset(at)]).toEqual([at, DateTime.fromMillis(at, { zone: 'Europe/Amsterdam' }).offset]);
      }
    }
  });

  it('names and formats its offset as the IANA zone does, and asks it directly before 1981', () => {
    for (const at of [...CHANGES, Date.UTC(1977, 3, 3, 1, 30), Date.UTC(1940, 4, 16, 12)]) {
      const iana = DateTime.fromMillis(at, { zone: 'Europe/Amsterdam' });
      const ours = DateTime.fromMillis(at, { zone: AMSTERDAM_ZONE });
      expect(ours.toFormat('yyyy-MM-dd HH:mm ZZ ZZZZ')).toBe(iana.toFormat('yyyy-MM-dd HH:mm ZZ ZZZZ'));
      expect(AMSTERDAM_ZONE.offset(at)).toBe(iana.offset);
    }
  });

  it('adds durations as the IANA zone does, over clock changes and into the hour they skip', () => {
    const plain = (from: number, duration: string): number => DateTime.fromMillis(from, { zone: 'Europe/Amsterdam' }).plus({ [duration]: 1 }).toMillis();
    for (const change of CHANGES) {
      for (let from = change - 2 * 86_400_000; from <= change + 86_400_000; from += 17 * MINUTE) {
        expect(addIsoDuration(new Date(from), 'P1D').getTime()).toBe(plain(from, 'days'));
        expect(addIsoDuration(new Date(from), 'P1M').getTime()).toBe(plain(from, 'months'));
        expect(addIsoDuration(new Date(from), 'PT1H').getTime()).toBe(plain(from, 'hours'));
      }
    }
  });

  it('finds the wall-clock position of an instant and the instant of a wall-clock time as the IANA zone does', () => {
    const skipped = amsterdamInstant(Math.floor(CHANGES[0] / 86_400_000), 2.5 / 24);
    expect(skipped.getTime()).toBe(DateTime.fromObject({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, { zone: 'Europe/Amsterdam' }).toMillis());
    const position = amsterdamPosition(new Date(CHANGES[1] + 30 * MINUTE));
    expect(position.fraction * 24).toBeCloseTo(2.5);
    expect(AMSTERDAM_ZONE.name).toBe('Europe/Amsterdam');
    expect([AMSTERDAM_ZONE.type, AMSTERDAM_ZONE.isUniversal, AMSTERDAM_ZONE.isValid]).toEqual(['iana', false, true]);
    expect(AMSTERDAM_ZONE.equals(DateTime.now().setZone('Europe/Amsterdam').zone)).toBe(true);
  });
});
