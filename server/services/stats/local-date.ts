type Zone = { format: Intl.DateTimeFormat; days: Map<number, string> };

const zones = new Map<string, Zone>();
const minuteMs = 60_000;
const maxMinutesPerZone = 64;

/**
 * The store-local calendar date of an instant, as YYYY-MM-DD (the key of member_daily_stats).
 * Intl formatting is the slowest step of pricing an order (the payment time and each stats
 * window's start), so a zone remembers the date of recent UTC minutes that fall wholly on one
 * local date: every offset in use is whole minutes, and a minute that straddles a local
 * midnight (an old offset in seconds) is never remembered.
 */
export function localDate(instant: Date, timezone: string): string {
  if (timezone === "UTC") return instant.toISOString().slice(0, 10);
  const zone = zoneOf(timezone);
  const minute = Math.floor(instant.getTime() / minuteMs);
  const known = zone.days.get(minute);
  if (known) return known;
  const date = zone.format.format(instant);
  const start = zone.format.format(minute * minuteMs);
  const end = zone.format.format(minute * minuteMs + minuteMs - 1);
  if (start === end) {
    if (zone.days.size >= maxMinutesPerZone) zone.days.clear();
    zone.days.set(minute, start);
  }
  return date;
}

function zoneOf(timezone: string): Zone {
  let zone = zones.get(timezone);
  if (!zone) {
    const format = new Intl.DateTimeFormat("en-CA", {
      timeZone: timezone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    zone = { format, days: new Map() };
    zones.set(timezone, zone);
  }
  return zone;
}
