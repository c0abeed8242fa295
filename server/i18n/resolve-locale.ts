import { cookies, headers } from "next/headers";
import { getDb } from "@/db/client";
import { resolveStaff } from "@/server/api/resolve-staff";
import { getAuth } from "@/server/auth/get-auth";
import { getMerchant } from "@/server/services/merchants/get-merchant";
import { defaultLocale, isLocale, type Locale, localeCookie } from "./locales";

/** The user's explicit switch wins; otherwise the active store's language; otherwise Russian. */
export async function resolveLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(localeCookie)?.value;
  if (isLocale(chosen)) return chosen;
  return (await findMerchantLocale()) ?? defaultLocale;
}

async function findMerchantLocale(): Promise<Locale | undefined> {
  const [db, auth] = await Promise.all([getDb(), getAuth()]);
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return undefined;
  try {
    const staff = await resolveStaff(db, session);
    const merchant = await getMerchant({
      ctx: { db, merchantId: staff.merchantId, actor: { kind: "system", label: "locale" } },
    });
    return isLocale(merchant.locale) ? merchant.locale : undefined;
  } catch {
    return undefined;
  }
}
