import { startOfLocalDay, toLocalTime } from "@/server/engine/time";

export type QuietHours = { startMinute: number; endMinute: number };

/** True when the local minute falls in [start, end), which may wrap past midnight. */
export function isQuietMinute(minute: number, { startMinute, endMinute }: QuietHours): boolean {
  if (startMinute === endMinute) return false;
  return startMinute < endMinute
    ? minute >= startMinute && minute < endMinute
    : minute >= startMinute || minute < endMinute;
}

/**
 * The earliest instant a marketing message may go out: `now`, or the end of the quiet hours
 * in the store's zone when `now` falls inside them.
 */
export function findSendTime(now: Date, timezone: string, quiet: QuietHours): Date {
  const local = toLocalTime(now, timezone);
  if (!isQuietMinute(local.minuteOfDay, quiet)) return now;
  const endsTomorrow =
    quiet.startMinute > quiet.endMinute && local.minuteOfDay >= quiet.startMinute;
  const day = local.dayNumber + (endsTomorrow ? 1 : 0);
  return new Date(startOfLocalDay(day, timezone).getTime() + quiet.endMinute * 60_000);
}
