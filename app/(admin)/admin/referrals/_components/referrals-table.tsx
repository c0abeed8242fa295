import { getTranslations } from "next-intl/server";
import { formatDate } from "@/components/format/date";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import type { ReferralBlockReason, ReferralStatus } from "@/db/schema/referrals";
import { ReferralStatusBadge } from "./referral-status-badge";

type Party = { id: string; externalId: string; name: string | null };
type Row = {
  id: string;
  status: ReferralStatus;
  blockReason: ReferralBlockReason | null;
  createdAt: Date;
  friendPoints: number;
  referrerPoints: number;
  firstOrderAmount: number | null;
  referrer: Party;
  friend: Party;
};

export async function ReferralsTable({
  rows,
  locale,
  timezone,
  number,
  money,
}: {
  rows: Row[];
  locale: string;
  timezone: string;
  number: (n: number) => string;
  money: (n: number) => string;
}) {
  const t = await getTranslations("Referrals");
  const columns = [
    "date",
    "referrer",
    "friend",
    "status",
    "reason",
    "firstOrder",
    "points",
  ] as const;
  const member = (p: Party) => (
    <TextLink href={`/admin/members/${p.id}`}>{p.name || p.externalId}</TextLink>
  );
  return (
    <Card className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">{t("title")}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
            {columns.map((c) => (
              <th key={c} scope="col" className="px-3 py-3 font-medium first:pl-6 last:pr-6">
                {t(`columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-100 last:border-0">
              <td className="py-2 pr-3 pl-6 whitespace-nowrap">
                {formatDate(r.createdAt, locale, timezone)}
              </td>
              <td className="px-3 py-2">{member(r.referrer)}</td>
              <td className="px-3 py-2">{member(r.friend)}</td>
              <td className="px-3 py-2">
                <ReferralStatusBadge
                  status={r.status}
                  hasFirstOrder={r.firstOrderAmount !== null}
                />
              </td>
              <td className="px-3 py-2 text-slate-700">
                {r.blockReason ? t(`reason.${r.blockReason}`) : "—"}
              </td>
              <td className="px-3 py-2 tabular-nums">
                {r.firstOrderAmount === null ? "—" : money(r.firstOrderAmount)}
              </td>
              <td className="py-2 pr-6 pl-3 tabular-nums">
                {number(r.friendPoints)} / {number(r.referrerPoints)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
