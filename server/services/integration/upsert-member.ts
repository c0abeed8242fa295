import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { members } from "@/db/schema";
import { emailField } from "@/server/validation/email-field";
import type { ServiceContext } from "../context";
import { IdempotencyKey, runIdempotent } from "../idempotency/run-idempotent";
import { consentChanges } from "../members/consent-changes";
import { describeConsent } from "../members/describe-consent";
import { enrollMember } from "../members/enroll-member";

export const UpsertMemberInput = z.object({
  idempotencyKey: IdempotencyKey,
  externalId: z.string().trim().min(1).max(200),
  name: z.string().trim().max(200).nullable().optional(),
  email: emailField().nullable().optional(),
  phone: z.string().trim().max(40).nullable().optional(),
  birthday: z.iso.date().nullable().optional(),
  emailConsent: z.boolean().optional(),
  smsConsent: z.boolean().optional(),
  consentSource: z.string().trim().min(1).max(200).optional(),
});
export type UpsertMemberInput = z.input<typeof UpsertMemberInput>;

type Profile = Pick<typeof members.$inferSelect, "name" | "email" | "phone" | "birthday">;
const profileFields = ["name", "email", "phone", "birthday"] as const;

/** Enrolls the store's customer or updates the fields sent (null clears one); once per key. */
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
  return runIdempotent(call, async (tx) => {
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
    return {
      created: !known,
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
