import { describe, expect, it } from "vitest";
import { isInBirthdayWindow, isWindowActive } from "./calendar";
import { compileProgram } from "./compile";
import { ProgramConfig } from "./config/program-config";
import { toLocalTime } from "./time";

function windowOf(window: Record<string, unknown>) {
  const config = ProgramConfig.parse({
    type: "bonus",
    windows: [{ id: "w", discountBp: 100, ...window }],
  });
  const [compiled] = compileProgram(config).windows;
  if (!compiled) throw new Error("window expected");
  return compiled;
}

const at = (iso: string, zone = "Europe/Moscow") => toLocalTime(new Date(iso), zone);

describe("time windows (store timezone)", () => {
  it.each([
    // Saturday 2025-03-15; Moscow is UTC+3
    ["weekend, Saturday noon", { weekdays: [6, 7] }, "2025-03-15T09:00:00Z", true],
    ["weekend, Friday 23:59 Moscow", { weekdays: [6, 7] }, "2025-03-14T20:59:00Z", false],
    [
      "weekend, Saturday 00:00 Moscow (Friday in UTC)",
      { weekdays: [6, 7] },
      "2025-03-14T21:00:00Z",
      true,
    ],
    [
      "happy hours 18-21, at 18:00",
      { hours: { from: "18:00", to: "21:00" } },
      "2025-03-12T15:00:00Z",
      true,
    ],
    [
      "happy hours 18-21, at 21:00 (end is exclusive)",
      { hours: { from: "18:00", to: "21:00" } },
      "2025-03-12T18:00:00Z",
      false,
    ],
    [
      "night 22-02 wraps midnight, at 01:30",
      { hours: { from: "22:00", to: "02:00" } },
      "2025-03-11T22:30:00Z",
      true,
    ],
    [
      "night 22-02 wraps midnight, at 02:00",
      { hours: { from: "22:00", to: "02:00" } },
      "2025-03-11T23:00:00Z",
      false,
    ],
    [
      "until 24:00, at 23:59",
      { hours: { from: "20:00", to: "24:00" } },
      "2025-03-12T20:59:00Z",
      true,
    ],
    [
      "date range, first day local",
      { dates: { from: "2025-03-08", to: "2025-03-08" } },
      "2025-03-07T21:00:00Z",
      true,
    ],
    [
      "date range, day before",
      { dates: { from: "2025-03-08", to: "2025-03-08" } },
      "2025-03-07T20:59:00Z",
      false,
    ],
    [
      "date range, day after",
      { dates: { from: "2025-03-08", to: "2025-03-08" } },
      "2025-03-08T21:00:00Z",
      false,
    ],
  ])("%s", (_name, window, iso, expected) => {
    expect(isWindowActive(windowOf(window), at(iso))).toBe(expected);
  });
});

describe("birthday window", () => {
  const birth = { month: 3, day: 20 };
  it.each([
    ["on the day", birth, 0, "2025-03-20T10:00:00Z", true],
    ["7 days before, window 7", birth, 7, "2025-03-13T10:00:00Z", true],
    ["8 days before, window 7", birth, 7, "2025-03-12T10:00:00Z", false],
    ["7 days after, window 7", birth, 7, "2025-03-27T10:00:00Z", true],
    ["across New Year", { month: 1, day: 2 }, 5, "2024-12-29T10:00:00Z", true],
    ["29 Feb in a common year is the 28th", { month: 2, day: 29 }, 0, "2025-02-28T10:00:00Z", true],
    ["29 Feb in a common year, 1 March", { month: 2, day: 29 }, 0, "2025-03-01T10:00:00Z", false],
    ["no birth date", null, 31, "2025-03-20T10:00:00Z", false],
  ])("%s", (_name, birthDate, windowDays, iso, expected) => {
    expect(isInBirthdayWindow(birthDate, windowDays, at(iso))).toBe(expected);
  });

  it("uses the store's local date: 20 March 00:30 in Moscow is still 19 March in UTC", () => {
    const moment = "2025-03-19T21:30:00Z";
    expect(isInBirthdayWindow(birth, 0, at(moment))).toBe(true);
    expect(isInBirthdayWindow(birth, 0, at(moment, "UTC"))).toBe(false);
  });
});
