import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { guestOrders } from "@/db/schema";
import { NotFound } from "@/server/errors";
import type { GuestOrderOutput } from "./guest-order-input";

export async function findGuestOrder(
  db: Executor,
  merchantId: string,
  externalId: string,
  forUpdate = false,
): Promise<GuestOrderOutput> {
  const query = db
    .select()
    .from(guestOrders)
    .where(and(eq(guestOrders.merchantId, merchantId), eq(guestOrders.externalId, externalId)));
  const [row] = forUpdate ? await query.for("update") : await query;
  if (!row) throw new NotFound(`No guest order ${externalId}`);
  return {
    externalId: row.externalId,
    customerRef: row.customerRef,
    amount: row.amount,
    refundedAmount: row.refundedAmount,
    paidAt: row.paidAt.toISOString(),
  };
}
