import type { ProgramConfigInput } from "@/server/engine";

/**
 * The demo's program (1 point per 100 RUB, VIP over 10,000 RUB a month) with points payable
 * for up to 30% of an order, so every benchmarked order earns, spends and touches tier stats.
 */
export const benchProgram: ProgramConfigInput = {
  type: "tiers",
  tiers: {
    metric: "spend",
    period: { kind: "calendarMonth" },
    levels: [
      { id: "member", name: "Member", threshold: 0 },
      { id: "vip", name: "VIP", threshold: 1_000_001, freeShipping: true },
    ],
  },
  bonus: {
    earn: { kind: "perAmount", points: 1, perAmount: 10_000 },
    expiryDays: 365,
    redemption: { payment: { maxShareBp: 3000 } },
  },
};

export const benchLines = [
  [{ sku: "TEA-001", category: "tea", unitPrice: 89_000, quantity: 1 }],
  [
    { sku: "COF-002", category: "coffee", unitPrice: 219_000, quantity: 1 },
    { sku: "SWT-001", category: "sweets", unitPrice: 35_000, quantity: 2 },
  ],
  [
    { sku: "ACC-002", category: "accessories", unitPrice: 129_000, quantity: 1 },
    { sku: "TEA-002", category: "tea", unitPrice: 54_000, quantity: 3 },
    { sku: "SWT-002", category: "sweets", unitPrice: 64_000, quantity: 1, isOnSale: true },
  ],
];

/** Points each benchmarked order asks to spend (always within the 30% cap of these carts). */
export const pointsPerOrder = 100;
