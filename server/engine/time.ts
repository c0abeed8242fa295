/** Wall-clock parts of an instant in an IANA timezone. */
export type LocalTime = {
  year: number;
  month: number;
  day: number;
  /** 1 = Monday ... 7 = Sunday. */
  weekday: number;
  minuteOfDay: number;
  /** Days since 1970-01-01 of the local date. */
  dayNumber: number;
};

const DAY_MS = 86_400_000;
// Offsets change only on quarter-hour boundaries, so one lookup serves a 15-minute bucket.
const BUCKET_MS = 900_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function getFormatter(timezone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: timezone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timezone, formatter);
  }
  return formatter;
}

function readOffset(ms: number, timezone: string): number {
  const fields: Record<string, number> = {};
  for (const part of getFormatter(timezone).formatToParts(new Date(ms))) {
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    fields.year ?? 1970,
    (fields.month ?? 1) - 1,
    fields.day ?? 1,
    fields.hour ?? 0,
    fields.minute ?? 0,
    fields.second ?? 0,
  );
  return wall - Math.floor(ms / 1000) * 1000;
}

// A zone's offset is cached per day when it is the same at both ends of the day (no transition
// that day; two transitions in one day never happen), else per quarter hour. A quote looks at
// several instants (now, the month's start, lot dates) and a replay of history walks through
// years of them, so a single cached bucket would miss on nearly every call.
const dayOffsets = new Map<string, Map<number, number | null>>();
const quarterOffsets = new Map<string, Map<number, number>>();
const maxCachedPerZone = 16_384;

function cacheOf<T>(caches: Map<string, Map<number, T>>, timezone: string): Map<number, T> {
  let zone = caches.get(timezone);
  if (!zone) {
    zone = new Map();
    caches.set(timezone, zone);
  }
  if (zone.size >= maxCachedPerZone) zone.clear();
  return zone;
}

/** Offset of `timezone` from UTC at instant `ms`, in milliseconds (Moscow: +3h). */
export function getOffsetMs(ms: number, timezone: string): number {
  const days = cacheOf(dayOffsets, timezone);
  const day = Math.floor(ms / DAY_MS);
  let wholeDay = days.get(day);
  if (wholeDay === undefined) {
    const first = readOffset(day * DAY_MS, timezone);
    wholeDay = first === readOffset(day * DAY_MS + DAY_MS - 1, timezone) ? first : null;
    days.set(day, wholeDay);
  }
  if (wholeDay !== null) return wholeDay;
  const quarters = cacheOf(quarterOffsets, timezone);
  const bucket = Math.floor(ms / BUCKET_MS);
  const cached = quarters.get(bucket);
  if (cached !== undefined) return cached;
  const offsetMs = readOffset(ms, timezone);
  quarters.set(bucket, offsetMs);
  return offsetMs;
}

export function toLocalTime(now: Date, timezone: string): LocalTime {
  const localMs = now.getTime() + getOffsetMs(now.getTime(), timezone);
  const dayNumber = Math.floor(localMs / DAY_MS);
  const { year, month, day } = toCivil(dayNumber);
  return {
    year,
    month,
    day,
    weekday: ((((dayNumber + 3) % 7) + 7) % 7) + 1,
    minuteOfDay: Math.floor((localMs - dayNumber * DAY_MS) / 60_000),
    dayNumber,
  };
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
export function toDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export function toCivil(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The instant a local date starts (local midnight) in `timezone`. */
export function startOfLocalDay(dayNumber: number, timezone: string): Date {
  const wall = dayNumber * DAY_MS;
  const guess = wall - getOffsetMs(wall, timezone);
  return new Date(wall - getOffsetMs(guess, timezone));
}

export function addDays(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * DAY_MS);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
