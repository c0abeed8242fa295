import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { canWrite } from "@/server/auth/roles";
import { env } from "@/server/env";
import { loadAdmin } from "../_data/load-admin";
import { ApiErrorsSection } from "./_components/api-errors-section";
import { EmbedSnippet } from "./_components/embed-snippet";
import { KeysSection } from "./_components/keys-section";
import { OriginsForm } from "./_components/origins-form";
import { TokenSecretSection } from "./_components/token-secret-section";
import { DeliveriesSection } from "./_components/webhooks/deliveries-section";
import { EndpointsSection } from "./_components/webhooks/endpoints-section";
import { WidgetPreview } from "./_components/widget-preview";

export default async function IntegrationPage() {
  const { caller, merchant } = await loadAdmin();
  if (!merchant) return null;
  const [t, locale, keys, settings, errors, endpoints] = await Promise.all([
    getTranslations("Integration"),
    getLocale(),
    caller.integration.keys.list(),
    caller.integration.settings.get(),
    caller.integration.errors.recent(),
    caller.webhooks.endpoints.list(),
  ]);
  const canEdit = canWrite(merchant.role);
  const time = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: merchant.timezone,
  });
  const appOrigin = new URL(env.APP_URL).origin;
  const publishableKey = keys.find((k) => k.kind === "publishable" && !k.revokedAt)?.publishableKey;

  return (
    <>
      <PageHeader title={t("title")} />
      <p className="mb-6 text-sm text-slate-600">
        {t("demoStore")}{" "}
        <Link href="/demo" className="font-medium text-brand-700 underline">
          {t("demoStoreLink")}
        </Link>
      </p>
      <div className="space-y-6">
        {!canEdit && <Notice>{t("readOnly")}</Notice>}
        <KeysSection
          canEdit={canEdit}
          keys={keys.map((k) => ({
            id: k.id,
            kind: k.kind,
            name: k.name,
            maskedKey: k.maskedKey,
            lastUsed: k.lastUsedAt ? time.format(k.lastUsedAt) : null,
            revoked: k.revokedAt ? time.format(k.revokedAt) : null,
          }))}
        />
        <OriginsForm
          key={`${settings.allowedOrigins.join()}|${settings.joinUrl ?? ""}`}
          canEdit={canEdit}
          initial={settings}
        />
        <TokenSecretSection
          merchantId={settings.merchantId}
          canReveal={canEdit}
          canRotate={merchant.role === "owner"}
        />
        <EmbedSnippet appOrigin={appOrigin} publishableKey={publishableKey ?? null} />
        <WidgetPreview
          appOrigin={appOrigin}
          publishableKey={publishableKey ?? null}
          isOriginAllowed={settings.allowedOrigins.includes(appOrigin)}
          canPreview={canEdit}
          currency={merchant.currency}
          locale={locale}
        />
        <EndpointsSection
          canEdit={canEdit}
          endpoints={endpoints.map(({ createdAt: _, ...endpoint }) => endpoint)}
        />
        <DeliveriesSection
          endpoints={endpoints.map(({ id, url }) => ({ id, url }))}
          canReplay={canEdit}
          timezone={merchant.timezone}
          locale={locale}
        />
        <ApiErrorsSection
          errors={errors.map((e, index) => ({
            ...e,
            id: `${index}-${e.at.toISOString()}`,
            at: time.format(e.at),
          }))}
        />
      </div>
    </>
  );
}
