import { formatMoney } from "@/widget/src/money";
import type { DemoLocale } from "./copy";

export function formatRub(minor: number, locale: DemoLocale): string {
  return formatMoney(minor, "RUB", locale === "ru" ? "ru-RU" : "en-US");
}
