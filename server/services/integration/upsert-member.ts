import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { members } from "@/db/schema";
import { emailField } from "@/server/validation/email-field";
import type { ServiceContext } from "../context";
import { IdempotencyKey, runIdempotent } from "../idempotency/run-idempotent";
import { consentChanges } from "../members/consent-changes";
import { describeConsent } from "../members/describe-consent";
import { enrollMember } from "../members/enroll-member";
import { joinWithCode } from "../referrals/join-with-code";
import { recordFingerprints } from "../referrals/record-fingerprints";
import { ReferralCode, SignUpSource } from "../referrals/referral-input";

export const UpsertMemberInput = z.object({
  idempotencyKey: IdempotencyKey,
  externalId: z.string().trim().min(1).max(200),
  name: z.string().trim().max(200).nullable().optional(),
  email: emailField().nullable().optional(),
  phone: z.string().trim().max(40).nullable().optional(),
  birthday: z.iso.date().nullable().optional(),
  /** The code the buyer arrived with (a `?ref=` link or typed in). */
  referralCode: ReferralCode.optional(),
  /** Where the sign-up came from: only the referral fraud checks read it. */
  source: SignUpSource.prefault({}),
  emailConsent: z.boolean().optional(),
  smsConsent: z.boolean().optional(),
  consentSource: z.string().trim().min(1).max(200).optional(),
});
export type UpsertMemberInput = z.input<typeof UpsertMemberInput>;

type Profile = Pick<typeof members.$inferSelect, "name" | "email" | "phone" | "birthday">;
const profileFields = ["name", "email", "phone", "birthday"] as const;

/**
 * Enrolls the store's customer or updates the fields sent (null clears one); once per key.
 * A referral code links the member to the friend who invited them (server/services/referrals).
 */
export async function upsertMember({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: ServiceContext;
  input: UpsertMemberInput;
  now?: Date;
}) {
  const { idempotencyKey, emailConsent, smsConsent, consentSource, ...request } =
    UpsertMemberInput.parse(input);
  const consent = { emailConsent, smsConsent, source: consentSource ?? "api" };
  const call = {
    ctx,
    key: idempotencyKey,
    operation: "members.upsert",
    input: { ...request, emailConsent, smsConsent, consentSource },
  };
  return runIdempotent(call, async (tx, batch) => {
    const ofMember = and(
      eq(members.merchantId, ctx.merchantId),
      eq(members.externalId, request.externalId),
    );
    const [known] = await tx.select().from(members).where(ofMember).for("update");
    const member =
      known ??
      (await enrollMember({
        ctx: { ...ctx, db: tx },
        input: { externalId: request.externalId, ...withoutNulls(request) },
      }));
    const changes: Partial<Profile> & ReturnType<typeof consentChanges> = consentChanges(
      member,
      consent,
      now,
    );
    for (const field of profileFields) {
      const value = request[field];
      if (value !== undefined && value !== member[field]) changes[field] = value;
    }
    const [saved] =
      Object.keys(changes).length > 0
        ? await tx.update(members).set(changes).where(ofMember).returning()
        : [member];
    if (!saved) throw new Error("Member was not saved");
    const { deviceId } = request.source;
    const key = { merchantId: ctx.merchantId, memberId: saved.id };
    if (deviceId) await recordFingerprints(tx, key, [{ kind: "device", value: deviceId }]);
    const { referralCode: code, source } = request;
    const referral = code
      ? await joinWithCode(tx, batch, ctx, { friend: saved, code, source, now })
      : null;
    return {
      created: !known,
      referral,
      member: {
        externalId: saved.externalId,
        name: saved.name,
        email: saved.email,
        phone: saved.phone,
        birthday: saved.birthday,
        isBlocked: saved.isBlocked,
        joinedAt: saved.joinedAt.toISOString(),
        consent: describeConsent(saved),
      },
    };
  });
}

function withoutNulls(profile: Partial<Profile>) {
  const present: { [K in keyof Profile]?: string } = {};
  for (const field of profileFields) {
    const value = profile[field];
    if (value !== null && value !== undefined) present[field] = value;
  }
  return present;
}
