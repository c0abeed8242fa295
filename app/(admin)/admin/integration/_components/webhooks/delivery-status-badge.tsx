import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { WebhookDeliveryStatus } from "@/db/schema/webhook-event-types";

const tones: Record<WebhookDeliveryStatus, string> = {
  queued: "bg-amber-50 text-amber-800",
  succeeded: "bg-emerald-50 text-emerald-800",
  failed: "bg-red-50 text-red-800",
};

export function DeliveryStatusBadge({ status }: { status: WebhookDeliveryStatus }) {
  const t = useTranslations("Webhooks");
  return <Badge className={tones[status]}>{t(`statuses.${status}`)}</Badge>;
}
