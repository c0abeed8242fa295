import type { Auth } from "@/server/auth/auth";
import { defaultLocaleFor, type MerchantSettingsInput } from "../accounts/merchant-settings-input";
import { slugify } from "../accounts/slugify";

/** A signed-in user opens another store; they own it and it becomes their active store. */
export async function createMerchant({
  auth,
  headers,
  input,
}: {
  auth: Auth;
  headers: Headers;
  input: MerchantSettingsInput;
}) {
  const merchant = await auth.api.createOrganization({
    body: {
      name: input.name,
      slug: slugify(input.name),
      currency: input.currency,
      timezone: input.timezone,
      locale: input.locale ?? defaultLocaleFor(input.currency),
    },
    headers,
  });
  if (!merchant) throw new Error("Store was not created");
  await auth.api.setActiveOrganization({ body: { organizationId: merchant.id }, headers });
  return { id: merchant.id, name: merchant.name };
}
