import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { referralCodes } from "@/db/schema";
import { CODE_LENGTH, makeReferralCode } from "@/server/engine";

const attempts = 5;

/**
 * The member's share code, made on first use. 30^8 codes make a clash rare; a clash (or a twin
 * request making the same member's code) is retried, and the stored code always wins.
 */
export async function ensureReferralCode(
  db: Executor,
  merchantId: string,
  memberId: string,
): Promise<string> {
  const ofMember = and(
    eq(referralCodes.merchantId, merchantId),
    eq(referralCodes.memberId, memberId),
  );
  for (let i = 0; i < attempts; i++) {
    const [known] = await db
      .select({ code: referralCodes.code })
      .from(referralCodes)
      .where(ofMember);
    if (known) return known.code;
    const code = makeReferralCode(randomBytes(CODE_LENGTH));
    const [made] = await db
      .insert(referralCodes)
      .values({ merchantId, memberId, code })
      .onConflictDoNothing()
      .returning({ code: referralCodes.code });
    if (made) return made.code;
  }
  throw new Error("Could not make a unique referral code");
}
