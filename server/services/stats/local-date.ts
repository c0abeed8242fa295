const formatters = new Map<string, Intl.DateTimeFormat>();

/** The store-local calendar date of an instant, as YYYY-MM-DD (the key of member_daily_stats). */
export function localDate(instant: Date, timezone: string): string {
  // Every buyer load asks for UTC dates; Intl formatting is the slowest step of a widget quote.
  if (timezone === "UTC") return instant.toISOString().slice(0, 10);
  let formatter = formatters.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", {
      timeZone: timezone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    formatters.set(timezone, formatter);
  }
  return formatter.format(instant);
}
