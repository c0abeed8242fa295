import { eq } from "drizzle-orm";
import type { Auth } from "@/server/auth/auth";
import type { Db } from "../database";
import { merchants, users } from "../schema";
import { seedCatalog } from "./catalog";
import { demoOwner, demoStore } from "./demo-owner";
import { seedLoyaltyDemo } from "./loyalty-demo";
import { provisionDemoStore } from "./provision-demo-store";

type SeedDemoOptions = {
  db: Db;
  auth: Auth;
  /** Where the demo storefront's credentials file goes (DATA_DIR). */
  dataDir: string;
  /** The app's own origin, allowed for the widget on /demo. */
  appUrl: string;
};

/**
 * Creates the demo store and its owner through the same auth paths a real sign-up takes, then a
 * year of loyalty history through the services (skipped when the store already has programs),
 * then the demo storefront's keys.
 */
export async function seedDemo({ db, auth, dataDir, appUrl }: SeedDemoOptions) {
  const [existing] = await db
    .select({ id: merchants.id })
    .from(merchants)
    .where(eq(merchants.slug, demoStore.slug));
  if (existing) {
    await seedLoyaltyDemo({ db, merchantId: existing.id, now: new Date() });
    await provisionDemoStore({ db, merchantId: existing.id, dataDir, appUrl });
    return { merchantId: existing.id, created: false };
  }

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
  await seedLoyaltyDemo({ db, merchantId: merchant.id, now: new Date() });
  await provisionDemoStore({ db, merchantId: merchant.id, dataDir, appUrl });
  return { merchantId: merchant.id, created: true };
}
