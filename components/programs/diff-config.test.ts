import { describe, expect, it } from "vitest";
import { diffConfigs } from "./diff-config";
import { makeTemplate } from "./templates";

describe("diffConfigs", () => {
  it("finds nothing between equal configs", () => {
    expect(diffConfigs(makeTemplate("vipTiers", "en"), makeTemplate("vipTiers", "en"))).toEqual([]);
  });

  it("lists each changed field with its path and both values", () => {
    const live = makeTemplate("vipTiers", "en");
    if (live.type !== "tiers" || !live.bonus) throw new Error("tiers");
    const draft = structuredClone(live);
    if (draft.type !== "tiers" || !draft.bonus) throw new Error("tiers");
    draft.bonus.earn = { kind: "percent", percentBp: 500 };
    draft.tiers.levels[1] = {
      ...draft.tiers.levels[1],
      threshold: 2_000_000,
    } as (typeof draft.tiers.levels)[1];
    draft.tiers.levels.push({
      id: "gold",
      name: "Gold",
      threshold: 5_000_000,
      discountBp: 500,
      earn: null,
      freeShipping: true,
      perks: [],
    });
    draft.bonus.excludedCategories = ["gifts"];
    expect(diffConfigs(live, draft)).toEqual([
      { path: ["tiers", "levels", 1, "threshold"], before: 1_000_001, after: 2_000_000 },
      { path: ["tiers", "levels", 2], before: null, after: draft.tiers.levels[2] },
      { path: ["bonus", "earn", "kind"], before: "perAmount", after: "percent" },
      { path: ["bonus", "earn", "points"], before: 1, after: null },
      { path: ["bonus", "earn", "perAmount"], before: 10_000, after: null },
      { path: ["bonus", "earn", "percentBp"], before: null, after: 500 },
      { path: ["bonus", "excludedCategories"], before: [], after: ["gifts"] },
    ]);
  });

  it("a removed list item and a section switched off", () => {
    const before = { windows: [{ id: "a", discountBp: 100 }], birthday: { windowDays: 7 } };
    const after = { windows: [], birthday: null };
    expect(diffConfigs(before, after)).toEqual([
      { path: ["windows", 0], before: { id: "a", discountBp: 100 }, after: null },
      { path: ["birthday"], before: { windowDays: 7 }, after: null },
    ]);
  });
});
