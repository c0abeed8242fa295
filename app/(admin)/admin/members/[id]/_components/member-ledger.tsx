import Link from "next/link";
import { useTranslations } from "next-intl";
import { translateLedgerReason } from "@/components/members/ledger-reasons";
import { buttonClass } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";

type Entry = {
  id: number;
  when: string;
  kind: string;
  amount: number;
  reason: string;
  actor: string;
  orderId: string | null;
};

export function MemberLedger({
  entries,
  olderHref,
  isPaged,
  memberId,
}: {
  entries: Entry[];
  olderHref: string | null;
  isPaged: boolean;
  memberId: string;
}) {
  const t = useTranslations("Member.ledger");
  const tKinds = useTranslations("LedgerKinds");
  const tReasons = useTranslations("LedgerReasons");
  const tActions = useTranslations("Designer.actions");
  const reasonText = (reason: string) =>
    translateLedgerReason(reason, {
      reasons: (key, values) => tReasons(key as "action", values as { action: string }),
      actions: (key) => tActions(key as "signUp"),
    });
  return (
    <Card className="mt-6 overflow-x-auto">
      <CardHeader title={t("title")} description={t("description")} />
      {entries.length === 0 ? (
        <CardBody>
          <p className="text-sm text-slate-600">{t("empty")}</p>
        </CardBody>
      ) : (
        <table className="w-full text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
              <th scope="col" className="px-6 py-2 font-medium">
                {t("when")}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {t("kind")}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t("amount")}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {t("reason")}
              </th>
              <th scope="col" className="px-6 py-2 font-medium">
                {t("who")}
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} className="border-b border-slate-100 last:border-0">
                <td className="px-6 py-2 whitespace-nowrap">{e.when}</td>
                <td className="px-3 py-2">{tKinds(e.kind as "earn")}</td>
                <td
                  className={`px-3 py-2 text-right font-medium tabular-nums ${e.amount < 0 ? "text-red-700" : "text-emerald-700"}`}
                >
                  {e.amount > 0 ? `+${e.amount}` : e.amount}
                </td>
                <td className="px-3 py-2">
                  {reasonText(e.reason)}
                  {e.orderId && (
                    <>
                      {" · "}
                      <TextLink href={`/admin/orders/${e.orderId}`}>{t("order")}</TextLink>
                    </>
                  )}
                </td>
                <td className="px-6 py-2 text-slate-600">{e.actor}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(olderHref || isPaged) && (
        <CardBody className="flex gap-2">
          {isPaged && (
            <Link
              href={`/admin/members/${memberId}`}
              className={buttonClass({ variant: "ghost", size: "sm" })}
            >
              {t("newest")}
            </Link>
          )}
          {olderHref && (
            <Link href={olderHref} className={buttonClass({ variant: "secondary", size: "sm" })}>
              {t("older")}
            </Link>
          )}
        </CardBody>
      )}
    </Card>
  );
}
