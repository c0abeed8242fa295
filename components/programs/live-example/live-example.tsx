"use client";
import { useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { formatMoney } from "@/components/format/money";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { type ProgramConfig, type Quote, quote } from "@/server/engine";
import { currencyScale, decimalSeparator } from "../decimal";
import { buildQuoteInput, makeSample, type Sample, type SampleLine } from "./sample";
import { SampleNumber } from "./sample-number";

type LiveExampleProps = {
  /** The last config that passed validation; the example keeps it while the form has errors. */
  config: ProgramConfig;
  isStale: boolean;
  currency: string;
  timezone: string;
  locale: "ru" | "en";
};

/** A sample cart priced by the real engine on every change, right in the browser. */
export function LiveExample({ config, isStale, currency, timezone, locale }: LiveExampleProps) {
  const t = useTranslations("LiveExample");
  const scale = currencyScale(currency);
  const separator = decimalSeparator(locale);
  const [now] = useState(() => new Date());
  const [sample, setSample] = useState<Sample>(() => makeSample(scale));
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const result = useMemo((): { quote: Quote } | { error: true } => {
    try {
      return { quote: quote(buildQuoteInput(config, sample, { now, timezone }, currency)) };
    } catch {
      return { error: true };
    }
  }, [config, sample, now, timezone, currency]);
  const levels = "tiers" in config && config.tiers ? config.tiers.levels : [];
  const rewards = "bonus" in config && config.bonus ? config.bonus.redemption.rewards : [];
  const setLine = (key: number, change: Partial<SampleLine>) =>
    setSample((s) => ({
      ...s,
      lines: s.lines.map((l) => (l.key === key ? { ...l, ...change } : l)),
    }));
  const setMember = (change: Partial<Sample["member"]>) =>
    setSample((s) => ({ ...s, member: { ...s.member, ...change } }));

  return (
    <Card>
      <CardHeader title={t("title")} description={t("description")} />
      <CardBody className="space-y-4">
        <section
          aria-label={t("result")}
          aria-live="polite"
          className="min-h-[22rem] space-y-3 border-b border-slate-100 pb-4"
        >
          {isStale && <p className="text-xs text-amber-700">{t("stale")}</p>}
          {"error" in result ? (
            <p className="text-sm text-red-700">{t("error")}</p>
          ) : (
            <QuoteView quote={result.quote} money={money} levels={levels} />
          )}
        </section>
        <fieldset className="space-y-3">
          <legend className="text-sm font-semibold text-slate-900">{t("cart")}</legend>
          {sample.lines.map((line, index) => (
            <div key={line.key} className="space-y-2 rounded-md border border-slate-200 p-2">
              <div className="grid grid-cols-2 gap-2">
                <LabeledText
                  label={t("item", { n: index + 1 })}
                  value={line.sku}
                  onValue={(sku) => setLine(line.key, { sku })}
                />
                <LabeledText
                  label={t("category", { n: index + 1 })}
                  value={line.category}
                  onValue={(category) => setLine(line.key, { category })}
                />
              </div>
              <div className="grid grid-cols-[1fr_4rem] gap-2">
                <SampleNumber
                  label={t("price", { n: index + 1 })}
                  value={line.unitPrice}
                  scale={scale}
                  separator={separator}
                  onValue={(unitPrice) => setLine(line.key, { unitPrice })}
                />
                <SampleNumber
                  label={t("quantity", { n: index + 1 })}
                  value={line.quantity}
                  scale={0}
                  separator={separator}
                  min={1}
                  onValue={(quantity) => setLine(line.key, { quantity })}
                />
              </div>
              <div className="flex items-center justify-between">
                <label className="flex items-center gap-1.5 text-xs text-slate-700">
                  <input
                    type="checkbox"
                    className="size-4 accent-brand-700"
                    checked={line.isOnSale}
                    onChange={(e) => setLine(line.key, { isOnSale: e.target.checked })}
                  />
                  {t("onSale", { n: index + 1 })}
                </label>
                {sample.lines.length > 1 && (
                  <Button
                    variant="ghost"
                    size="sm"
                    onClick={() =>
                      setSample((s) => ({ ...s, lines: s.lines.filter((l) => l.key !== line.key) }))
                    }
                  >
                    {t("removeLine", { n: index + 1 })}
                  </Button>
                )}
              </div>
            </div>
          ))}
          <Button
            variant="secondary"
            size="sm"
            onClick={() =>
              setSample((s) => {
                const key = Math.max(0, ...s.lines.map((l) => l.key)) + 1;
                return {
                  ...s,
                  lines: [
                    ...s.lines,
                    {
                      key,
                      sku: `Item ${key}`,
                      category: "general",
                      unitPrice: 1000 * 10 ** scale,
                      quantity: 1,
                      isOnSale: false,
                    },
                  ],
                };
              })
            }
          >
            + {t("addLine")}
          </Button>
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold text-slate-900">{t("member")}</legend>
          <label className="flex items-center gap-1.5 text-sm text-slate-700">
            <input
              type="checkbox"
              className="size-4 accent-brand-700"
              checked={sample.member.isGuest}
              onChange={(e) => setMember({ isGuest: e.target.checked })}
            />
            {t("guest")}
          </label>
          <div className="grid grid-cols-2 gap-2">
            <SampleNumber
              label={t("balance")}
              value={sample.member.availablePoints}
              scale={0}
              separator={separator}
              onValue={(availablePoints) => setMember({ availablePoints })}
            />
            <SampleNumber
              label={t("pointsToSpend")}
              value={sample.pointsToSpend}
              scale={0}
              separator={separator}
              onValue={(pointsToSpend) => setSample((s) => ({ ...s, pointsToSpend }))}
            />
            <SampleNumber
              label={t("periodSpend")}
              value={sample.member.periodSpend}
              scale={scale}
              separator={separator}
              onValue={(periodSpend) => setMember({ periodSpend })}
            />
            <SampleNumber
              label={t("periodOrders")}
              value={sample.member.periodOrders}
              scale={0}
              separator={separator}
              onValue={(periodOrders) => setMember({ periodOrders })}
            />
          </div>
          {levels.length > 0 && (
            <LabeledSelect
              label={t("tier")}
              value={sample.member.tierId ?? ""}
              onValue={(tierId) => setMember({ tierId: tierId || null })}
              options={[
                { value: "", label: t("tierAuto") },
                ...levels.map((l) => ({ value: l.id, label: l.name })),
              ]}
            />
          )}
          {rewards.length > 0 && (
            <LabeledSelect
              label={t("reward")}
              value={sample.rewardId}
              onValue={(rewardId) => setSample((s) => ({ ...s, rewardId }))}
              options={[
                { value: "", label: t("noReward") },
                ...rewards.map((r, i) => ({
                  value: r.id,
                  label: t("rewardOption", { n: i + 1, points: r.points }),
                })),
              ]}
            />
          )}
          <label className="flex items-center gap-1.5 text-sm text-slate-700">
            <input
              type="checkbox"
              className="size-4 accent-brand-700"
              checked={sample.member.isBirthday}
              onChange={(e) => setMember({ isBirthday: e.target.checked })}
            />
            {t("birthdayToday")}
          </label>
        </fieldset>
      </CardBody>
    </Card>
  );
}

function QuoteView({
  quote: q,
  money,
  levels,
}: {
  quote: Quote;
  money: (minor: number) => string;
  levels: { id: string; name: string }[];
}) {
  const t = useTranslations("LiveExample");
  const rows: [string, string][] = [
    [t("subtotal"), money(q.totals.subtotal)],
    [t("discount"), q.totals.discount > 0 ? `−${money(q.totals.discount)}` : money(0)],
    [t("paidWithPoints"), q.totals.pointsValue > 0 ? `−${money(q.totals.pointsValue)}` : money(0)],
    [t("total"), money(q.totals.total)],
    [t("pointsEarned"), String(q.earn.points)],
    [t("pointsSpent"), String(q.spend.pointsTotal)],
    [t("maxPoints"), String(q.spend.maxPoints)],
  ];
  if (q.cashback.earned > 0) rows.push([t("cashbackEarned"), money(q.cashback.earned)]);
  return (
    <>
      <table className="w-full text-sm">
        <caption className="sr-only">{t("totals")}</caption>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label} className="border-b border-slate-100 last:border-0">
              <th scope="row" className="py-1 text-left font-normal text-slate-600">
                {label}
              </th>
              <td className="py-1 text-right font-medium tabular-nums text-slate-900">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-xs text-slate-600">
        <span className="font-medium">{t("limitLabel")} </span>
        {t(`limits.${q.spend.limit}`)}
      </p>
      {q.spend.reward && (
        <p className="text-xs text-slate-600">
          {t("rewardApplied", {
            points: q.spend.reward.points,
            amount: money(q.spend.reward.amount),
          })}
        </p>
      )}
      {q.tier && (
        <p className="text-xs text-slate-600">
          {!q.tier.nextTierId
            ? t("tierTop", { tier: q.tier.name })
            : q.tier.remainingAfterOrder === 0
              ? t("tierReached", {
                  tier: q.tier.name,
                  next: levels.find((l) => l.id === q.tier?.nextTierId)?.name ?? "",
                })
              : t("tierProgress", {
                  tier: q.tier.name,
                  remaining: money(q.tier.remainingAfterOrder),
                })}
        </p>
      )}
      {q.perks.freeShipping && (
        <p className="text-xs font-medium text-emerald-700">{t("freeShipping")}</p>
      )}
      {q.potential && (
        <p className="text-xs text-slate-600">
          {t("guestPotential", { points: q.potential.points, amount: money(q.potential.discount) })}
        </p>
      )}
      <table className="w-full text-xs">
        <caption className="sr-only">{t("lines")}</caption>
        <thead>
          <tr className="text-slate-500">
            <th scope="col" className="py-1 text-left font-medium">
              {t("itemHeader")}
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              {t("lineDiscount")}
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              {t("linePaid")}
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              {t("linePoints")}
            </th>
          </tr>
        </thead>
        <tbody>
          {q.lines.map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: quote lines follow the cart's order
            <tr key={i} className="border-t border-slate-100">
              <td className="py-1">{line.sku}</td>
              <td className="py-1 text-right tabular-nums">
                {money(line.discount + line.orderDiscount)}
              </td>
              <td className="py-1 text-right tabular-nums">{money(line.paid)}</td>
              <td className="py-1 text-right tabular-nums">{line.pointsEarned}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function LabeledText({
  label,
  value,
  onValue,
}: {
  label: string;
  value: string;
  onValue: (v: string) => void;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-slate-600">
        {label}
      </label>
      <Input
        id={id}
        className="mt-0.5 h-8 px-2"
        value={value}
        onChange={(e) => onValue(e.target.value)}
      />
    </div>
  );
}

function LabeledSelect({
  label,
  value,
  onValue,
  options,
}: {
  label: string;
  value: string;
  onValue: (v: string) => void;
  options: { value: string; label: string }[];
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-slate-600">
        {label}
      </label>
      <Select id={id} className="mt-0.5" value={value} onChange={(e) => onValue(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </div>
  );
}
