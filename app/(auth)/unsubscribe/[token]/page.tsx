import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { getDb } from "@/db/client";
import { describeUnsubscribe } from "@/server/services/campaigns/unsubscribe";
import { AuthCard } from "../../_components/auth-card";

type UnsubscribePageProps = {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ done?: string }>;
};

/** Public: the signed link from a marketing message; one click on the button confirms. */
export default async function UnsubscribePage({ params, searchParams }: UnsubscribePageProps) {
  const [{ token }, { done }, t] = await Promise.all([
    params,
    searchParams,
    getTranslations("Unsubscribe"),
  ]);
  const link = await describeUnsubscribe(await getDb(), token);
  if (!link) {
    return (
      <AuthCard title={t("title")}>
        <Notice tone="error">{t("invalid")}</Notice>
      </AuthCard>
    );
  }
  const channel = t(link.channel === "email" ? "channelEmail" : "channelSms");
  return (
    <AuthCard title={t("title")} subtitle={link.storeName}>
      {done ? (
        <p role="status" className="text-sm text-slate-700">
          {t("done", { store: link.storeName, channel })}
        </p>
      ) : (
        <form method="post" action={`/unsubscribe/${encodeURIComponent(token)}/confirm`}>
          <p className="mb-4 text-sm text-slate-700">
            {t("question", { store: link.storeName, channel })}
          </p>
          <button type="submit" className={buttonClass()}>
            {t("confirm")}
          </button>
        </form>
      )}
    </AuthCard>
  );
}
