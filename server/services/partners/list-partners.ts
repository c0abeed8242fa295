import { asc, eq } from "drizzle-orm";
import { partners } from "@/db/schema";
import type { ServiceContext } from "../context";

export async function listPartners({ ctx }: { ctx: ServiceContext }) {
  return ctx.db
    .select({
      id: partners.id,
      name: partners.name,
      monthlyCap: partners.monthlyCap,
      maskedKey: partners.maskedKey,
      keyRevokedAt: partners.keyRevokedAt,
      createdAt: partners.createdAt,
    })
    .from(partners)
    .where(eq(partners.merchantId, ctx.merchantId))
    .orderBy(asc(partners.name));
}
