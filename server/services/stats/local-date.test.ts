import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localDate } from "./local-date";

describe("localDate", () => {
  it("gives the calendar date in the store's zone", () => {
    const lateEvening = new Date("2026-03-31T21:30:00Z");
    expect(localDate(lateEvening, "Europe/Moscow")).toBe("2026-04-01");
    expect(localDate(lateEvening, "America/New_York")).toBe("2026-03-31");
    expect(localDate(new Date("2026-12-31T18:29:00Z"), "Asia/Kolkata")).toBe("2026-12-31");
    expect(localDate(new Date("2026-12-31T18:30:00Z"), "Asia/Kolkata")).toBe("2027-01-01");
  });

  it("gives the same UTC date as the zone-aware formatting, to the millisecond around midnight", () => {
    const utc = new Intl.DateTimeFormat("en-CA", {
      timeZone: "UTC",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    const instants = fc.date({
      min: new Date("2000-01-01T00:00:00Z"),
      max: new Date("2100-01-01T00:00:00Z"),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(instants, fc.constantFrom(0, -1, 1), (instant, nudge) => {
        const midnight = new Date(Math.floor(instant.getTime() / 86_400_000) * 86_400_000 + nudge);
        expect(localDate(instant, "UTC")).toBe(utc.format(instant));
        expect(localDate(midnight, "UTC")).toBe(utc.format(midnight));
      }),
    );
  });
});
