import { describe, expect, it } from "vitest";
import type { ProgramConfigInput } from "./config/program-config";
import { quote } from "./quote";
import type { Quote } from "./quote/types";
import { line, makeInput, makeMember } from "./testing";

const reason = (q: Quote, key: string) => q.reasons.find((r) => r.key === key)?.params;
const fixed = (percentBp: number, extra: Record<string, unknown> = {}): ProgramConfigInput => ({
  type: "discount",
  discount: { rule: { kind: "fixed", percentBp }, ...extra },
});
const cart = [line("a", 100_000), line("b", 33_333, 3)];
const SATURDAY_NOON_MSK = new Date("2025-03-15T09:00:00Z");

describe("quote: discount card", () => {
  it.each([
    ["5% rounded down", fixed(500), [5_000, 4_999]],
    ["5% rounded half up", fixed(500, { rounding: "halfUp" }), [5_000, 5_000]],
    [
      "5% rounded half even (4999.95 -> 5000)",
      fixed(500, { rounding: "halfEven" }),
      [5_000, 5_000],
    ],
    ["0% gives nothing", fixed(0), [0, 0]],
    ["100% gives everything", fixed(10_000), [100_000, 99_999]],
  ])("fixed %s", (_name, config, expected) => {
    const q = quote(makeInput([config], cart));
    expect(q.lines.map((l) => l.discount)).toEqual(expected);
    const discount = expected.reduce((a, b) => a + b, 0);
    expect(q.totals).toMatchObject({ subtotal: 199_999, discount, total: 199_999 - discount });
    if (discount > 0)
      expect(reason(q, "discount.total")).toEqual({ programId: "p1", amount: discount });
  });

  it("skips excluded categories, SKUs and items on sale, and says how many", () => {
    const config = fixed(1000, {
      excludedCategories: ["gift-cards"],
      excludedSkus: ["promo"],
      excludeOnSale: true,
    });
    const lines = [
      line("a", 10_000),
      line("g", 10_000, 1, { category: "gift-cards" }),
      line("promo", 10_000),
      line("s", 10_000, 1, { isOnSale: true }),
    ];
    const q = quote(makeInput([config], lines));
    expect(q.lines.map((l) => l.discount)).toEqual([1_000, 0, 0, 0]);
    expect(reason(q, "discount.excluded")).toEqual({ programId: "p1", lines: 3 });
  });

  it.each([
    [49_999, 0],
    [50_000, 300],
    [99_999, 300],
    [100_000, 500],
  ])("order-amount brackets: a %i cart gets %i bp", (amount, bp) => {
    const config: ProgramConfigInput = {
      type: "discount",
      discount: {
        rule: {
          kind: "orderAmount",
          brackets: [
            { min: 50_000, percentBp: 300 },
            { min: 100_000, percentBp: 500 },
          ],
        },
      },
    };
    const q = quote(makeInput([config], [line("a", amount)]));
    expect(q.totals.discount).toBe(Math.floor((amount * bp) / 10_000));
  });

  it.each([
    ["lifetime", { kind: "lifetime" }, "spend:lifetime"],
    ["rolling 90 days", { kind: "rollingDays", days: 90 }, "spend:days:90"],
    ["calendar month", { kind: "calendarMonth" }, "spend:month"],
  ] as const)("cumulative discount over %s reads stat %s", (_name, period, key) => {
    const config: ProgramConfigInput = {
      type: "discount",
      discount: {
        rule: {
          kind: "cumulative",
          period,
          brackets: [
            { min: 1_000_000, percentBp: 200 },
            { min: 5_000_000, percentBp: 700 },
          ],
        },
      },
    };
    const at = (spend: number) =>
      quote(makeInput([config], [line("a", 100_000)], makeMember({ stats: { [key]: spend } })))
        .totals.discount;
    expect(at(999_999)).toBe(0);
    expect(at(1_000_000)).toBe(2_000);
    expect(at(7_000_000)).toBe(7_000);
  });

  it("adds a weekend window on shoes in the store's timezone, not UTC", () => {
    const config = fixed(500);
    Object.assign(config, {
      windows: [{ id: "weekend-shoes", weekdays: [6, 7], categories: ["shoes"], discountBp: 1000 }],
    });
    const lines = [line("boots", 100_000, 1, { category: "shoes" }), line("tee", 100_000)];
    const saturday = quote(makeInput([config], lines, makeMember(), { now: SATURDAY_NOON_MSK }));
    expect(saturday.lines.map((l) => l.discount)).toEqual([15_000, 5_000]);
    expect(reason(saturday, "discount.window")).toEqual({
      programId: "p1",
      window: "weekend-shoes",
      percent: 10,
    });
    // Friday 23:30 UTC is already Saturday 02:30 in Moscow
    const lateFriday = quote(
      makeInput([config], lines, makeMember(), { now: new Date("2025-03-14T23:30:00Z") }),
    );
    expect(lateFriday.lines[0]?.discount).toBe(15_000);
    const inUtc = quote(
      makeInput([config], lines, makeMember(), {
        now: new Date("2025-03-14T23:30:00Z"),
        timezone: "UTC",
      }),
    );
    expect(inUtc.lines[0]?.discount).toBe(5_000);
  });

  it("adds a birthday discount within the window only", () => {
    const config = fixed(500);
    Object.assign(config, { birthday: { windowDays: 3, discountBp: 500 } });
    const member = (day: number) => makeMember({ birthDate: { month: 3, day } });
    expect(quote(makeInput([config], [line("a", 100_000)], member(14))).totals.discount).toBe(
      10_000,
    );
    expect(quote(makeInput([config], [line("a", 100_000)], member(16))).totals.discount).toBe(
      5_000,
    );
  });

  it("caps a line at 100% when percents add up beyond it", () => {
    const config = fixed(9_000);
    Object.assign(config, { windows: [{ id: "all", discountBp: 5_000 }] });
    expect(quote(makeInput([config], [line("a", 12_345)])).totals.total).toBe(0);
  });

  describe("club and stacking", () => {
    const club: ProgramConfigInput = { type: "club", club: { discountBp: 1000 } };
    const clubMember = makeMember({ clubProgramIds: ["p2"] });

    it("gives the club discount to members of that club only", () => {
      expect(
        quote(makeInput([club], [line("a", 100_000)], makeMember({ clubProgramIds: ["p1"] })))
          .totals.discount,
      ).toBe(10_000);
      expect(quote(makeInput([club], [line("a", 100_000)])).totals.discount).toBe(0);
    });

    it("keeps the best discount per line by default", () => {
      const q = quote(makeInput([fixed(500), club], [line("a", 100_000)], clubMember));
      expect(q.totals.discount).toBe(10_000);
      expect(q.reasons.filter((r) => r.key === "discount.total")).toEqual([
        { key: "discount.total", params: { programId: "p2", amount: 10_000 } },
      ]);
    });

    it("credits a tie to the earlier program", () => {
      const tie: ProgramConfigInput = { type: "club", club: { discountBp: 500 } };
      const q = quote(makeInput([fixed(500), tie], [line("a", 100_000)], clubMember));
      expect(q.reasons.filter((r) => r.key === "discount.total")).toEqual([
        { key: "discount.total", params: { programId: "p1", amount: 5_000 } },
      ]);
    });

    it("sums discounts when the primary program says so", () => {
      const primary = { ...fixed(500), stacking: { discounts: "sum" } } as ProgramConfigInput;
      const q = quote(makeInput([primary, club], [line("a", 100_000)], clubMember));
      expect(q.totals.discount).toBe(15_000);
      expect(reason(q, "discount.stacking.sum")).toEqual({ programs: 2 });
    });

    it("lets the primary decide: a 'best' second program cannot make the first one sum", () => {
      const second = { ...club, stacking: { discounts: "sum" } } as ProgramConfigInput;
      expect(
        quote(makeInput([fixed(500), second], [line("a", 100_000)], clubMember)).totals.discount,
      ).toBe(10_000);
    });
  });
});
