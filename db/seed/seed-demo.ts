import { eq } from "drizzle-orm";
import type { Auth } from "@/server/auth/auth";
import type { Db } from "../database";
import { merchants, users } from "../schema";
import { seedCatalog } from "./catalog";
import { demoOwner, demoStore } from "./demo-owner";

/** Creates the demo store and its owner through the same auth paths a real sign-up takes. */
export async function seedDemo({ db, auth }: { db: Db; auth: Auth }) {
  const [existing] = await db
    .select({ id: merchants.id })
    .from(merchants)
    .where(eq(merchants.slug, demoStore.slug));
  if (existing) return { merchantId: existing.id, created: false };

  const [owner] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, demoOwner.email));
  const ownerId =
    owner?.id ??
    (
      await auth.api.signUpEmail({
        body: { name: demoOwner.name, email: demoOwner.email, password: demoOwner.password },
      })
    ).user.id;
  const merchant = await auth.api.createOrganization({
    body: { ...demoStore, userId: ownerId },
  });
  if (!merchant) throw new Error("Demo store was not created");
  await seedCatalog(db, merchant.id);
  return { merchantId: merchant.id, created: true };
}
