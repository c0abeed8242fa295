/** A calendar date as the store sees it: in the store's time zone, in the reader's language. */
export function formatDate(date: Date, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone }).format(date);
}
