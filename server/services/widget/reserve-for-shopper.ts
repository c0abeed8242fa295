import { randomUUID } from "node:crypto";
import type { CartLine } from "@/server/engine";
import { NotFound } from "@/server/errors";
import type { ServiceContext } from "../context";
import type { Shopper } from "../integration/verify-shopper-token";
import { findMember } from "../members/find-member";
import { reserveOrder } from "../orders/reserve-order";
import { getLoyaltySettings } from "../settings/get-loyalty-settings";
import { enrollShopper } from "./enroll-shopper";

/**
 * Holds the chosen points for the widget's cart; a second reserve of the cart replaces the
 * first. Each call is a new attempt (the widget sends no idempotency key), so its key is fresh.
 */
export async function reserveForShopper({
  ctx,
  shopper,
  cartId,
  lines,
  pointsToSpend,
  referralCode,
  now = new Date(),
}: {
  ctx: ServiceContext;
  shopper: Shopper;
  cartId: string;
  lines: CartLine[];
  pointsToSpend: number;
  referralCode?: string;
  now?: Date;
}) {
  const member = { externalId: shopper.customerId };
  await findMember({ ctx, ref: member }).catch((error: unknown) => {
    if (error instanceof NotFound) return enrollShopper(ctx, shopper, { referralCode, now });
    throw error;
  });
  const reserved = await reserveOrder({
    ctx,
    input: { idempotencyKey: `widget:${randomUUID()}`, member, cartId, lines, pointsToSpend },
    now,
  });
  const expiresAt =
    reserved.holdExpiresAt ??
    new Date(
      now.getTime() + (await getLoyaltySettings(ctx.db, ctx.merchantId)).holdTtlMinutes * 60_000,
    ).toISOString();
  return {
    holdId: cartId,
    expiresAt,
    pointsHeld: reserved.heldPoints,
    total: reserved.quote.totals.total,
  };
}
