import { describe, expect, it } from "vitest";
import { firstDayOf, formatMonth, parseMonth } from "./month-number";
import { resolvePeriod } from "./resolve-period";

describe("month numbers", () => {
  it("round-trip across year ends", () => {
    for (const month of ["2025-12", "2026-01", "2026-11"])
      expect(formatMonth(parseMonth(month))).toBe(month);
    expect(parseMonth("2026-01") - parseMonth("2025-12")).toBe(1);
    expect(firstDayOf(parseMonth("2025-12") + 1)).toBe("2026-01-01");
  });

  it("a range is compared with as many months just before it", () => {
    const period = resolvePeriod({ from: "2026-01", to: "2026-03" });
    expect(formatMonth(period.previous.from)).toBe("2025-10");
    expect(formatMonth(period.previous.to)).toBe("2025-12");
    expect(period.toDayExclusive).toBe("2026-04-01");
    expect(() => resolvePeriod({ from: "2020-01", to: "2026-03" })).toThrow(/at most 24 months/);
  });
});
