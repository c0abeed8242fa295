import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/database";
import { merchants } from "@/db/schema";
import { expireLots } from "@/server/jobs/expire-lots";
import type { ServiceContext } from "@/server/services/context";
import { recordGuestOrder } from "@/server/services/guest-orders/record-guest-order";
import { refundGuestOrder } from "@/server/services/guest-orders/refund-guest-order";
import { enrollMember } from "@/server/services/members/enroll-member";
import { markOrderPaid } from "@/server/services/orders/mark-paid";
import { refundOrder } from "@/server/services/orders/refund-order";
import { createProgram } from "@/server/services/programs/create-program";
import { publishProgram } from "@/server/services/programs/publish-program";
import { bonusProgram, line } from "./loyalty-fixtures";

export const at = (iso: string) => new Date(iso);
/** "Today" for the fixture: 15 June 2026, noon in Berlin. */
export const fixtureNow = at("2026-06-15T10:00:00Z");

/**
 * A small Berlin store whose figures docs/analytics.md and the dashboard tests work out by hand:
 * 10% back in points (1 point = 1 RUB = 100 kopecks), points live 60 days. Two orders sit on
 * either side of the end of March in Berlin (after the switch to summer time on 29 March).
 */
export async function buildAnalyticsStore(ctx: ServiceContext) {
  await ctx.db
    .update(merchants)
    .set({ timezone: "Europe/Berlin" })
    .where(eq(merchants.id, ctx.merchantId));
  const { programId } = await createProgram({
    ctx,
    input: { name: "Bonus", config: bonusProgram({ expiryDays: 60 }) },
  });
  await publishProgram({ ctx, input: { programId } });
  const join = (externalId: string, joinedAt: string) =>
    enrollMember({ ctx, input: { externalId, name: externalId, joinedAt: at(joinedAt) } });
  const alice = await join("alice", "2026-01-10T09:00:00Z");
  // 23:30 UTC on 28 Feb is 00:30 on 1 March in Berlin: a March member.
  const boris = await join("boris", "2026-02-28T23:30:00Z");
  const clara = await join("clara", "2026-01-20T09:00:00Z");
  const dmitri = await join("dmitri", "2026-04-02T09:00:00Z");
  const pay = (
    orderId: string,
    externalId: string,
    paidAt: string,
    price: number,
    quantity = 1,
    pointsToSpend = 0,
  ) =>
    markOrderPaid({
      ctx,
      now: at(paidAt),
      input: {
        idempotencyKey: randomUUID(),
        orderId,
        member: { externalId },
        lines: [line("TEA", price, quantity)],
        pointsToSpend,
      },
    });
  await pay("A-1", "alice", "2026-01-15T10:00:00Z", 100_000);
  // 22:30 UTC on 31 March is 00:30 on 1 April in Berlin (UTC+2 since 29 March).
  await pay("A-2", "alice", "2026-03-31T22:30:00Z", 200_000);
  await pay("A-3", "alice", "2026-05-05T10:00:00Z", 50_000);
  // 21:30 UTC on 31 March is 23:30 on 31 March in Berlin.
  await pay("B-1", "boris", "2026-03-31T21:30:00Z", 100_000);
  await pay("B-2", "boris", "2026-04-20T10:00:00Z", 100_000, 1, 50);
  await pay("C-1", "clara", "2026-02-05T10:00:00Z", 100_000, 3);
  await refundOrder({
    ctx,
    now: at("2026-02-10T10:00:00Z"),
    input: { idempotencyKey: randomUUID(), orderId: "C-1", amount: 100_000 },
  });
  const guest = (orderId: string, customerRef: string, paidAt: string, amount: number) =>
    recordGuestOrder({
      ctx,
      input: { idempotencyKey: randomUUID(), orderId, customerRef, amount, paidAt },
    });
  await guest("G-1", "x", "2026-04-03T10:00:00Z", 80_000);
  await guest("G-2", "x", "2026-04-25T10:00:00Z", 120_000);
  await guest("G-3", "y", "2026-05-10T10:00:00Z", 100_000);
  await guest("G-4", "z", "2026-03-15T10:00:00Z", 50_000);
  await refundGuestOrder({ ctx, input: { idempotencyKey: randomUUID(), orderId: "G-4" } });
  const expire = (now: string) =>
    expireLots({ db: ctx.db as Db, now: at(now), merchantId: ctx.merchantId });
  await expire("2026-03-20T10:00:00Z");
  await expire("2026-04-10T10:00:00Z");
  await expire("2026-06-01T10:00:00Z");
  return { alice, boris, clara, dmitri };
}
