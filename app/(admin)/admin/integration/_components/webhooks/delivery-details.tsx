import { useTranslations } from "next-intl";

export function DeliveryDetails({
  payload,
  responseBody,
}: {
  payload: unknown;
  responseBody: string | null;
}) {
  const t = useTranslations("Webhooks");
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <div>
        <h3 className="mb-1 text-xs font-medium text-slate-500 uppercase">{t("payload")}</h3>
        <pre className="max-h-80 overflow-auto rounded-md bg-white p-3 font-mono text-xs">
          {JSON.stringify(payload, null, 2)}
        </pre>
      </div>
      {responseBody !== null && (
        <div>
          <h3 className="mb-1 text-xs font-medium text-slate-500 uppercase">{t("responseBody")}</h3>
          <pre className="max-h-80 overflow-auto rounded-md bg-white p-3 font-mono text-xs whitespace-pre-wrap">
            {responseBody || "—"}
          </pre>
        </div>
      )}
    </div>
  );
}
