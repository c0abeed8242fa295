type Zone = { format: Intl.DateTimeFormat; minute: number; date: string | null };

const zones = new Map<string, Zone>();
const minuteMs = 60_000;

/**
 * The store-local calendar date of an instant, as YYYY-MM-DD (the key of member_daily_stats).
 * Intl formatting is the slowest step of pricing an order, so each zone keeps the date of the
 * last UTC minute it was asked about, when that whole minute falls on one local date (every
 * offset in use is whole minutes; a zone's old offset in seconds is simply never cached).
 */
export function localDate(instant: Date, timezone: string): string {
  if (timezone === "UTC") return instant.toISOString().slice(0, 10);
  const zone = zoneOf(timezone);
  const minute = Math.floor(instant.getTime() / minuteMs);
  if (minute === zone.minute && zone.date) return zone.date;
  const date = zone.format.format(instant);
  const start = zone.format.format(minute * minuteMs);
  const end = zone.format.format(minute * minuteMs + minuteMs - 1);
  zone.minute = minute;
  zone.date = start === end ? start : null;
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
    zone = { format, minute: Number.NaN, date: null };
    zones.set(timezone, zone);
  }
  return zone;
}
