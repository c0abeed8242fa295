import { formatMoney } from "@/components/format/money";
import { decimalSeparator, formatDecimal } from "../decimal";
import type { ConfigChange } from "../diff-config";
import { getIn } from "./config-path";

type Translate = { (key: string): string; has: (key: string) => boolean };
type Context = { t: Translate; locale: string; currency: string; config: unknown };

const moneyKeys = new Set([
  "min",
  "minOrderAmount",
  "perAmount",
  "pointValue",
  "maxDiscount",
  "fee",
  "minFirstOrderAmount",
]);
const listNames: Record<string, string> = {
  levels: "level",
  brackets: "bracket",
  rewards: "reward",
  windows: "window",
  categoryMultipliers: "multiplier",
  categoryShares: "share",
};

/** "Tiers › Level 2 (VIP) › Threshold" for ["tiers", "levels", 1, "threshold"]. */
export function labelPath(path: readonly (string | number)[], ctx: Context): string {
  return path
    .map((segment, i) => {
      if (typeof segment === "number") {
        const list = String(path[i - 1] ?? "");
        const item = getIn(ctx.config, path.slice(0, i + 1)) as { name?: string } | undefined;
        const noun = ctx.t.has(`items.${listNames[list] ?? "item"}`)
          ? ctx.t(`items.${listNames[list] ?? "item"}`)
          : "#";
        return item?.name ? `${noun} ${segment + 1} (${item.name})` : `${noun} ${segment + 1}`;
      }
      return ctx.t.has(`labels.${segment}`) ? ctx.t(`labels.${segment}`) : segment;
    })
    .filter((label, i, all) => i === 0 || label !== all[i - 1])
    .join(" › ");
}

export function formatValue(
  path: readonly (string | number)[],
  value: unknown,
  ctx: Context,
): string {
  const key = String([...path].reverse().find((s) => typeof s === "string") ?? "");
  if (value === null || value === undefined) return ctx.t("values.none");
  if (typeof value === "boolean") return ctx.t(value ? "values.yes" : "values.no");
  if (typeof value === "number") {
    const separator = decimalSeparator(ctx.locale);
    if (/multiplierBp$/i.test(key)) return `×${formatDecimal(value, 4, separator)}`;
    if (/Bp$/.test(key)) return `${formatDecimal(value, 2, separator)}%`;
    const isSpendThreshold =
      key === "threshold" && getIn(ctx.config, ["tiers", "metric"]) !== "orders";
    if (moneyKeys.has(key) || isSpendThreshold) return formatMoney(value, ctx.currency, ctx.locale);
    return new Intl.NumberFormat(ctx.locale).format(value);
  }
  if (typeof value === "string")
    return ctx.t.has(`values.${value}`) ? ctx.t(`values.${value}`) : value;
  if (Array.isArray(value)) {
    if (value.length === 0) return ctx.t("values.empty");
    return value.map((item) => formatValue(path, item, ctx)).join(", ");
  }
  const record = value as Record<string, unknown>;
  if (typeof record.name === "string") return record.name;
  return Object.entries(record)
    .filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => `${labelPath([k], ctx)}: ${formatValue([...path, k], v, ctx)}`)
    .join("; ");
}

export function describeChanges(changes: ConfigChange[], ctx: Context) {
  return changes.map((change) => ({
    label: labelPath(change.path, ctx),
    before: formatValue(change.path, change.before, ctx),
    after: formatValue(change.path, change.after, ctx),
  }));
}
