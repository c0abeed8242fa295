"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import { useTRPC, useTRPCClient } from "@/components/providers/trpc";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";

type WidgetPreviewProps = {
  appOrigin: string;
  publishableKey: string | null;
  isOriginAllowed: boolean;
  canPreview: boolean;
  currency: string;
  locale: string;
};

function loadWidgetScript() {
  if (document.querySelector('script[src="/widget.js"]')) return;
  const script = document.createElement("script");
  script.src = "/widget.js";
  script.async = true;
  document.body.append(script);
}

function sampleCart(currency: string) {
  return JSON.stringify({
    currency,
    lines: [
      { sku: "PREVIEW-1", name: "Sample item", unitPrice: 150000, quantity: 1 },
      { sku: "PREVIEW-2", name: "Second item", unitPrice: 49000, quantity: 2 },
    ],
  });
}

export function WidgetPreview(props: WidgetPreviewProps) {
  const t = useTranslations("Integration");
  const blocker = !props.canPreview
    ? t("previewReadOnly")
    : !props.publishableKey
      ? t("previewNeedsKey")
      : !props.isOriginAllowed
        ? t("previewNeedsOrigin", { origin: props.appOrigin })
        : null;
  return (
    <Card>
      <CardHeader title={t("previewTitle")} description={t("previewDescription")} />
      <CardBody>
        {blocker || !props.publishableKey ? (
          <p className="text-sm text-slate-500">{blocker}</p>
        ) : (
          <LiveWidget {...props} publishableKey={props.publishableKey} />
        )}
      </CardBody>
    </Card>
  );
}

/** Built by hand: the custom element is defined by /widget.js, not by React. */
function LiveWidget({
  publishableKey,
  currency,
  locale,
}: WidgetPreviewProps & { publishableKey: string }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const { fromMutation } = useErrorText();
  const host = useRef<HTMLDivElement>(null);
  const sign = useMutation(trpc.integration.previewToken.mutationOptions());
  const { mutate } = sign;
  const token = sign.data?.token;

  useEffect(() => mutate(), [mutate]);

  useEffect(() => {
    const container = host.current;
    if (!container || !token) return;
    loadWidgetScript();
    const element = document.createElement("kopilka-cart");
    element.setAttribute("publishable-key", publishableKey);
    element.setAttribute("shopper-token", token);
    element.setAttribute("locale", locale);
    element.setAttribute("cart", sampleCart(currency));
    // The preview token lives 10 minutes; on a 401 the widget asks for a fresh one.
    Object.assign(element, {
      tokenProvider: async () => (await client.integration.previewToken.mutate()).token,
    });
    container.replaceChildren(element);
    return () => container.replaceChildren();
  }, [token, publishableKey, currency, locale, client]);

  if (sign.error) return <Notice tone="error">{fromMutation(sign.error).message}</Notice>;
  return <div ref={host} className="max-w-md" />;
}
