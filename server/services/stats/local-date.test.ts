import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localDate } from "./local-date";

const formatIn = (timeZone: string) =>
  new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });

describe("localDate", () => {
  it("gives the calendar date in the store's zone", () => {
    const lateEvening = new Date("2026-03-31T21:30:00Z");
    expect(localDate(lateEvening, "Europe/Moscow")).toBe("2026-04-01");
    expect(localDate(lateEvening, "America/New_York")).toBe("2026-03-31");
    expect(localDate(new Date("2026-12-31T18:29:59.999Z"), "Asia/Kolkata")).toBe("2026-12-31");
    expect(localDate(new Date("2026-12-31T18:30:00Z"), "Asia/Kolkata")).toBe("2027-01-01");
  });

  it("turns the date mid-minute where an old offset had seconds (Moscow 1900: +2:30:17)", () => {
    expect(localDate(new Date("1900-06-01T21:29:42Z"), "Europe/Moscow")).toBe("1900-06-01");
    expect(localDate(new Date("1900-06-01T21:29:43Z"), "Europe/Moscow")).toBe("1900-06-02");
    expect(localDate(new Date("1900-06-01T21:29:10Z"), "Europe/Moscow")).toBe("1900-06-01");
  });

  it("agrees with Intl for any sequence of instants, repeats and neighbours included", () => {
    const zones = ["Europe/Moscow", "Asia/Kolkata", "Asia/Kathmandu", "America/St_Johns", "UTC"];
    const instant = fc.integer({
      min: Date.parse("1880-01-01T00:00:00Z"),
      max: Date.parse("2100-01-01T00:00:00Z"),
    });
    // Each instant is asked about, then again a few ms or seconds later: the same UTC minute.
    const calls = fc.array(fc.tuple(instant, fc.integer({ min: -90_000, max: 90_000 })), {
      minLength: 1,
      maxLength: 20,
    });
    fc.assert(
      fc.property(fc.constantFrom(...zones), calls, (zone, pairs) => {
        const format = formatIn(zone);
        for (const [at, nudge] of pairs) {
          for (const ms of [at, at + nudge, at]) {
            expect(localDate(new Date(ms), zone)).toBe(format.format(ms));
          }
        }
      }),
    );
  });
});
