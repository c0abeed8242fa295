import { eq } from "drizzle-orm";
import { merchants } from "@/db/schema";
import { NotFound } from "@/server/errors";
import type { ServiceContext } from "../context";

export async function getMerchant({ ctx }: { ctx: ServiceContext }) {
  const [merchant] = await ctx.db
    .select({
      id: merchants.id,
      name: merchants.name,
      currency: merchants.currency,
      timezone: merchants.timezone,
      locale: merchants.locale,
      createdAt: merchants.createdAt,
    })
    .from(merchants)
    .where(eq(merchants.id, ctx.merchantId));
  if (!merchant) throw new NotFound("Store not found");
  return merchant;
}
