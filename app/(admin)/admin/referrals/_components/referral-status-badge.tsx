import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { ReferralStatus } from "@/db/schema/referrals";

const tones: Record<ReferralStatus, string> = {
  waiting: "bg-sky-50 text-sky-800",
  rewarded: "bg-emerald-50 text-emerald-800",
  cancelled: "bg-slate-100 text-slate-600",
  blocked: "bg-red-50 text-red-800",
};

/** A waiting referral whose friend has paid is waiting for the refund window, not an order. */
export function ReferralStatusBadge({
  status,
  hasFirstOrder,
}: {
  status: ReferralStatus;
  hasFirstOrder: boolean;
}) {
  const t = useTranslations("Referrals.status");
  const label = status === "waiting" && hasFirstOrder ? "refundWindow" : status;
  return <Badge className={tones[status]}>{t(label)}</Badge>;
}
