import "server-only";
import { cookies } from "next/headers";

const cookieName = "demo_ref";
const thirtyDays = 30 * 24 * 60 * 60;

/**
 * The `?ref=CODE` a visitor arrived with, kept by the shop in its own cookie until they create an
 * account: the shop, not the widget, sends it with the sign-up (docs/referrals.md).
 */
export async function keepReferralCode(code: string) {
  if (!/^[\w-]{4,40}$/.test(code)) return;
  const jar = await cookies();
  jar.set(cookieName, code, { httpOnly: true, sameSite: "lax", path: "/demo", maxAge: thirtyDays });
}

export async function readReferralCode(): Promise<string | null> {
  const jar = await cookies();
  return jar.get(cookieName)?.value ?? null;
}

export async function forgetReferralCode() {
  const jar = await cookies();
  jar.delete({ name: cookieName, path: "/demo" });
}
