import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DemoHint } from "@/components/auth/demo-hint";
import { safeNext } from "@/components/auth/safe-next";
import { TextLink } from "@/components/ui/text-link";
import { getServerCaller } from "@/server/api/server-caller";
import { AuthCard } from "../_components/auth-card";
import { SignInForm } from "./_components/sign-in-form";

type SignInPageProps = { searchParams: Promise<{ next?: string | string[] }> };

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const next = safeNext((await searchParams).next);
  const caller = await getServerCaller();
  if (await caller.account.me().catch(() => null)) redirect(next);
  const t = await getTranslations("SignIn");
  return (
    <AuthCard
      title={t("title")}
      subtitle={t("subtitle")}
      footer={
        <>
          <p>
            {t("noAccount")} <TextLink href="/sign-up">{t("createStore")}</TextLink>
          </p>
          <DemoHint />
        </>
      }
    >
      <SignInForm next={next} />
    </AuthCard>
  );
}
