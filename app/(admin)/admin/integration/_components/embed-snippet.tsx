import { useTranslations } from "next-intl";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CopyButton } from "./copy-button";

export function embedSnippet(appOrigin: string, publishableKey: string) {
  return `<script src="${appOrigin}/widget.js" async></script>

<kopilka-cart
  publishable-key="${publishableKey}"
  shopper-token="<token signed by your backend>"
  cart='{"currency":"RUB","lines":[{"sku":"TEA-001","unitPrice":89000,"quantity":2}]}'
></kopilka-cart>`;
}

export function EmbedSnippet({
  appOrigin,
  publishableKey,
}: {
  appOrigin: string;
  publishableKey: string | null;
}) {
  const t = useTranslations("Integration");
  const snippet = embedSnippet(appOrigin, publishableKey ?? "pk_...");
  return (
    <Card>
      <CardHeader
        title={t("embedTitle")}
        description={t("embedDescription")}
        action={<CopyButton text={snippet} label={t("copySnippet")} />}
      />
      <CardBody className="space-y-3">
        {!publishableKey && <p className="text-sm text-slate-500">{t("noPublishableKey")}</p>}
        <pre className="overflow-x-auto rounded-md bg-slate-900 p-4 text-xs text-slate-100">
          <code>{snippet}</code>
        </pre>
      </CardBody>
    </Card>
  );
}
