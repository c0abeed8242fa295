import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/text-link";
import { AuthCard } from "../_components/auth-card";
import { ForgotPasswordForm } from "./_components/forgot-password-form";

export default async function ForgotPasswordPage() {
  const t = await getTranslations("ForgotPassword");
  return (
    <AuthCard
      title={t("title")}
      subtitle={t("subtitle")}
      footer={<TextLink href="/sign-in">{t("backToSignIn")}</TextLink>}
    >
      <ForgotPasswordForm />
    </AuthCard>
  );
}
