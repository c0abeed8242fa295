import { describe, expect, it } from "vitest";
import { quote } from "./quote";
import { buildOrderSnapshot } from "./snapshot";
import { line, makeInput, makeMember } from "./testing";

describe("buildOrderSnapshot", () => {
  const config = {
    type: "bonus" as const,
    bonus: { redemption: { payment: { maxShareBp: 5_000 } } },
  };
  const q = quote(
    makeInput(
      [config],
      [line("a", 60_000, 2), line("b", 30_000)],
      makeMember({ availablePoints: 500 }),
      { pointsToSpend: 500 },
    ),
  );

  it("keeps what each line paid, earned and spent, with the real lot ids", () => {
    const spentLots = [
      { lotId: "old", amount: 300 },
      { lotId: "new", amount: 200 },
    ];
    expect(buildOrderSnapshot(q, ["earned-1"], spentLots)).toEqual({
      lines: [
        {
          quantity: 2,
          paid: 80_000,
          pointsEarned: 40,
          pointsSpent: 400,
          cashbackEarned: 0,
          cashbackSpent: 0,
          refunded: 0,
        },
        {
          quantity: 1,
          paid: 20_000,
          pointsEarned: 10,
          pointsSpent: 100,
          cashbackEarned: 0,
          cashbackSpent: 0,
          refunded: 0,
        },
      ],
      earnedLots: [{ lotId: "earned-1", amount: 50 }],
      spentLots,
    });
  });

  it("needs one lot id per earned lot", () => {
    expect(() => buildOrderSnapshot(q, [], [])).toThrow(RangeError);
  });
});
