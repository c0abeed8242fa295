import { describe, expect, it } from "vitest";
import { fromZonedLocal, toZonedLocal } from "./zoned-time";

describe("zoned time", () => {
  it("reads a wall-clock time in the store's zone", () => {
    expect(fromZonedLocal("2026-12-01T10:00", "Europe/Moscow")?.toISOString()).toBe(
      "2026-12-01T07:00:00.000Z",
    );
    expect(fromZonedLocal("2026-07-01", "Europe/Berlin")?.toISOString()).toBe(
      "2026-06-30T22:00:00.000Z",
    );
    expect(fromZonedLocal("2026-01-01T00:30", "America/New_York")?.toISOString()).toBe(
      "2026-01-01T05:30:00.000Z",
    );
    expect(fromZonedLocal("soon", "UTC")).toBeNull();
  });

  it("round-trips", () => {
    for (const tz of ["Europe/Moscow", "Asia/Kamchatka", "America/Los_Angeles", "UTC"]) {
      expect(toZonedLocal(fromZonedLocal("2026-03-29T12:15", tz) as Date, tz)).toBe(
        "2026-03-29T12:15",
      );
    }
  });
});
