import type { Locale } from "./locales";
import type messages from "./messages/ru.json";

// next-intl reads its key and locale types from this augmentation (it must be an interface).
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
