/** Basis points as a localized percent with two decimals, built as an exact decimal string. */
export function formatBp(bp: number, locale: string): string {
  const sign = bp < 0 ? "-" : "";
  const abs = Math.abs(bp);
  const decimal = `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
  const formatter = new Intl.NumberFormat(locale, { minimumFractionDigits: 2 });
  return `${formatter.format(decimal as unknown as number)}%`;
}
