import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

export type KpiProps = {
  label: string;
  value: string;
  previous?: string;
  /** Change against the previous period in basis points. */
  change?: number | null;
  locale: string;
  href?: string;
  hint?: string;
};

/** One figure, with the previous period beside it and, where a list exists, a link to it. */
export function Kpi({ label, value, previous, change, locale, href, hint }: KpiProps) {
  const t = useTranslations("Dashboard");
  const changeText =
    change === null || change === undefined
      ? null
      : new Intl.NumberFormat(locale, {
          style: "percent",
          signDisplay: "exceptZero",
          maximumFractionDigits: 0,
        }).format(change / 10_000);
  const body = (
    <>
      <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold text-slate-900 tabular-nums">{value}</dd>
      {previous !== undefined && (
        <dd className="mt-1 text-xs text-slate-500">
          {t("previous", { value: previous })}
          {changeText && (
            <span
              className={cn(
                "ml-2 font-medium",
                (change ?? 0) >= 0 ? "text-emerald-700" : "text-red-700",
              )}
            >
              {changeText}
            </span>
          )}
        </dd>
      )}
      {hint && <dd className="mt-1 text-xs text-slate-500">{hint}</dd>}
    </>
  );
  return (
    <div className="rounded-lg border border-slate-200 p-4">
      {href ? (
        <Link href={href} className="block hover:opacity-80" aria-label={`${label}: ${value}`}>
          <dl>{body}</dl>
        </Link>
      ) : (
        <dl>{body}</dl>
      )}
    </div>
  );
}
