import type { CompiledWindow, LineFilter } from "./compile";
import { isLeapYear, type LocalTime, toDayNumber } from "./time";

export type BirthDate = { month: number; day: number };

/** Weekday, hours and dates all match; hours that wrap midnight belong to the starting day. */
export function isWindowActive(window: CompiledWindow, local: LocalTime): boolean {
  if ((window.weekdayMask & (1 << local.weekday)) === 0) return false;
  if (local.dayNumber < window.fromDay || local.dayNumber > window.toDay) return false;
  const minute = local.minuteOfDay;
  if (window.fromMinute < window.toMinute) {
    return minute >= window.fromMinute && minute < window.toMinute;
  }
  return minute >= window.fromMinute || minute < window.toMinute;
}

export function isWindowForCategory(window: CompiledWindow, category: string): boolean {
  return window.categories === null || window.categories.has(category);
}

/** Within ±windowDays of the birthday; 29 February is celebrated on the 28th in other years. */
export function isInBirthdayWindow(
  birthDate: BirthDate | null,
  windowDays: number,
  local: LocalTime,
): boolean {
  if (!birthDate) return false;
  for (let year = local.year - 1; year <= local.year + 1; year++) {
    const day =
      birthDate.month === 2 && birthDate.day === 29 && !isLeapYear(year) ? 28 : birthDate.day;
    const distance = Math.abs(local.dayNumber - toDayNumber(year, birthDate.month, day));
    if (distance <= windowDays) return true;
  }
  return false;
}

export function isExcluded(
  filter: LineFilter,
  line: { sku: string; category: string; isOnSale?: boolean },
): boolean {
  return (
    filter.categories.has(line.category) ||
    filter.skus.has(line.sku) ||
    (filter.excludeOnSale && line.isOnSale === true)
  );
}
