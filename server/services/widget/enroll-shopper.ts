import type { ServiceContext } from "../context";
import type { Shopper } from "../integration/verify-shopper-token";
import { createWriteBatch } from "../ledger/write-batch";
import { enrollMember } from "../members/enroll-member";
import { joinWithCode } from "../referrals/join-with-code";

type Join = { referralCode?: string; now?: Date };

/**
 * A signed-in shopper seen for the first time becomes a member, with the profile the token
 * carries; a `ref` code the widget kept links them to the friend who invited them.
 */
export async function enrollShopper(ctx: ServiceContext, shopper: Shopper, join: Join = {}) {
  const { customerId, name, email, phone, birthday } = shopper;
  const input = { externalId: customerId, name, email, phone, birthday };
  const { referralCode: code } = join;
  if (!code) return enrollMember({ ctx, input });
  return ctx.db.transaction(async (tx) => {
    const scoped = { ...ctx, db: tx };
    const friend = await enrollMember({ ctx: scoped, input });
    const batch = createWriteBatch();
    await joinWithCode(tx, batch, scoped, {
      friend,
      code,
      source: {},
      now: join.now ?? new Date(),
    });
    await batch.flush(tx);
    return friend;
  });
}
