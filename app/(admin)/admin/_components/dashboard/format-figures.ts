/** Display helpers for integer figures: basis points as a percent, hundredths as a decimal. */
export function formatShare(bp: number | null, locale: string): string {
  if (bp === null) return "—";
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(
    bp / 10_000,
  );
}

export function formatCentis(centis: number | null, locale: string): string {
  if (centis === null) return "—";
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(centis / 100);
}

export function formatCount(value: number | null, locale: string): string {
  return value === null ? "—" : new Intl.NumberFormat(locale).format(value);
}

/** "2026-04" -> "апр. 2026" / "Apr 2026". */
export function formatMonthLabel(month: string, locale: string): string {
  const [year, mon] = month.split("-").map(Number);
  return new Intl.DateTimeFormat(locale, {
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year ?? 1970, (mon ?? 1) - 1, 1)));
}

/** Change against the previous period, in whole percent; null when there is nothing to compare. */
export function changeBp(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return Math.round(((current - previous) * 10_000) / previous);
}
