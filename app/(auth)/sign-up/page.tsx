import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/text-link";
import { AuthCard } from "../_components/auth-card";
import { SignUpForm } from "./_components/sign-up-form";

export default async function SignUpPage() {
  const t = await getTranslations("SignUp");
  return (
    <AuthCard
      title={t("title")}
      subtitle={t("subtitle")}
      footer={
        <p>
          {t("haveAccount")} <TextLink href="/sign-in">{t("signIn")}</TextLink>
        </p>
      }
    >
      <SignUpForm />
    </AuthCard>
  );
}
