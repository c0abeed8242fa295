import { describe, expect, it } from "vitest";
import { allocateSpend, findExpired, type Lot, sumAvailable, sumPending } from "./lots";

const NOW = new Date("2025-03-12T09:00:00Z");
const day = (n: number) => new Date(NOW.getTime() + n * 86_400_000);
const lot = (id: string, remaining: number, availableAt: Date, expiresAt: Date | null): Lot => ({
  id,
  remaining,
  availableAt,
  expiresAt,
});

const lots = [
  lot("forever-old", 100, day(-300), null),
  lot("soon", 30, day(-10), day(5)),
  lot("later", 50, day(-20), day(40)),
  lot("pending", 500, day(3), day(100)),
  lot("expired", 70, day(-400), day(-1)),
  lot("forever-new", 20, day(-1), null),
  lot("empty", 0, day(-5), day(1)),
];

describe("allocateSpend", () => {
  it.each([
    [10, [{ lotId: "soon", amount: 10 }]],
    [30, [{ lotId: "soon", amount: 30 }]],
    [
      60,
      [
        { lotId: "soon", amount: 30 },
        { lotId: "later", amount: 30 },
      ],
    ],
    [
      150,
      [
        { lotId: "soon", amount: 30 },
        { lotId: "later", amount: 50 },
        { lotId: "forever-old", amount: 70 },
      ],
    ],
    [
      200,
      [
        { lotId: "soon", amount: 30 },
        { lotId: "later", amount: 50 },
        { lotId: "forever-old", amount: 100 },
        { lotId: "forever-new", amount: 20 },
      ],
    ],
    [0, []],
  ])("spends %i soonest-expiring first, never-expiring oldest first", (amount, expected) => {
    expect(allocateSpend(lots, amount, NOW)).toEqual({ ok: true, value: expected });
  });

  it("refuses to overdraw, counting only available lots", () => {
    expect(allocateSpend(lots, 201, NOW)).toEqual({
      ok: false,
      error: { key: "spend.insufficient", params: { requested: 201, available: 200 } },
    });
  });

  it("treats a lot as available from availableAt and gone at expiresAt", () => {
    const edge = [lot("a", 10, NOW, day(1)), lot("b", 10, day(-1), NOW)];
    expect(allocateSpend(edge, 10, NOW)).toEqual({ ok: true, value: [{ lotId: "a", amount: 10 }] });
    expect(allocateSpend(edge, 11, NOW).ok).toBe(false);
  });

  it("rejects a fractional or negative amount", () => {
    expect(allocateSpend(lots, -1, NOW).ok).toBe(false);
    expect(allocateSpend(lots, 0.5, NOW).ok).toBe(false);
  });
});

describe("balances and expiry", () => {
  it("sums available and pending points", () => {
    expect(sumAvailable(lots, NOW)).toBe(200);
    expect(sumPending(lots, NOW)).toBe(500);
  });

  it("finds what expired, and only that", () => {
    expect(findExpired(lots, NOW)).toEqual([{ lotId: "expired", amount: 70 }]);
    expect(findExpired(lots, day(5)).map((e) => e.lotId)).toEqual(["soon", "expired"]);
  });
});
