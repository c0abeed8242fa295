import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { memberBalances, members } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { emailField } from "@/server/validation/email-field";
import type { ServiceContext } from "../context";

export const EnrollMemberInput = z.object({
  externalId: z.string().trim().min(1).max(200),
  name: z.string().trim().max(200).optional(),
  email: emailField().optional(),
  phone: z.string().trim().max(40).optional(),
  birthday: z.iso.date().optional(),
  joinedAt: z.coerce.date().optional(),
});
export type EnrollMemberInput = z.input<typeof EnrollMemberInput>;

/** Creates the member and their zero balance; enrolling a known external id returns the member. */
export async function enrollMember({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: EnrollMemberInput;
}) {
  const data = EnrollMemberInput.parse(input);
  return inTransaction(ctx.db, async (tx) => {
    const [created] = await tx
      .insert(members)
      .values({ ...data, merchantId: ctx.merchantId })
      .onConflictDoNothing()
      .returning();
    if (created) {
      await tx.insert(memberBalances).values({ merchantId: ctx.merchantId, memberId: created.id });
      return created;
    }
    const [existing] = await tx
      .select()
      .from(members)
      .where(and(eq(members.merchantId, ctx.merchantId), eq(members.externalId, data.externalId)));
    if (!existing) throw new Error("Member vanished after a conflicting insert");
    return existing;
  });
}
