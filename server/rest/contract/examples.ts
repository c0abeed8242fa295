/** Example payloads for the OpenAPI document; a unit test parses each against its schema. */
export const exampleLines = [
  { sku: "TEA-001", category: "tea", unitPrice: 89_000, quantity: 2, isOnSale: false },
];

export const exampleQuote = {
  currency: "RUB",
  totals: {
    subtotal: 178_000,
    lineDiscount: 17_800,
    orderDiscount: 0,
    discount: 17_800,
    pointsValue: 15_000,
    cashbackSpent: 0,
    total: 145_200,
  },
  lines: [
    {
      sku: "TEA-001",
      quantity: 2,
      gross: 178_000,
      discount: 17_800,
      orderDiscount: 0,
      pointsSpent: 150,
      pointsValue: 15_000,
      cashbackSpent: 0,
      paid: 145_200,
      pointsEarned: 14,
      cashbackEarned: 0,
    },
  ],
  spend: {
    maxPoints: 480,
    limit: "maxShare",
    requested: 150,
    applied: 150,
    value: 15_000,
    pointsTotal: 150,
    reward: null,
  },
  earn: { points: 14 },
  cashback: { maxSpend: 0, applied: 0, earned: 0 },
  tier: {
    tierId: "vip",
    name: "VIP",
    nextTierId: "gold",
    remaining: 250_000,
    remainingAfterOrder: 104_800,
  },
  perks: { freeShipping: true, items: [] },
  reasons: [
    { key: "discount.tier", params: { percent: 10, tier: "VIP" } },
    { key: "spend.limit.maxShare", params: { percent: 30, points: 480, amount: 48_060 } },
    { key: "earn.rate.perAmount", params: { points: 1, per: 10_000 } },
  ],
};

export const exampleOrder = {
  id: "0d8c7a52-5f3e-4c1b-9a7e-2b6f1e4d3c21",
  externalId: "A-1001",
  cartId: "cart-7f3a",
  status: "placed",
  subtotal: 178_000,
  discount: 17_800,
  redeemedPoints: 150,
  earnedPoints: 14,
  cashback: 0,
  total: 145_200,
  refundedAmount: 0,
  programVersionIds: ["9e2d4b7a-1c3f-4e5d-8a9b-0c1d2e3f4a5b"],
};

export const exampleProfile = {
  externalId: "cust-42",
  name: "Ирина",
  email: "irina@example.com",
  phone: "+79001234567",
  birthday: "1990-04-12",
  isBlocked: false,
  joinedAt: "2026-01-15T09:30:00.000Z",
  consent: {
    email: true,
    emailAt: "2026-01-15T09:30:00.000Z",
    emailSource: "checkout checkbox",
    sms: false,
    smsAt: null,
    smsSource: null,
  },
};

export const exampleMember = {
  ...exampleProfile,
  cardNumber: "100000000042",
  tier: { id: "vip", name: "VIP" },
  balance: {
    available: 1200,
    pending: 300,
    held: 0,
    spendable: 1200,
    cashback: 0,
    pendingCashback: 0,
    debt: 0,
  },
  stats: {
    ordersCount: 7,
    totalSpent: 1_254_000,
    firstOrderAt: "2026-01-20T10:00:00.000Z",
    lastOrderAt: "2026-11-02T18:45:00.000Z",
  },
};

export const exampleHistory = {
  entries: [
    {
      id: 912,
      at: "2026-11-02T18:45:00.000Z",
      kind: "earn",
      amount: 14,
      available: 0,
      pending: 14,
      held: 0,
      reason: "points earned on the order",
      orderId: "A-1001",
    },
    {
      id: 911,
      at: "2026-11-02T18:45:00.000Z",
      kind: "spend",
      amount: -150,
      available: 0,
      pending: 0,
      held: -150,
      reason: "order paid",
      orderId: "A-1001",
    },
  ],
  nextBefore: 911,
};
