/**
 * Exact decimal text <-> integer in fixed units: "10,5" at scale 2 -> 1050 (basis points),
 * "1 234.56" at scale 2 -> 123456 (kopecks). Parses the digits, never a float.
 */
export type ParsedDecimal =
  | { ok: true; value: number }
  | { ok: false; error: "number" | "decimals" };

export function parseDecimal(text: string, scale: number): ParsedDecimal {
  const clean = text.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  const match = /^(-?)(\d*)(?:\.(\d*))?$/.exec(clean);
  if (!match || (match[2] === "" && !match[3])) return { ok: false, error: "number" };
  const [, sign, whole = "", fraction = ""] = match;
  const digits = fraction.replace(/0+$/, "");
  if (digits.length > scale) return { ok: false, error: "decimals" };
  const units = BigInt(`${whole || "0"}${digits.padEnd(scale, "0")}`);
  const value = Number(sign === "-" ? -units : units);
  if (!Number.isSafeInteger(value)) return { ok: false, error: "number" };
  return { ok: true, value };
}

/** The inverse: 1050 at scale 2 -> "10.5" (or "10,5" with a comma separator). */
export function formatDecimal(value: number, scale: number, separator = "."): string {
  const sign = value < 0 ? "-" : "";
  const text = Math.abs(value)
    .toString()
    .padStart(scale + 1, "0");
  if (scale === 0) return `${sign}${text}`;
  const whole = text.slice(0, -scale);
  const fraction = text.slice(-scale).replace(/0+$/, "");
  return fraction ? `${sign}${whole}${separator}${fraction}` : `${sign}${whole}`;
}

/** Decimal separator of a locale: "," for ru, "." for en. */
export function decimalSeparator(locale: string): string {
  return (
    new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === "decimal")?.value ?? "."
  );
}

/** Fraction digits of a currency: 2 for RUB, 0 for JPY. */
export function currencyScale(currency: string): number {
  return (
    new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
      .maximumFractionDigits ?? 2
  );
}
