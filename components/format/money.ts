/** Minor units -> localized money text. Builds an exact decimal string: no float division. */
export function formatMoney(minor: number, currency: string, locale: string): string {
  const formatter = new Intl.NumberFormat(locale, { style: "currency", currency });
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  const sign = minor < 0 ? "-" : "";
  const text = Math.abs(minor)
    .toString()
    .padStart(digits + 1, "0");
  const whole = digits ? text.slice(0, -digits) : text;
  const decimal = digits ? `${sign}${whole}.${text.slice(-digits)}` : `${sign}${whole}`;
  return formatter.format(decimal as unknown as number);
}
