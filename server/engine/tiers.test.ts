import { describe, expect, it } from "vitest";
import { parseConfig } from "./testing";
import { evaluateTier } from "./tiers";

const config = parseConfig({
  type: "tiers",
  tiers: {
    metric: "spend",
    period: { kind: "calendarMonth" },
    graceDays: 30,
    levels: [
      { id: "base", name: "Base", threshold: 0 },
      { id: "silver", name: "Silver", threshold: 500_000 },
      { id: "vip", name: "VIP", threshold: 1_000_000, freeShipping: true },
    ],
  },
});
const TZ = "Europe/Moscow";
const at = (iso: string) => new Date(iso);
const spend = (amount: number) => ({ "spend:month": amount });

describe("evaluateTier", () => {
  it.each([
    ["a new member at 0", null, 0, "base", "none"],
    ["a new member already qualified", null, 600_000, "silver", "upgrade"],
    [
      "an upgrade skips levels at once",
      { tierId: "base", belowSince: null },
      1_000_000,
      "vip",
      "upgrade",
    ],
    ["staying put", { tierId: "silver", belowSince: null }, 700_000, "silver", "none"],
    [
      "qualifying again clears the grace",
      { tierId: "vip", belowSince: at("2025-03-01T00:00:00Z") },
      1_200_000,
      "vip",
      "none",
    ],
    ["a level that no longer exists", { tierId: "gold", belowSince: null }, 0, "base", "none"],
  ])("%s", (_name, current, amount, tierId, change) => {
    const decision = evaluateTier(config, spend(amount), current, at("2025-03-12T09:00:00Z"), TZ);
    expect(decision).toMatchObject({ tierId, change, belowSince: null });
  });

  it("holds a level through the grace period, then drops to the qualified level at local midnight", () => {
    const fell = at("2025-04-01T08:00:00Z");
    const first = evaluateTier(config, spend(0), { tierId: "vip", belowSince: null }, fell, TZ);
    expect(first).toMatchObject({
      tierId: "vip",
      change: "hold",
      belowSince: fell,
      qualifiedTierId: "base",
    });
    // 1 April (Moscow) + 30 days = 1 May 00:00 Moscow = 30 April 21:00 UTC
    expect(first?.downgradeAt?.toISOString()).toBe("2025-04-30T21:00:00.000Z");
    const state = { tierId: "vip", belowSince: fell };
    expect(
      evaluateTier(config, spend(600_000), state, at("2025-04-30T20:59:59Z"), TZ),
    ).toMatchObject({ tierId: "vip", change: "hold" });
    expect(
      evaluateTier(config, spend(600_000), state, at("2025-04-30T21:00:00Z"), TZ),
    ).toMatchObject({
      tierId: "silver",
      change: "downgrade",
      belowSince: null,
    });
  });

  it("downgrades at once with no grace", () => {
    const noGrace = parseConfig({
      type: "tiers",
      tiers: {
        graceDays: 0,
        levels: [
          { id: "a", name: "A", threshold: 0 },
          { id: "b", name: "B", threshold: 10 },
        ],
      },
    });
    expect(
      evaluateTier(noGrace, {}, { tierId: "b", belowSince: null }, at("2025-03-12T09:00:00Z"), TZ),
    ).toMatchObject({ tierId: "a", change: "downgrade" });
  });

  it("reports progress to the next level", () => {
    const decision = evaluateTier(
      config,
      spend(650_000),
      { tierId: "silver", belowSince: null },
      at("2025-03-12T09:00:00Z"),
      TZ,
    );
    expect(decision?.progress).toEqual({ nextTierId: "vip", remaining: 350_000 });
  });

  it("returns null for a program without tiers", () => {
    expect(evaluateTier(parseConfig({ type: "bonus" }), {}, null, new Date(), TZ)).toBeNull();
  });
});
