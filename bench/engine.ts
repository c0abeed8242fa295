import { writeFileSync } from "node:fs";
import os from "node:os";
import { type MemberState, ProgramConfig, type QuoteInput, quote } from "@/server/engine";

/** A realistic combined program: member discount + points + tiers + a weekend window. */
const config = ProgramConfig.parse({
  type: "combined",
  primary: "bonus",
  discount: {
    rule: { kind: "fixed", percentBp: 300 },
    excludedCategories: ["gift-cards"],
    excludeOnSale: true,
  },
  bonus: {
    earn: { kind: "percent", percentBp: 500 },
    excludedCategories: ["gift-cards"],
    categoryMultipliers: [{ category: "shoes", multiplierBp: 15_000 }],
    activationDelayDays: 14,
    expiryDays: 365,
    redemption: {
      minBalance: 100,
      payment: { maxShareBp: 3000 },
      excludedCategories: ["gift-cards"],
    },
  },
  tiers: {
    metric: "spend",
    period: { kind: "rollingDays", days: 365 },
    levels: [
      { id: "silver", name: "Silver", threshold: 0 },
      {
        id: "gold",
        name: "Gold",
        threshold: 5_000_000,
        discountBp: 500,
        earn: { kind: "percent", percentBp: 700 },
      },
      { id: "vip", name: "VIP", threshold: 20_000_000, discountBp: 700, freeShipping: true },
    ],
  },
  windows: [{ id: "weekend", weekdays: [6, 7], categories: ["shoes"], earnMultiplierBp: 20_000 }],
  birthday: { windowDays: 7, earnMultiplierBp: 20_000 },
});

const member: MemberState = {
  tierId: "gold",
  availablePoints: 4_000,
  pendingPoints: 250,
  cashbackBalance: 0,
  stats: { "spend:days:365": 7_500_000 },
  birthDate: { month: 3, day: 20 },
  clubProgramIds: [],
  isBlocked: false,
};

const categories = ["shoes", "shirts", "socks", "gift-cards", "bags"];

function makeInput(lineCount: number): QuoteInput {
  const lines = Array.from({ length: lineCount }, (_, i) => ({
    sku: `SKU-${i}`,
    category: categories[i % categories.length] ?? "shoes",
    unitPrice: 49_900 + ((i * 7_919) % 250_000),
    quantity: 1 + (i % 3),
    isOnSale: i % 7 === 3,
  }));
  return {
    versions: [{ id: "v1", programId: "p1", config }],
    member,
    cart: { currency: "RUB", lines },
    context: {
      now: new Date("2025-03-15T12:30:00Z"),
      timezone: "Europe/Moscow",
      pointsToSpend: 1_500,
    },
  };
}

/** Quotes per CPU-second, median of rounds: a single-core figure that survives a busy machine. */
function measure(input: QuoteInput, seconds: number): { perSecond: number; wallPerSecond: number } {
  let sink = 0;
  for (let i = 0; i < 20_000; i++) sink += quote(input).totals.total;
  const rounds: number[] = [];
  const wallRounds: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  while (performance.now() < deadline || rounds.length < 5) {
    const cpu = process.cpuUsage();
    const wall = performance.now();
    for (let i = 0; i < 5_000; i++) sink += quote(input).totals.total;
    const used = process.cpuUsage(cpu);
    rounds.push(5_000 / ((used.user + used.system) / 1e6));
    wallRounds.push(5_000 / ((performance.now() - wall) / 1000));
  }
  if (sink < 0) throw new Error("totals are never negative");
  return { perSecond: Math.round(median(rounds)), wallPerSecond: Math.round(median(wallRounds)) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? 0;
}

const seconds = 3;
const results = [5, 50].map((lines) => {
  const { perSecond, wallPerSecond } = measure(makeInput(lines), seconds);
  return {
    lines,
    quotesPerSecond: perSecond,
    microsecondsPerQuote: Number((1e6 / perSecond).toFixed(2)),
    wallQuotesPerSecond: wallPerSecond,
  };
});

console.table(results);
const cpu = os.cpus()[0];
writeFileSync(
  new URL("./results/engine.json", import.meta.url),
  `${JSON.stringify(
    {
      machine: cpu?.model ?? "unknown",
      cores: os.cpus().length,
      node: process.version,
      date: new Date().toISOString(),
      program:
        "combined: 3% discount, 5% points (shoes x1.5), 3 tiers, weekend x2 window, birthday x2",
      results,
    },
    null,
    2,
  )}\n`,
);
const [q5, q50] = results;
console.log(
  `bench:engine q5_per_s=${q5?.quotesPerSecond ?? 0} q50_per_s=${q50?.quotesPerSecond ?? 0}`,
);
