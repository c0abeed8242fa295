import { z } from "zod";

export const currencies = ["RUB", "USD", "EUR", "KZT", "BYN", "UAH", "GBP"] as const;
export const locales = ["ru", "en"] as const;
export type Locale = (typeof locales)[number];

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

export const MerchantSettingsInput = z.object({
  name: z.string().trim().min(2, "Store name needs at least 2 characters").max(80),
  currency: z.enum(currencies, "Choose a supported currency").default("RUB"),
  timezone: z.string().refine(isTimeZone, "Unknown time zone").default("Europe/Moscow"),
  locale: z.enum(locales).optional(),
});
export type MerchantSettingsInput = z.infer<typeof MerchantSettingsInput>;

/** Russian is the default interface for a store that sells in roubles. */
export function defaultLocaleFor(currency: string): Locale {
  return currency === "RUB" ? "ru" : "en";
}
