import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/database";
import { members } from "@/db/schema";
import type { ProgramConfigInput } from "@/server/engine";
import * as quoteRoute from "../endpoints/widget-quote";
import { callHandler, type RestStore, storeOrigin } from "./rest-store";

export const cart = {
  currency: "RUB",
  lines: [
    { sku: "TEA-001", name: "Да Хун Пао", category: "tea", unitPrice: 89_000, quantity: 2 },
    { sku: "CUP-7", name: "Чашка", category: "ware", unitPrice: 45_000, quantity: 1 },
  ],
};
export const engineLines = cart.lines.map(({ name: _, ...line }) => line);

/** 1 point per 100 RUB, 30% payable with points, VIP from 10,000 RUB lifetime with 10% off. */
export const tiersProgram: ProgramConfigInput = {
  type: "tiers",
  bonus: {
    earn: { kind: "perAmount", points: 1, perAmount: 10_000 },
    redemption: { payment: { maxShareBp: 3000 } },
  },
  tiers: {
    metric: "spend",
    period: { kind: "lifetime" },
    levels: [
      { id: "base", name: "Base", threshold: 0 },
      { id: "vip", name: "VIP", threshold: 1_000_000, discountBp: 1000, freeShipping: true },
    ],
  },
};

/** The headers the widget sends from the store's page. */
export function widgetHeaders(
  store: RestStore,
  token?: string,
  origin: string | null = storeOrigin,
) {
  return {
    "x-kopilka-key": store.publishableKey,
    ...(origin ? { origin } : {}),
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
}

export const postQuote = (
  headers: Record<string, string>,
  body: unknown = { cart, pointsToSpend: 0 },
) => callHandler(quoteRoute.POST, "/widget/quote", { headers, body });

export async function findByExternalId(db: Db, store: RestStore, externalId: string) {
  const [row] = await db
    .select()
    .from(members)
    .where(and(eq(members.merchantId, store.ctx.merchantId), eq(members.externalId, externalId)));
  return row;
}
