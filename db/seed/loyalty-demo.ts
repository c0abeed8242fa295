import { eq } from "drizzle-orm";
import { activatePending } from "@/server/jobs/activate-pending";
import { expireLots } from "@/server/jobs/expire-lots";
import { rebuildRollups } from "@/server/services/analytics/rebuild-rollups";
import type { ServiceContext } from "@/server/services/context";
import { adjustPoints } from "@/server/services/members/adjust-points";
import { enrollMember } from "@/server/services/members/enroll-member";
import { getMemberBalance } from "@/server/services/members/get-balance";
import { rewardAction } from "@/server/services/members/reward-action";
import { markOrderPaid } from "@/server/services/orders/mark-paid";
import { refundOrder } from "@/server/services/orders/refund-order";
import { createProgram } from "@/server/services/programs/create-program";
import { publishProgram } from "@/server/services/programs/publish-program";
import type { Db } from "../database";
import { products, programs } from "../schema";
import { seedDemoGuestOrders } from "./loyalty-demo/guest-orders";
import { demoBuyer, planDemo, type SeedEvent } from "./loyalty-demo/plan";
import { tenOff, vipProgram } from "./loyalty-demo/vip-program";

const week = 7 * 86_400_000;
// Spends activate due points themselves; the jobs only need to catch up now and then.
const jobEveryWeeks = 13;

/**
 * A bonus + tiers program and a year of members and orders, all through the services (so every
 * rule, lot and ledger entry is real). Deterministic for a given `now`; one transaction per week.
 */
export async function seedLoyaltyDemo({
  db,
  merchantId,
  now,
  members = 2_000,
}: {
  db: Db;
  merchantId: string;
  now: Date;
  members?: number;
}) {
  const started = Date.now();
  const ctx: ServiceContext = { merchantId, actor: { kind: "system", label: "Demo data" }, db };
  const existing = await db
    .select({ id: programs.id })
    .from(programs)
    .where(eq(programs.merchantId, merchantId))
    .limit(1);
  if (existing.length > 0) return { created: false, members: 0, orders: 0, ms: 0 };

  const catalog = await db.select().from(products).where(eq(products.merchantId, merchantId));
  if (catalog.length === 0)
    throw new Error("seedLoyaltyDemo needs the store's catalog: seed products first");
  const events = planDemo({ now, products: catalog, members });
  const { programId } = await createProgram({
    ctx,
    input: { name: "Бонусы и VIP", config: vipProgram },
  });
  await publishProgram({
    ctx,
    input: { programId },
    now: new Date(now.getTime() - 366 * 86_400_000),
  });

  for (let i = 0, n = 0; i < events.length; n++) {
    const weekEnd = (events[i]?.at.getTime() ?? 0) + week;
    const batch: SeedEvent[] = [];
    while (i < events.length && (events[i]?.at.getTime() ?? 0) < weekEnd)
      batch.push(events[i++] as SeedEvent);
    const first = batch[0]?.at ?? now;
    if (n % jobEveryWeeks === 0) {
      await activatePending({ db, now: first, merchantId });
      await expireLots({ db, now: first, merchantId });
    }
    await db.transaction(async (tx) => {
      for (const event of batch) await apply({ ...ctx, db: tx }, event);
    });
  }
  await activatePending({ db, now, merchantId });
  await expireLots({ db, now, merchantId });
  await topUpDemoBuyer(ctx, now);
  await seedDemoGuestOrders({ db, merchantId, now });
  await rebuildRollups({ db, merchantId, now });
  return {
    created: true,
    members,
    orders: events.filter((e) => e.kind === "order").length,
    ms: Date.now() - started,
  };
}

async function apply(ctx: ServiceContext, event: SeedEvent) {
  const now = event.at;
  if (event.kind === "join") {
    const member = { externalId: event.externalId };
    await enrollMember({
      ctx,
      input: { externalId: event.externalId, ...event.person, joinedAt: now },
    });
    await rewardAction({
      ctx,
      input: { idempotencyKey: `seed-join-${event.externalId}`, member, action: "signUp" },
      now,
    });
    if (event.person.phone && event.person.birthday) {
      const input = {
        idempotencyKey: `seed-profile-${event.externalId}`,
        member,
        action: "profileCompleted" as const,
      };
      await rewardAction({ ctx, input, now });
    }
    return;
  }
  if (event.kind === "order") {
    const input = {
      idempotencyKey: `seed-${event.orderId}`,
      orderId: event.orderId,
      member: { externalId: event.externalId },
      lines: event.lines,
      rewardId: event.useReward ? tenOff : undefined,
    };
    await markOrderPaid({ ctx, input, now });
    return;
  }
  const lines = event.sku ? [{ sku: event.sku, quantity: 1 }] : undefined;
  await refundOrder({
    ctx,
    input: { idempotencyKey: `seed-refund-${event.orderId}`, orderId: event.orderId, lines },
    now,
  });
}

/** The demo buyer should always have points to try in the cart widget. */
async function topUpDemoBuyer(ctx: ServiceContext, now: Date) {
  const member = { externalId: demoBuyer.externalId };
  const balance = await getMemberBalance({ ctx, member, now });
  if (balance.spendable >= 800) return;
  await adjustPoints({
    ctx,
    input: {
      idempotencyKey: "seed-demo-buyer-top-up",
      member,
      amount: 800 - balance.spendable,
      reason: "Приветственный бонус для демо",
    },
    now,
  });
}
