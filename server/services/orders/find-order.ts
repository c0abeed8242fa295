import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { orders } from "@/db/schema";
import { NotFound } from "@/server/errors";

/** By the store's order id; `lock` takes the row lock (after the member lock, never before). */
export async function findOrder(
  db: Executor,
  merchantId: string,
  externalId: string,
  lock = false,
) {
  const query = db
    .select()
    .from(orders)
    .where(and(eq(orders.merchantId, merchantId), eq(orders.externalId, externalId)));
  const [order] = lock ? await query.for("update") : await query;
  if (!order) throw new NotFound("Order not found");
  return order;
}

/** The open reservation of a cart, if any (locked). */
export async function findReservedCart(db: Executor, merchantId: string, cartId: string) {
  const [order] = await db
    .select()
    .from(orders)
    .where(
      and(
        eq(orders.merchantId, merchantId),
        eq(orders.cartId, cartId),
        eq(orders.status, "reserved"),
      ),
    )
    .for("update");
  return order ?? null;
}
