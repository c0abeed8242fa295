import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { SignJWT } from "jose";
import { openDatabase } from "@/db/open";
import { createAuth } from "@/server/auth/auth";
import { openSecret } from "@/server/crypto/secret-box";
import { SignUpInput, signUpMerchant } from "@/server/services/accounts/sign-up-merchant";
import type { ServiceContext } from "@/server/services/context";
import { createApiKey } from "@/server/services/integration/create-api-key";
import { getIntegrationSettings } from "@/server/services/integration/get-integration-settings";
import { adjustPoints } from "@/server/services/members/adjust-points";
import { enrollMember } from "@/server/services/members/enroll-member";
import { createProgram } from "@/server/services/programs/create-program";
import { publishProgram } from "@/server/services/programs/publish-program";

/** A realistic points program: 5% back, 30% of an order payable, points live a year. */
const bonusProgram = {
  type: "bonus",
  bonus: {
    earn: { kind: "percent", percentBp: 500 },
    activationDelayDays: 14,
    expiryDays: 365,
    redemption: { minBalance: 100, payment: { maxShareBp: 3000 } },
  },
};

/** Migrates the bench database and sets up one store the way an owner would, through services. */
export async function prepareBenchStore(url: string, memberCount: number) {
  const database = await openDatabase({ kind: "postgres", url, poolSize: 10 });
  try {
    const { db } = database;
    const auth = createAuth(db);
    const { merchantId, userId } = await signUpMerchant({
      auth,
      input: SignUpInput.parse({
        name: "Bench Owner",
        email: `bench-${randomUUID()}@example.com`,
        password: "bench password 42",
        store: { name: "Bench store", currency: "RUB", timezone: "Europe/Moscow" },
      }),
    });
    const ctx: ServiceContext = {
      merchantId,
      db,
      actor: { kind: "staff", userId, role: "owner", label: "bench" },
    };
    const { programId } = await createProgram({
      ctx,
      input: { name: "Points", config: bonusProgram },
    });
    await publishProgram({ ctx, input: { programId } });
    const { key: publishableKey } = await createApiKey({
      ctx,
      input: { kind: "publishable", name: "Bench widget" },
    });
    const tokenSecret = openSecret(
      (await getIntegrationSettings(db, merchantId)).sealedTokenSecret,
    );
    const tokens: string[] = [];
    for (let i = 0; i < memberCount; i++) {
      const externalId = `bench-member-${i}`;
      await enrollMember({ ctx, input: { externalId, name: `Member ${i}` } });
      const input = { member: { externalId }, amount: 5_000, reason: "bench opening balance" };
      await adjustPoints({
        ctx,
        input: { ...input, idempotencyKey: randomUUID(), expiresInDays: 20 },
      });
      tokens.push(await signToken(tokenSecret, merchantId, externalId));
    }
    // A store in production has planner statistics; a database filled a second ago has none,
    // and the planner would scan every member's balance to find one.
    await db.execute(sql`analyze`);
    return { merchantId, publishableKey, tokens };
  } finally {
    await database.close();
  }
}

/** What the store's backend hands the widget: 15 minutes, the longest a token may live. */
function signToken(secret: string, merchantId: string, externalId: string) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ sub: externalId, merchant: merchantId, exp: now + 15 * 60, iat: now })
    .setProtectedHeader({ alg: "HS256" })
    .sign(new TextEncoder().encode(secret));
}
