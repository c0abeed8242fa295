export type Locale = "ru" | "en";

/** The first language given wins: Russian for ru-*, English for any other, Russian if none. */
export function pickLocale(...candidates: (string | null | undefined)[]): Locale {
  const tag = candidates.find((candidate) => candidate)?.toLowerCase();
  return !tag || tag.startsWith("ru") ? "ru" : "en";
}
