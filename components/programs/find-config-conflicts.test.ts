import { describe, expect, it } from "vitest";
import { ProgramConfig, type ProgramConfigInput } from "@/server/engine";
import { findConfigConflicts, hasBlockingConflict } from "./find-config-conflicts";
import { makeTemplate, templateIds } from "./templates";

const parse = (input: ProgramConfigInput) => ProgramConfig.parse(input);
const codes = (input: ProgramConfigInput, facts = {}) =>
  findConfigConflicts(parse(input), facts).map((c) => `${c.severity}:${c.code}@${c.path}`);

describe("findConfigConflicts", () => {
  it("finds nothing blocking in the ready-made templates", () => {
    for (const id of templateIds) {
      expect(hasBlockingConflict(findConfigConflicts(makeTemplate(id, "en")))).toBe(false);
    }
  });

  it("a points program whose points can never be spent (0% share, no rewards)", () => {
    expect(codes({ type: "bonus", bonus: { redemption: { payment: { maxShareBp: 0 } } } })).toEqual(
      ["error:pointsNeverSpendable@bonus.redemption.payment.maxShareBp"],
    );
    expect(codes({ type: "bonus", bonus: { redemption: { payment: null } } })).toEqual([
      "error:pointsNeverSpendable@bonus.redemption.payment.maxShareBp",
    ]);
  });

  it("0% share is fine when a category share or a reward still lets points be spent", () => {
    const withShare: ProgramConfigInput = {
      type: "bonus",
      bonus: {
        redemption: {
          payment: { maxShareBp: 0, categoryShares: [{ category: "tea", maxShareBp: 5000 }] },
        },
      },
    };
    expect(codes(withShare)).toEqual([]);
    const withReward: ProgramConfigInput = {
      type: "bonus",
      bonus: {
        redemption: {
          payment: { maxShareBp: 0 },
          rewards: [{ id: "r", points: 100, percentBp: 1000 }],
        },
      },
    };
    expect(codes(withReward)).toEqual([]);
  });

  it("tier thresholds that overlap or go down, and a first level above 0", () => {
    const config = parse({
      type: "tiers",
      tiers: {
        levels: [
          { id: "a", name: "A", threshold: 0 },
          { id: "b", name: "B", threshold: 100, discountBp: 500 },
        ],
      },
    });
    if (config.type !== "tiers") throw new Error("tiers");
    const broken = {
      ...config,
      tiers: {
        ...config.tiers,
        levels: [
          { ...config.tiers.levels[0], threshold: 10 },
          { ...config.tiers.levels[1], threshold: 10 },
          { ...config.tiers.levels[1], id: "c", name: "C", threshold: 5, discountBp: 300 },
        ],
      },
    } as ProgramConfig;
    expect(findConfigConflicts(broken).map((c) => `${c.code}@${c.path}`)).toEqual([
      "tierFirstNotZero@tiers.levels.0.threshold",
      "tierThresholdsNotIncreasing@tiers.levels.1.threshold",
      "tierThresholdsNotIncreasing@tiers.levels.2.threshold",
      "tierBenefitDecreases@tiers.levels.2.discountBp",
    ]);
  });

  it("a level above the first that gives nothing is a warning", () => {
    expect(
      codes({
        type: "tiers",
        tiers: {
          levels: [
            { id: "a", name: "A", threshold: 0 },
            { id: "b", name: "B", threshold: 100 },
          ],
        },
        discount: { rule: { kind: "fixed", percentBp: 100 } },
      }),
    ).toEqual(["warning:tierLevelEmpty@tiers.levels.1.name"]);
  });

  it("birthday-only spending in a store that collects no birthdays", () => {
    const input: ProgramConfigInput = { type: "bonus", birthday: { spendOnlyInWindow: true } };
    expect(codes(input, { collectsBirthdays: false })).toEqual([
      "error:birthdayWithoutBirthdays@birthday.spendOnlyInWindow",
    ]);
    expect(codes(input, { collectsBirthdays: true })).toEqual([]);
    expect(codes(input)).toEqual([]);
  });

  it("discount brackets whose percent goes down, and a 0% discount card", () => {
    expect(
      codes({
        type: "discount",
        discount: {
          rule: {
            kind: "orderAmount",
            brackets: [
              { min: 0, percentBp: 500 },
              { min: 100, percentBp: 300 },
            ],
          },
        },
      }),
    ).toEqual(["warning:bracketPercentDecreases@discount.rule.brackets.1.percentBp"]);
    expect(
      codes({ type: "discount", discount: { rule: { kind: "fixed", percentBp: 0 } } }),
    ).toEqual(["error:givesNothing@discount.rule.percentBp"]);
  });

  it("a multiplier or share on a category that is excluded anyway", () => {
    expect(
      codes({
        type: "bonus",
        bonus: {
          excludedCategories: ["gifts"],
          categoryMultipliers: [{ category: "gifts", multiplierBp: 20_000 }],
          redemption: {
            excludedCategories: ["tea"],
            payment: { categoryShares: [{ category: "tea", maxShareBp: 100 }] },
          },
        },
      }),
    ).toEqual([
      "warning:multiplierOnExcludedCategory@bonus.categoryMultipliers.0.category",
      "warning:shareOnExcludedCategory@bonus.redemption.payment.categoryShares.0.category",
    ]);
  });

  it("cashback that can never be spent, a referral with no rewards", () => {
    expect(codes({ type: "cashback", cashback: { percentBp: 300, maxShareBp: 0 } })).toEqual([
      "error:cashbackNeverSpendable@cashback.maxShareBp",
    ]);
    expect(codes({ type: "referral" })).toEqual(["error:givesNothing@referral.friendBonus"]);
  });
});
