import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { members, referrals } from "@/db/schema";
import type { ReferralSection } from "@/server/engine";
import type { ServiceContext } from "@/server/services/context";
import { upsertMember } from "@/server/services/integration/upsert-member";
import { markOrderPaid } from "@/server/services/orders/mark-paid";
import { createProgram } from "@/server/services/programs/create-program";
import { publishProgram } from "@/server/services/programs/publish-program";
import { ensureReferralCode } from "@/server/services/referrals/ensure-referral-code";
import { createLoyaltyStore, line } from "./loyalty-fixtures";

export const referralRules: Partial<ReferralSection> = {
  friendBonus: 300,
  referrerBonus: 500,
  monthlyCap: 10,
  minFirstOrderAmount: 100_000,
  refundWindowDays: 14,
  landingUrl: "https://shop.example/welcome",
};

/** A store running the test bonus program and a referral program beside it. */
export async function createReferralStore(db: Executor, rules: Partial<ReferralSection> = {}) {
  const store = await createLoyaltyStore(db);
  const config = { type: "referral", referral: { ...referralRules, ...rules } };
  const { programId } = await createProgram({ ctx: store.ctx, input: { name: "Friends", config } });
  const { versionId } = await publishProgram({ ctx: store.ctx, input: { programId } });
  return { ...store, referralVersionId: versionId };
}

type Profile = { email?: string; phone?: string; externalId?: string };
type Join = { code?: string; ip?: string; deviceId?: string; now?: Date };

/** Signs a customer up through the integration API's service, as the store's backend would. */
export async function signUp(ctx: ServiceContext, profile: Profile = {}, join: Join = {}) {
  const externalId = profile.externalId ?? `cust-${randomUUID()}`;
  const result = await upsertMember({
    ctx,
    now: join.now,
    input: {
      idempotencyKey: randomUUID(),
      externalId,
      email: profile.email ?? `${externalId}@example.com`,
      phone: profile.phone,
      referralCode: join.code,
      source: { ip: join.ip, deviceId: join.deviceId },
    },
  });
  return { ...result, externalId };
}

/** A referrer with their code. */
export async function addReferrer(ctx: ServiceContext, profile: Profile = {}) {
  const referrer = await signUp(ctx, profile);
  const memberId = await memberIdOf(ctx, referrer.externalId);
  const code = await ensureReferralCode(ctx.db, ctx.merchantId, memberId);
  return { ...referrer, memberId, code };
}

export async function memberIdOf(ctx: ServiceContext, externalId: string) {
  const [row] = await ctx.db
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.merchantId, ctx.merchantId), eq(members.externalId, externalId)));
  if (!row) throw new Error(`no member ${externalId}`);
  return row.id;
}

/** The friend pays a new order of `amount` at `now`. */
export function payOrder(
  ctx: ServiceContext,
  externalId: string,
  amount: number,
  now: Date,
  buyer?: { paymentFingerprint?: string; deviceId?: string },
) {
  const orderId = `order-${randomUUID()}`;
  return markOrderPaid({
    ctx,
    now,
    input: {
      idempotencyKey: randomUUID(),
      orderId,
      member: { externalId },
      lines: [line("TEA-1", amount)],
      buyer,
    },
  });
}

export async function readReferral(db: Executor, merchantId: string, friendMemberId: string) {
  const [row] = await db
    .select()
    .from(referrals)
    .where(and(eq(referrals.merchantId, merchantId), eq(referrals.friendMemberId, friendMemberId)));
  return row;
}
