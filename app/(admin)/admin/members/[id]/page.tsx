import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/components/format/date";
import { formatMoney } from "@/components/format/money";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { canWrite } from "@/server/auth/roles";
import { loadAdmin } from "../../_data/load-admin";
import { ClubCard } from "./_components/club-card";
import { MemberActions } from "./_components/member-actions";
import { MemberLedger } from "./_components/member-ledger";
import { MemberOrders } from "./_components/member-orders";
import { MemberPageLink } from "./_components/member-page-link";
import { TierCard } from "./_components/tier-card";

export default async function MemberPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ before?: string }>;
}) {
  const { caller, merchant } = await loadAdmin();
  if (!merchant) return null;
  const [{ id }, { before }] = await Promise.all([params, searchParams]);
  const beforeId = before && /^\d+$/.test(before) ? Number(before) : undefined;
  const data = await caller.members.get({ memberId: id }).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [t, locale, ledger, orders, clubs] = await Promise.all([
    getTranslations("Member"),
    getLocale(),
    caller.members.ledger({ memberId: id, before: beforeId }),
    caller.orders.list({ memberId: id, pageSize: 20 }),
    caller.club.status({ memberId: id }),
  ]);
  const { member, balance, tier, expiring } = data;
  const date = (d: Date | null) => (d ? formatDate(d, locale, merchant.timezone) : "—");
  const number = (n: number) => new Intl.NumberFormat(locale).format(n);
  const money = (n: number) => formatMoney(n, merchant.currency, locale);
  const describeConsent = (isGiven: boolean, at: Date | null, source: string | null) =>
    at
      ? t(isGiven ? "consentGiven" : "consentWithdrawn", { date: date(at), source: source ?? "—" })
      : t("consentNever");
  const contact: [string, string][] = [
    [t("externalId"), member.externalId],
    [t("email"), member.email ?? "—"],
    [t("phone"), member.phone ?? "—"],
    [t("birthday"), member.birthday ?? "—"],
    [t("joined"), date(member.joinedAt)],
    [t("ordersCount"), number(member.ordersCount)],
    [t("spent"), money(member.totalSpent)],
    [t("lastOrder"), date(member.lastOrderAt)],
    [
      t("consentEmail"),
      describeConsent(member.consent.email, member.consent.emailAt, member.consent.emailSource),
    ],
    [
      t("consentSms"),
      describeConsent(member.consent.sms, member.consent.smsAt, member.consent.smsSource),
    ],
  ];
  const balances: [string, string][] = [
    [t("balances.available"), number(balance.available)],
    [t("balances.spendable"), number(balance.spendable)],
    [t("balances.pending"), number(balance.pending)],
    [t("balances.held"), number(balance.held)],
    [t("balances.cashback"), money(balance.cashback)],
    [t("balances.pendingCashback"), money(balance.pendingCashback)],
    [t("balances.debt"), number(balance.debt)],
  ];
  return (
    <>
      <p className="mb-2 text-sm">
        <TextLink href="/admin/members">← {t("back")}</TextLink>
      </p>
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <PageHeader
          title={member.name || member.externalId}
          description={
            member.isBlocked ? (
              <Badge className="bg-red-50 text-red-700">{t("blockedBadge")}</Badge>
            ) : (
              t("activeMember")
            )
          }
        />
        <MemberActions
          memberId={member.id}
          name={member.name || member.externalId}
          isBlocked={member.isBlocked}
          canEdit={canWrite(merchant.role)}
          available={balance.available}
        />
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <Card>
          <CardHeader title={t("contact")} />
          <CardBody>
            <dl className="space-y-2 text-sm">
              {contact.map(([label, value]) => (
                <div key={label} className="flex justify-between gap-4">
                  <dt className="text-slate-500">{label}</dt>
                  <dd className="text-right font-medium text-slate-900">{value}</dd>
                </div>
              ))}
            </dl>
          </CardBody>
        </Card>
        <Card>
          <CardHeader title={t("balances.title")} description={t("balances.hint")} />
          <CardBody>
            <dl className="space-y-2 text-sm">
              {balances.map(([label, value]) => (
                <div key={label} className="flex justify-between gap-4">
                  <dt className="text-slate-500">{label}</dt>
                  <dd className="font-medium tabular-nums text-slate-900">{value}</dd>
                </div>
              ))}
            </dl>
            <h3 className="mt-4 mb-2 text-sm font-semibold text-slate-900">{t("expiring")}</h3>
            {expiring.length === 0 ? (
              <p className="text-sm text-slate-500">{t("noExpiring")}</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {expiring.map((lot) => (
                  <li key={lot.id} className="flex justify-between">
                    <span>
                      {lot.wallet === "cashback"
                        ? money(lot.remaining)
                        : t("pointsN", { n: lot.remaining })}
                    </span>
                    <span className="text-slate-500">{date(lot.expiresAt)}</span>
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>
        <TierCard
          tier={tier}
          storedTier={member.tier}
          money={tier?.metric === "orders" ? null : merchant.currency}
        />
      </div>
      {clubs.length > 0 && (
        <ClubCard
          memberId={member.id}
          clubs={clubs}
          canEdit={canWrite(merchant.role)}
          timezone={merchant.timezone}
        />
      )}
      <MemberPageLink
        memberId={member.id}
        cardNumber={member.cardNumber}
        canEdit={canWrite(merchant.role)}
      />
      <MemberLedger
        entries={ledger.map((e) => ({
          id: e.id,
          when: new Intl.DateTimeFormat(locale, {
            dateStyle: "medium",
            timeStyle: "short",
            timeZone: merchant.timezone,
          }).format(e.createdAt),
          kind: e.kind,
          amount: e.amount,
          reason: e.reason,
          actor: e.actorLabel,
          orderId: e.orderId,
        }))}
        olderHref={
          ledger.length === 50
            ? `/admin/members/${id}?before=${ledger[ledger.length - 1]?.id}`
            : null
        }
        isPaged={beforeId !== undefined}
        memberId={id}
      />
      <MemberOrders
        orders={orders.rows.map((o) => ({
          id: o.id,
          externalId: o.externalId ?? "—",
          status: o.status,
          date: date(o.createdAt),
          total: money(o.total),
          discount: money(o.discount),
          redeemed: number(o.redeemedPoints),
          earned: number(o.earnedPoints),
        }))}
        total={orders.total}
        memberId={id}
      />
    </>
  );
}
