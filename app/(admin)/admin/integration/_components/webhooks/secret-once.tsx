import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/notice";
import { CopyButton } from "../copy-button";

export function SecretOnce({ secret }: { secret: string }) {
  const t = useTranslations("Webhooks");
  return (
    <div className="space-y-3">
      <Notice tone="success">{t("secretOnce")}</Notice>
      <div className="flex items-center gap-2">
        <code
          data-testid="webhook-secret"
          className="flex-1 rounded-md bg-slate-100 px-3 py-2 font-mono text-xs break-all"
        >
          {secret}
        </code>
        <CopyButton text={secret} />
      </div>
    </div>
  );
}
