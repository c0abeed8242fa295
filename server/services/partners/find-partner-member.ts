import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/database";
import { members } from "@/db/schema";
import { Conflict, NotFound } from "@/server/errors";
import { emailField } from "@/server/validation/email-field";

/** How a partner names a member: the store's id for them, or a contact the store holds. */
export const PartnerMemberRef = z.union([
  z.object({ externalId: z.string().trim().min(1).max(200) }).strict(),
  z.object({ email: emailField() }).strict(),
  z
    .object({
      phone: z
        .string()
        .max(40)
        .transform((text) => text.replace(/\D/g, ""))
        .pipe(z.string().min(7, { error: "A phone number has at least 7 digits" })),
    })
    .strict(),
]);
export type PartnerMemberRef = z.output<typeof PartnerMemberRef>;

/** Exactly one member of this store; a contact shared by several members is refused. */
export async function findPartnerMember(db: Executor, merchantId: string, ref: PartnerMemberRef) {
  const match =
    "externalId" in ref
      ? eq(members.externalId, ref.externalId)
      : "email" in ref
        ? sql`lower(${members.email}) = ${ref.email.toLowerCase()}`
        : sql`regexp_replace(coalesce(${members.phone}, ''), '\\D', '', 'g') = ${ref.phone}`;
  const found = await db
    .select({ id: members.id, isBlocked: members.isBlocked })
    .from(members)
    .where(and(eq(members.merchantId, merchantId), match))
    .limit(2);
  const [member, twin] = found;
  if (!member) throw new NotFound("No member of the store matches");
  if (twin) throw new Conflict("Several members match this contact: send the store's member id");
  if (member.isBlocked) throw new Conflict("This member cannot receive points");
  return member;
}
