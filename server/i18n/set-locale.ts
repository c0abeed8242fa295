"use server";
import { cookies } from "next/headers";
import { isLocale, localeCookie } from "./locales";

const oneYear = 60 * 60 * 24 * 365;

/** The reader's explicit language choice; it wins over the store's default language. */
export async function setLocale(locale: string) {
  if (!isLocale(locale)) return;
  (await cookies()).set(localeCookie, locale, { path: "/", maxAge: oneYear, sameSite: "lax" });
}
