import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planReversal } from "./debt";
import { allocateSpend, findExpired, type Lot, sumAvailable } from "./lots";
import { quote } from "./quote";
import { computeRefund, type OrderSnapshot } from "./refund";
import { buildOrderSnapshot } from "./snapshot";
import { line, makeInput, makeMember } from "./testing";

const START = new Date("2025-03-12T09:00:00Z").getTime();
const DAY = 86_400_000;

/** A member's ledger driven only through the engine's pure functions. */
class Ledger {
  lots = new Map<string, Lot>();
  orders: OrderSnapshot[] = [];
  now = START;
  totals = { earned: 0, spent: 0, expired: 0, reversed: 0, returned: 0, debt: 0 };
  private nextId = 0;

  earn(amount: number, delayDays: number, expiryDays: number | null): string {
    const id = `lot${this.nextId++}`;
    const availableAt = new Date(this.now + delayDays * DAY);
    const expiresAt =
      expiryDays === null ? null : new Date(availableAt.getTime() + expiryDays * DAY);
    this.lots.set(id, { id, remaining: amount, availableAt, expiresAt });
    this.totals.earned += amount;
    return id;
  }

  order(spend: number, earn: number, lines: { quantity: number; paid: number; w: number }[]): void {
    const available = sumAvailable([...this.lots.values()], new Date(this.now));
    const allocation = allocateSpend(
      [...this.lots.values()],
      Math.min(spend, available),
      new Date(this.now),
    );
    if (!allocation.ok) throw new Error("allocation within balance must succeed");
    for (const { lotId, amount } of allocation.value) this.take(lotId, amount);
    const spent = allocation.value.reduce((s, l) => s + l.amount, 0);
    this.totals.spent += spent;
    const earnedLot = this.earn(earn, 1, 30);
    const weights = lines.map((l) => l.w + 1);
    const split = (total: number) => {
      const sum = weights.reduce((a, b) => a + b, 0);
      const parts = weights.map((w) => Math.floor((total * w) / sum));
      parts[0] = (parts[0] ?? 0) + total - parts.reduce((a, b) => a + b, 0);
      return parts;
    };
    const earnedParts = split(earn);
    const spentParts = split(spent);
    this.orders.push({
      lines: lines.map((l, i) => ({
        quantity: l.quantity,
        paid: l.paid,
        pointsEarned: earnedParts[i] ?? 0,
        pointsSpent: spentParts[i] ?? 0,
        cashbackEarned: 0,
        cashbackSpent: 0,
        refunded: 0,
      })),
      earnedLots: [{ lotId: earnedLot, amount: earn }],
      spentLots: allocation.value,
    });
  }

  refund(
    orderIndex: number,
    lineIndex: number,
    quantity: number,
    policy: "debt" | "clawbackAvailable",
  ): void {
    const order = this.orders[orderIndex];
    if (!order) return;
    const index = lineIndex % order.lines.length;
    const result = computeRefund(order, { kind: "lines", lines: [{ index, quantity }] });
    if (!result.ok) throw new Error(result.error.key);
    this.orders[orderIndex] = result.value.snapshot;
    for (const { lotId, amount } of result.value.pointsToReturn) {
      const lot = this.lots.get(lotId);
      if (!lot) throw new Error("returned to an unknown lot");
      lot.remaining += amount;
      this.totals.returned += amount;
    }
    const plan = planReversal(
      [...this.lots.values()],
      result.value.pointsToReverse,
      new Date(this.now),
      policy,
    );
    for (const { lotId, amount } of plan.deductions) this.take(lotId, amount);
    this.totals.reversed += plan.deductions.reduce((s, d) => s + d.amount, 0);
    this.totals.debt += plan.debt;
  }

  pass(days: number): void {
    this.now += days * DAY;
    for (const { lotId, amount } of findExpired([...this.lots.values()], new Date(this.now))) {
      this.take(lotId, amount);
      this.totals.expired += amount;
    }
  }

  balance(): number {
    let sum = 0;
    for (const lot of this.lots.values()) sum += lot.remaining;
    return sum;
  }

  private take(lotId: string, amount: number): void {
    const lot = this.lots.get(lotId);
    if (!lot || lot.remaining < amount) throw new Error(`overdraw of ${lotId}`);
    lot.remaining -= amount;
  }
}

const operation = fc.oneof(
  fc.record({
    op: fc.constant("earn" as const),
    amount: fc.integer({ min: 1, max: 500 }),
    delay: fc.nat(3),
    expiry: fc.option(fc.integer({ min: 1, max: 20 })),
  }),
  fc.record({
    op: fc.constant("order" as const),
    spend: fc.nat(800),
    earn: fc.nat(300),
    lines: fc.array(
      fc.record({ quantity: fc.integer({ min: 1, max: 4 }), paid: fc.nat(50_000), w: fc.nat(100) }),
      { minLength: 1, maxLength: 4 },
    ),
  }),
  fc.record({
    op: fc.constant("refund" as const),
    order: fc.nat(10),
    line: fc.nat(3),
    quantity: fc.integer({ min: 1, max: 4 }),
    policy: fc.constantFrom("debt" as const, "clawbackAvailable" as const),
  }),
  fc.record({ op: fc.constant("pass" as const), days: fc.integer({ min: 1, max: 15 }) }),
);

describe("ledger properties", () => {
  it("conserves points: lots hold earned - spent - expired - reversed + returned, and none goes negative", () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), (ops) => {
        const ledger = new Ledger();
        for (const o of ops) {
          if (o.op === "earn") ledger.earn(o.amount, o.delay, o.expiry);
          if (o.op === "order") ledger.order(o.spend, o.earn, o.lines);
          if (o.op === "refund") ledger.refund(o.order, o.line, o.quantity, o.policy);
          if (o.op === "pass") ledger.pass(o.days);
          const t = ledger.totals;
          expect(ledger.balance()).toBe(t.earned - t.spent - t.expired - t.reversed + t.returned);
          for (const lot of ledger.lots.values()) expect(lot.remaining).toBeGreaterThanOrEqual(0);
          expect(t.returned).toBeLessThanOrEqual(t.spent);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("a full refund of a quoted order puts the member back where they were", () => {
    const config = {
      type: "bonus" as const,
      bonus: {
        earn: { kind: "percent" as const, percentBp: 700 },
        redemption: { payment: { maxShareBp: 5_000 } },
      },
    };
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            price: fc.integer({ min: 0, max: 300_000 }),
            quantity: fc.integer({ min: 1, max: 4 }),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        fc.array(
          fc.record({
            amount: fc.integer({ min: 1, max: 400 }),
            expiry: fc.option(fc.integer({ min: 1, max: 90 })),
          }),
          { maxLength: 5 },
        ),
        fc.nat(3_000),
        fc.array(fc.nat(3), { maxLength: 6 }),
        (cartLines, earnedBefore, pointsToSpend, chunks) => {
          const ledger = new Ledger();
          for (const e of earnedBefore) ledger.earn(e.amount, 0, e.expiry);
          ledger.pass(0);
          const before = new Map([...ledger.lots].map(([id, lot]) => [id, lot.remaining]));
          const now = new Date(ledger.now);
          const available = sumAvailable([...ledger.lots.values()], now);
          const lines = cartLines.map((l, i) => line(`s${i}`, l.price, l.quantity));
          const q = quote(
            makeInput([config], lines, makeMember({ availablePoints: available }), {
              now,
              pointsToSpend,
            }),
          );
          const spent = allocateSpend([...ledger.lots.values()], q.spend.pointsTotal, now);
          if (!spent.ok) throw new Error("quote spent more than the balance");
          for (const { lotId, amount } of spent.value) {
            const lot = ledger.lots.get(lotId);
            if (lot) lot.remaining -= amount;
          }
          const earnedIds = q.earn.lots.map((l) => ledger.earn(l.amount, 0, null));
          let snapshot = buildOrderSnapshot(q, earnedIds, spent.value);
          // refund line by line in uneven chunks, then whatever is left
          for (const [i, l] of q.lines.entries()) {
            for (const chunk of chunks) {
              const out = computeRefund(snapshot, {
                kind: "lines",
                lines: [{ index: i, quantity: chunk + 1 }],
              });
              if (!out.ok) throw new Error(out.error.key);
              snapshot = out.value.snapshot;
              applyRefund(ledger, out.value.pointsToReturn, out.value.pointsToReverse);
            }
            const rest = computeRefund(snapshot, {
              kind: "lines",
              lines: [{ index: i, quantity: l.quantity }],
            });
            if (!rest.ok) throw new Error(rest.error.key);
            snapshot = rest.value.snapshot;
            applyRefund(ledger, rest.value.pointsToReturn, rest.value.pointsToReverse);
          }
          for (const [id, lot] of ledger.lots) expect(lot.remaining).toBe(before.get(id) ?? 0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

function applyRefund(
  ledger: Ledger,
  returned: { lotId: string; amount: number }[],
  reversed: { lotId: string; amount: number }[],
): void {
  for (const { lotId, amount } of returned) {
    const lot = ledger.lots.get(lotId);
    if (lot) lot.remaining += amount;
  }
  const plan = planReversal([...ledger.lots.values()], reversed, new Date(ledger.now));
  expect(plan.fromOrderLots).toBe(reversed.reduce((s, r) => s + r.amount, 0));
  for (const { lotId, amount } of plan.deductions) {
    const lot = ledger.lots.get(lotId);
    if (lot) lot.remaining -= amount;
  }
}
