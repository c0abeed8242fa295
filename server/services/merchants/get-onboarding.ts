import { and, eq, isNotNull, isNull, ne, or, sql } from "drizzle-orm";
import { apiKeys, merchants, orders, programVersions } from "@/db/schema";
import type { ServiceContext } from "../context";

export const onboardingSteps = ["store", "program", "widget", "order"] as const;
export type OnboardingStep = (typeof onboardingSteps)[number];

/**
 * The first-run checklist, each step read from what exists: store details, a published
 * program, a publishable key (or any key already used), a first order past the cart.
 */
export async function getOnboarding({ ctx }: { ctx: ServiceContext }) {
  const exists = (query: ReturnType<typeof sql>) => sql<boolean>`exists(${query})`;
  const [row] = await ctx.db
    .select({
      store: sql<boolean>`${merchants.name} <> '' and ${merchants.currency} <> '' and ${merchants.timezone} <> ''`,
      program: exists(
        sql`select 1 from ${programVersions} where ${and(
          eq(programVersions.merchantId, ctx.merchantId),
          eq(programVersions.status, "published"),
        )}`,
      ),
      widget: exists(
        sql`select 1 from ${apiKeys} where ${and(
          eq(apiKeys.merchantId, ctx.merchantId),
          or(
            and(eq(apiKeys.kind, "publishable"), isNull(apiKeys.revokedAt)),
            isNotNull(apiKeys.lastUsedAt),
          ),
        )}`,
      ),
      order: exists(
        sql`select 1 from ${orders} where ${and(eq(orders.merchantId, ctx.merchantId), ne(orders.status, "reserved"))}`,
      ),
    })
    .from(merchants)
    .where(eq(merchants.id, ctx.merchantId));
  const done: Record<OnboardingStep, boolean> = {
    store: Boolean(row?.store),
    program: Boolean(row?.program),
    widget: Boolean(row?.widget),
    order: Boolean(row?.order),
  };
  return {
    steps: onboardingSteps.map((step) => ({ step, isDone: done[step] })),
    isComplete: onboardingSteps.every((step) => done[step]),
  };
}
