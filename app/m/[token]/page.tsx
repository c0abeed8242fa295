import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getDb } from "@/db/client";
import { NotFound, Unauthorized } from "@/server/errors";
import { isLocale, type Locale, localeCookie } from "@/server/i18n/locales";
import {
  MemberLinkExpired,
  MemberLinkRevoked,
} from "@/server/services/member-page/member-link-token";
import { readMemberPage } from "@/server/services/member-page/read-member-page";
import { LinkProblem } from "./_components/link-problem";
import { MemberView } from "./_components/member-view";

// The token in the address is the member's key: never index it, never send it on in a Referer.
export const metadata: Metadata = {
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

export default async function MemberPage({ params }: { params: Promise<{ token: string }> }) {
  const [{ token }, db, chosen] = await Promise.all([
    params,
    getDb(),
    cookies().then((jar) => jar.get(localeCookie)?.value),
  ]);
  const page = await readMemberPage({ db, token }).catch((error: unknown) => {
    if (error instanceof Unauthorized || error instanceof NotFound) return error;
    throw error;
  });
  const storeLocale = page instanceof Error ? undefined : page.store.locale;
  const locale: Locale = isLocale(chosen) ? chosen : isLocale(storeLocale) ? storeLocale : "ru";
  if (page instanceof Error) {
    const problem =
      page instanceof MemberLinkExpired
        ? "expired"
        : page instanceof MemberLinkRevoked
          ? "revoked"
          : "invalid";
    return <LinkProblem locale={locale} problem={problem} />;
  }
  return <MemberView page={page} locale={locale} referralUrl={page.referralUrl} />;
}
