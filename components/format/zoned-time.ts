/** Wall-clock time in a zone <-> instant, for "datetime-local" inputs shown in the store's zone. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second"),
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** "2026-12-01T10:00" in Europe/Moscow -> 2026-12-01T07:00:00Z; null for text that is not a time. */
export function fromZonedLocal(local: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h = "0", mi = "0"] = match;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
  const first = wall - offsetAt(wall, timeZone);
  return new Date(wall - offsetAt(first, timeZone));
}

/** The inverse: an instant as "YYYY-MM-DDTHH:mm" on the zone's wall clock. */
export function toZonedLocal(date: Date, timeZone: string): string {
  const shifted = new Date(date.getTime() + offsetAt(date.getTime(), timeZone));
  return shifted.toISOString().slice(0, 16);
}
