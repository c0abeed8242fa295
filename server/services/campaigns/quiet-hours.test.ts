import { describe, expect, it } from "vitest";
import { findSendTime, isQuietMinute } from "./quiet-hours";

const night = { startMinute: 21 * 60, endMinute: 9 * 60 };

describe("quiet hours", () => {
  it.each([
    [20 * 60 + 59, false],
    [21 * 60, true],
    [23 * 60 + 59, true],
    [0, true],
    [8 * 60 + 59, true],
    [9 * 60, false],
  ])("minute %i of the night window is quiet: %s", (minute, isQuiet) => {
    expect(isQuietMinute(minute, night)).toBe(isQuiet);
  });

  it("has no quiet time when start equals end", () => {
    expect(isQuietMinute(600, { startMinute: 600, endMinute: 600 })).toBe(false);
  });

  it("keeps a daytime instant as it is", () => {
    const now = new Date("2026-06-15T10:00:00Z"); // 13:00 in Moscow
    expect(findSendTime(now, "Europe/Moscow", night)).toEqual(now);
  });

  it("moves a late evening message to 09:00 next morning in the store's zone", () => {
    // 22:30 in Moscow (UTC+3) on 15 June; 09:00 on 16 June in Moscow is 06:00 UTC.
    const now = new Date("2026-06-15T19:30:00Z");
    expect(findSendTime(now, "Europe/Moscow", night)).toEqual(new Date("2026-06-16T06:00:00Z"));
  });

  it("moves an early morning message to 09:00 the same day", () => {
    // 02:00 in Vladivostok (UTC+10) on 16 June is 16:00 UTC on 15 June.
    const now = new Date("2026-06-15T16:00:00Z");
    expect(findSendTime(now, "Asia/Vladivostok", night)).toEqual(new Date("2026-06-15T23:00:00Z"));
  });

  it("reads the hour in the store's zone, not the server's", () => {
    // 19:30 UTC is daytime in New York (15:30) but night in Moscow (22:30).
    const now = new Date("2026-06-15T19:30:00Z");
    expect(findSendTime(now, "America/New_York", night)).toEqual(now);
    expect(findSendTime(now, "Europe/Moscow", night)).not.toEqual(now);
  });
});
