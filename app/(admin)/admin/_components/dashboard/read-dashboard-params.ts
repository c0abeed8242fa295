import { DashboardInput } from "@/server/services/analytics/dashboard-input";
import { formatMonth, parseMonth } from "@/server/services/analytics/month-number";
import { maxMonths } from "@/server/services/analytics/resolve-period";
import { localDate } from "@/server/services/stats/local-date";

type Raw = Record<string, string | string[] | undefined>;

/**
 * The dashboard's URL state. Without a range it shows the last three store-local months,
 * this one included; a broken range or filter falls back to those defaults, never to an error.
 */
export function readDashboardParams(raw: Raw, timezone: string, now: Date) {
  const text = (key: string) => {
    const value = raw[key];
    return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
  };
  const thisMonth = parseMonth(localDate(now, timezone).slice(0, 7));
  const defaults = {
    from: formatMonth(thisMonth - 2),
    to: formatMonth(thisMonth),
    lapsedDays: 90,
    cohortBy: "join" as const,
  };
  const parsed = DashboardInput.safeParse({
    from: text("from") ?? defaults.from,
    to: text("to") ?? defaults.to,
    tier: text("tier"),
    program: text("program"),
    lapsedDays: text("lapsedDays") ? Number(text("lapsedDays")) : defaults.lapsedDays,
    cohortBy: text("cohortBy") ?? defaults.cohortBy,
  });
  const isValid =
    parsed.success && parseMonth(parsed.data.to) - parseMonth(parsed.data.from) < maxMonths;
  return {
    input: isValid && parsed.success ? parsed.data : DashboardInput.parse(defaults),
    isValid,
  };
}
