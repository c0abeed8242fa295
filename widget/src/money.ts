/**
 * Minor units -> localized money. The amount reaches Intl as an exact decimal string
 * ("1780.05"), never as the float 178005 / 100.
 */
export function formatMoney(minor: number, currency: string, locale: string): string {
  const format = new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    currencyDisplay: "narrowSymbol",
  });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  const text = Math.abs(minor)
    .toString()
    .padStart(digits + 1, "0");
  const whole = text.slice(0, text.length - digits);
  const fraction = digits ? `.${text.slice(text.length - digits)}` : "";
  return format.format(`${minor < 0 ? "-" : ""}${whole}${fraction}` as `${number}`);
}
