import type { Db } from "../../database";
import { guestOrders } from "../../schema";
import { createRandom } from "./random";

const day = 86_400_000;

/**
 * A year of orders from shoppers outside the program (what the store reports through
 * POST /api/v1/guest-orders), so the demo dashboard compares members with non-members.
 * Non-members buy less often and a little less per order. Deterministic for a given `now`.
 */
export async function seedDemoGuestOrders({
  db,
  merchantId,
  now,
  customers = 800,
}: {
  db: Db;
  merchantId: string;
  now: Date;
  customers?: number;
}) {
  const random = createRandom(20_240_777);
  const end = now.getTime() - 2 * 60 * 60_000;
  const start = now.getTime() - 365 * day;
  const rows: (typeof guestOrders.$inferInsert)[] = [];
  for (let c = 1; c <= customers; c++) {
    let at = start + random.int(0, 364) * day + random.int(0, 86_399) * 1000;
    while (at < end) {
      const amount = random.int(8, 60) * 10_000;
      rows.push({
        merchantId,
        externalId: `W-${String(rows.length + 1).padStart(6, "0")}`,
        customerRef: `guest-${c}`,
        amount,
        refundedAmount: random.chance(0.03) ? amount : 0,
        paidAt: new Date(at),
      });
      if (!random.chance(0.45)) break;
      at += random.int(20, 120) * day;
    }
  }
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insert(guestOrders)
      .values(rows.slice(i, i + 500))
      .onConflictDoNothing();
  }
  return rows.length;
}
