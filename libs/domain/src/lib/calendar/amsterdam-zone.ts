import { IANAZone, Zone, type ZoneOffsetFormat, type ZoneOffsetOptions } from 'luxon';

const HOUR_MS = 3_600_000;
// Since 1981 the Netherlands change their clocks at 01:00 UTC, on the hour; before, not always.
const HOURLY_FROM = Date.UTC(1981, 0, 1);
const KEPT = 100_000;

// Europe/Amsterdam for luxon, with each hour's UTC offset remembered. Luxon asks the zone for offsets several
// times per calculation, and the IANA zone answers each by formatting a date through Intl, which made the
// calendar sums of the escalation jobs a tenth of their time. The clocks change on the hour (UTC), so an
// offset holds for the whole hour it was computed in.
class AmsterdamZone extends Zone {
  private readonly zone = IANAZone.create('Europe/Amsterdam');
  private readonly offsets = new Map<number, number>();

  override get type(): string {
    return this.zone.type;
  }

  override get name(): string {
    return this.zone.name;
  }

  override get isUniversal(): boolean {
    return false;
  }

  override offsetName(ts: number, options: ZoneOffsetOptions): string {
    return this.zone.offsetName(ts, options) ?? '';
  }

  override formatOffset(ts: number, format: ZoneOffsetFormat): string {
    return this.zone.formatOffset(ts, format);
  }

  override offset(ts: number): number {
    if (ts < HOURLY_FROM) return this.zone.offset(ts);
    const hour = Math.floor(ts / HOUR_MS);
    const known = this.offsets.get(hour);
    if (known !== undefined) return known;
    if (this.offsets.size >= KEPT) this.offsets.clear();
    const offset = this.zone.offset(hour * HOUR_MS);
    this.offsets.set(hour, offset);
    return offset;
  }

  override equals(other: Zone): boolean {
    return this.zone.equals(other);
  }

  override get isValid(): boolean {
    return this.zone.isValid;
  }
}

export const AMSTERDAM_ZONE: Zone = /* @__PURE__ */ new AmsterdamZone();
