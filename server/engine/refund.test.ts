import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LotAmount } from "./reason";
import { computeRefund, type OrderSnapshot, type Refund, type RefundOutcome } from "./refund";

const snapshot: OrderSnapshot = {
  lines: [
    {
      quantity: 3,
      paid: 30_000,
      pointsEarned: 30,
      pointsSpent: 10,
      cashbackEarned: 900,
      cashbackSpent: 0,
      refunded: 0,
    },
    {
      quantity: 1,
      paid: 0,
      pointsEarned: 0,
      pointsSpent: 100,
      cashbackEarned: 0,
      cashbackSpent: 0,
      refunded: 0,
    },
    {
      quantity: 2,
      paid: 10_001,
      pointsEarned: 7,
      pointsSpent: 3,
      cashbackEarned: 300,
      cashbackSpent: 500,
      refunded: 0,
    },
  ],
  earnedLots: [{ lotId: "e1", amount: 37 }],
  spentLots: [
    { lotId: "s1", amount: 60 },
    { lotId: "s2", amount: 53 },
  ],
};

function refundOk(from: OrderSnapshot, refund: Refund): RefundOutcome {
  const result = computeRefund(from, refund);
  if (!result.ok) throw new Error(result.error.key);
  return result.value;
}

const lines = (index: number, quantity: number): Refund => ({
  kind: "lines",
  lines: [{ index, quantity }],
});

describe("computeRefund", () => {
  it("refunds one of three units: a third of the line's money, earn and spend", () => {
    const out = refundOk(snapshot, lines(0, 1));
    expect(out).toMatchObject({
      cash: 10_000,
      pointsToReverse: [{ lotId: "e1", amount: 10 }],
      pointsToReturn: [
        { lotId: "s1", amount: 2 },
        { lotId: "s2", amount: 1 },
      ],
      cashbackToReverse: 300,
      cashbackToReturn: 0,
      isNoop: false,
    });
  });

  it("works cumulatively: three single-unit refunds equal one full refund, and a fourth is a no-op", () => {
    let state = snapshot;
    const totals = { cash: 0, reversed: 0, returned: 0 };
    const returnedByLot = new Map<string, number>();
    for (let i = 0; i < 3; i++) {
      const out = refundOk(state, lines(0, 1));
      totals.cash += out.cash;
      totals.reversed += out.pointsToReverse.reduce((s, l) => s + l.amount, 0);
      for (const l of out.pointsToReturn)
        returnedByLot.set(l.lotId, (returnedByLot.get(l.lotId) ?? 0) + l.amount);
      state = out.snapshot;
    }
    expect(totals.cash).toBe(30_000);
    expect(totals.reversed).toBe(30);
    expect([...returnedByLot.values()].reduce((a, b) => a + b, 0)).toBe(10);
    const again = refundOk(state, lines(0, 1));
    expect(again).toMatchObject({ cash: 0, pointsToReverse: [], pointsToReturn: [], isNoop: true });
  });

  it("rounds each line's money down until the last unit: 1 of 3 units of 100.01 RUB returns 33.33", () => {
    const odd: OrderSnapshot = {
      lines: [
        {
          quantity: 3,
          paid: 10_001,
          pointsEarned: 0,
          pointsSpent: 0,
          cashbackEarned: 0,
          cashbackSpent: 0,
          refunded: 0,
        },
      ],
      earnedLots: [],
      spentLots: [],
    };
    const first = refundOk(odd, lines(0, 1));
    expect(first.cash).toBe(3_333);
    const second = refundOk(first.snapshot, lines(0, 1));
    expect(second.cash).toBe(3_334);
    expect(refundOk(second.snapshot, lines(0, 1)).cash).toBe(3_334);
  });

  it("returns the points of a line paid fully with points", () => {
    const out = refundOk(snapshot, lines(1, 1));
    expect(out.cash).toBe(0);
    expect(out.pointsToReturn.reduce((s, l) => s + l.amount, 0)).toBe(100);
  });

  it("clamps a quantity beyond the line to what is left", () => {
    const out = refundOk(snapshot, lines(2, 99));
    expect(out.cash).toBe(10_001);
    expect(out.cashbackToReturn).toBe(500);
  });

  it("spreads an amount refund over lines by money left and reverses in proportion", () => {
    const out = refundOk(snapshot, { kind: "amount", amount: 20_001 });
    expect(out.cash).toBe(20_001);
    expect(out.pointsToReverse).toEqual([{ lotId: "e1", amount: 18 }]);
    expect(out.pointsToReturn.reduce((s, l) => s + l.amount, 0)).toBe(6);
    const rest = refundOk(out.snapshot, { kind: "amount", amount: 1_000_000 });
    expect(rest.cash).toBe(20_000);
  });

  it.each<[string, OrderSnapshot, Refund, string]>([
    ["an unknown line", snapshot, lines(7, 1), "refund.invalidLine"],
    ["a zero quantity", snapshot, lines(0, 0), "refund.invalidLine"],
    ["a negative amount", snapshot, { kind: "amount", amount: -1 }, "refund.invalidAmount"],
    [
      "lots that do not match the lines",
      { ...snapshot, earnedLots: [] },
      lines(0, 1),
      "refund.invalidSnapshot",
    ],
  ])("rejects %s", (_name, from, refund, key) => {
    const result = computeRefund(from, refund);
    expect(result.ok ? "ok" : result.error.key).toBe(key);
  });
});

const snapshotArb: fc.Arbitrary<OrderSnapshot> = fc
  .array(
    fc.record({
      quantity: fc.integer({ min: 1, max: 7 }),
      paid: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1_000_000 })),
      pointsEarned: fc.nat(5_000),
      pointsSpent: fc.nat(5_000),
      cashbackEarned: fc.nat(5_000),
      cashbackSpent: fc.nat(5_000),
      refunded: fc.constant(0),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .chain((ls) => {
    const earned = ls.reduce((s, l) => s + l.pointsEarned, 0);
    const spent = ls.reduce((s, l) => s + l.pointsSpent, 0);
    return fc.record({
      lines: fc.constant(ls),
      earnedLots: splitInto(earned, "e"),
      spentLots: splitInto(spent, "s"),
    });
  });

function splitInto(total: number, prefix: string): fc.Arbitrary<LotAmount[]> {
  return fc.array(fc.nat(total), { maxLength: 3 }).map((cuts) => {
    const points = [0, ...cuts.sort((a, b) => a - b), total];
    return points
      .slice(1)
      .map((p, i) => ({ lotId: `${prefix}${i}`, amount: p - (points[i] ?? 0) }));
  });
}

const refundArb = (lineCount: number): fc.Arbitrary<Refund> =>
  fc.oneof(
    fc.record({
      kind: fc.constant("lines" as const),
      lines: fc.array(
        fc.record({ index: fc.nat(lineCount - 1), quantity: fc.integer({ min: 1, max: 4 }) }),
        { minLength: 1, maxLength: 3 },
      ),
    }),
    fc.record({ kind: fc.constant("amount" as const), amount: fc.nat(600_000) }),
  );

function addTo(map: Map<string, number>, lots: LotAmount[]): void {
  for (const l of lots) map.set(l.lotId, (map.get(l.lotId) ?? 0) + l.amount);
}

describe("computeRefund properties", () => {
  it("never over-refunds along any sequence, and refunding the rest returns exactly everything", () => {
    fc.assert(
      fc.property(
        snapshotArb.chain((s) =>
          fc.tuple(fc.constant(s), fc.array(refundArb(s.lines.length), { maxLength: 8 })),
        ),
        ([start, refunds]) => {
          let state = start;
          let cash = 0;
          let cashbackReversed = 0;
          let cashbackReturned = 0;
          const reversed = new Map<string, number>();
          const returned = new Map<string, number>();
          const check = () => {
            for (const lot of start.earnedLots)
              expect(reversed.get(lot.lotId) ?? 0).toBeLessThanOrEqual(lot.amount);
            for (const lot of start.spentLots)
              expect(returned.get(lot.lotId) ?? 0).toBeLessThanOrEqual(lot.amount);
            expect(cash).toBeLessThanOrEqual(start.lines.reduce((s, l) => s + l.paid, 0));
          };
          const apply = (out: RefundOutcome) => {
            for (const l of [...out.pointsToReverse, ...out.pointsToReturn])
              expect(l.amount).toBeGreaterThan(0);
            expect(out.cash).toBeGreaterThanOrEqual(0);
            cash += out.cash;
            cashbackReversed += out.cashbackToReverse;
            cashbackReturned += out.cashbackToReturn;
            addTo(reversed, out.pointsToReverse);
            addTo(returned, out.pointsToReturn);
            state = out.snapshot;
            check();
          };
          for (const refund of refunds) apply(refundOk(state, refund));
          apply(
            refundOk(state, {
              kind: "lines",
              lines: start.lines.map((l, index) => ({ index, quantity: l.quantity })),
            }),
          );
          expect(cash).toBe(start.lines.reduce((s, l) => s + l.paid, 0));
          expect(cashbackReversed).toBe(start.lines.reduce((s, l) => s + l.cashbackEarned, 0));
          expect(cashbackReturned).toBe(start.lines.reduce((s, l) => s + l.cashbackSpent, 0));
          for (const lot of start.earnedLots) expect(reversed.get(lot.lotId) ?? 0).toBe(lot.amount);
          for (const lot of start.spentLots) expect(returned.get(lot.lotId) ?? 0).toBe(lot.amount);
          expect(refundOk(state, { kind: "amount", amount: 1 }).isNoop).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
