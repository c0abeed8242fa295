import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getOffsetMs, startOfLocalDay, toCivil, toDayNumber, toLocalTime } from "./time";

describe("local time", () => {
  it.each([
    // instant, zone, y, m, d, weekday, minute of day
    ["2025-03-12T09:00:00Z", "Europe/Moscow", 2025, 3, 12, 3, 12 * 60],
    ["2025-03-15T21:30:00Z", "Europe/Moscow", 2025, 3, 16, 7, 30],
    ["2025-01-01T02:00:00Z", "America/New_York", 2024, 12, 31, 2, 21 * 60],
    ["2025-07-01T02:00:00Z", "America/New_York", 2025, 6, 30, 1, 22 * 60],
    ["2025-03-09T07:30:00Z", "America/New_York", 2025, 3, 9, 7, 3 * 60 + 30],
    ["2025-06-01T00:00:00Z", "Asia/Kolkata", 2025, 6, 1, 7, 5 * 60 + 30],
    ["2025-06-01T00:00:00Z", "UTC", 2025, 6, 1, 7, 0],
  ])(
    "%s in %s is %i-%i-%i weekday %i minute %i",
    (iso, zone, year, month, day, weekday, minute) => {
      const local = toLocalTime(new Date(iso), zone);
      expect(local).toMatchObject({ year, month, day, weekday, minuteOfDay: minute });
      expect(local.dayNumber).toBe(toDayNumber(year, month, day));
    },
  );

  it("follows a DST change inside one day (New York, 2025-03-09)", () => {
    expect(getOffsetMs(Date.parse("2025-03-09T06:59:00Z"), "America/New_York")).toBe(
      -5 * 3_600_000,
    );
    expect(getOffsetMs(Date.parse("2025-03-09T07:00:00Z"), "America/New_York")).toBe(
      -4 * 3_600_000,
    );
  });

  it("finds local midnight in the zone", () => {
    const day = toDayNumber(2025, 3, 1);
    expect(startOfLocalDay(day, "Europe/Moscow").toISOString()).toBe("2025-02-28T21:00:00.000Z");
    expect(startOfLocalDay(toDayNumber(2025, 3, 10), "America/New_York").toISOString()).toBe(
      "2025-03-10T04:00:00.000Z",
    );
  });

  it("rejects an unknown zone", () => {
    expect(() => toLocalTime(new Date(), "Mars/Olympus")).toThrow(RangeError);
  });

  it("day numbers round-trip with the civil calendar (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -800_000, max: 800_000 }), (day) => {
        const { year, month, day: d } = toCivil(day);
        expect(toDayNumber(year, month, d)).toBe(day);
        const date = new Date(day * 86_400_000);
        expect([year, month, d]).toEqual([
          date.getUTCFullYear(),
          date.getUTCMonth() + 1,
          date.getUTCDate(),
        ]);
      }),
    );
  });
});
