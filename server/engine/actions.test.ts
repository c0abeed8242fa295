import { describe, expect, it } from "vitest";
import { computeActionRewards } from "./actions";
import { parseConfig } from "./testing";

const at = (iso: string) => new Date(iso);

describe("computeActionRewards", () => {
  const now = at("2025-03-12T09:00:00Z");
  const versions = [
    {
      id: "v1",
      programId: "p1",
      config: parseConfig({
        type: "bonus",
        bonus: { expiryDays: 90 },
        actions: { signUp: 200, review: 50 },
      }),
    },
    {
      id: "v2",
      programId: "p2",
      config: parseConfig({
        type: "tiers",
        tiers: { levels: [{ id: "a", name: "A", threshold: 0 }] },
        actions: { signUp: 100 },
      }),
    },
    {
      id: "v3",
      programId: "p3",
      config: parseConfig({ type: "cashback", cashback: { percentBp: 100 } }),
    },
  ];

  it("grants each program's points, available now and expiring like purchase points", () => {
    expect(computeActionRewards(versions, "signUp", now)).toEqual([
      {
        versionId: "v1",
        programId: "p1",
        amount: 200,
        availableAt: now,
        expiresAt: at("2025-06-10T09:00:00Z"),
      },
      { versionId: "v2", programId: "p2", amount: 100, availableAt: now, expiresAt: null },
    ]);
    expect(computeActionRewards(versions, "review", now).map((l) => l.amount)).toEqual([50]);
    expect(computeActionRewards(versions, "birthday", now)).toEqual([]);
  });
});
