import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { TextLink } from "@/components/ui/text-link";
import { AuthCard } from "../_components/auth-card";
import { ResetPasswordForm } from "./_components/reset-password-form";

type ResetPasswordPageProps = {
  searchParams: Promise<{ token?: string | string[]; error?: string | string[] }>;
};

export default async function ResetPasswordPage({ searchParams }: ResetPasswordPageProps) {
  const { token, error } = await searchParams;
  const t = await getTranslations("ResetPassword");
  const isUsable = typeof token === "string" && token.length > 0 && !error;
  return (
    <AuthCard title={t("title")}>
      {isUsable ? (
        <ResetPasswordForm token={token} />
      ) : (
        <div className="space-y-4">
          <Notice tone="error">{t("invalidLink")}</Notice>
          <TextLink href="/forgot-password">{t("requestNew")}</TextLink>
        </div>
      )}
    </AuthCard>
  );
}
