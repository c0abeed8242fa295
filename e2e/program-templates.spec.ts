import { formatMoney } from "@/components/format/money";
import { buildQuoteInput, makeSample } from "@/components/programs/live-example/sample";
import { makeTemplate, templateIds } from "@/components/programs/templates";
import { quote } from "@/server/engine";
import { expect, test } from "./fixtures";

// The template names as the Russian interface shows them.
const names: Record<(typeof templateIds)[number], string> = {
  discountCard: "Дисконтная карта",
  cumulativeDiscount: "Накопительная скидка",
  bonusPoints: "Бонусные баллы",
  vipTiers: "Уровни: VIP",
  combined: "Комбинированная",
  cashback: "Кешбэк",
  referral: "Приведи друга",
  club: "Клуб",
};

const rub = (minor: number) => formatMoney(minor, "RUB", "ru");

for (const id of templateIds) {
  const name = names[id];

  test(`template «${name}»: the live example is the engine's quote, and it publishes`, async ({
    page,
    merchant: _merchant,
  }) => {
    await page.goto("/admin/programs/new");
    await page.getByRole("link", { name: `Взять шаблон «${name}»` }).click();
    await expect(page.getByLabel("Название программы")).toHaveValue(name);

    const clock = { now: new Date(), timezone: "Europe/Moscow" };
    const expected = quote(buildQuoteInput(makeTemplate(id, "ru"), makeSample(2), clock, "RUB"));
    const result = page.getByRole("region", { name: "Результат примера" });
    const row = (label: string) => result.getByRole("row", { name: new RegExp(`^${label}`) });
    await expect(row("Сумма")).toContainText(rub(expected.totals.subtotal));
    await expect(row("К оплате")).toContainText(rub(expected.totals.total));

    await page.getByRole("button", { name: "Создать черновик" }).click();
    await page.getByRole("button", { name: "Опубликовать…" }).click();
    const dialog = page.getByRole("dialog", { name: "Опубликовать программу?" });
    await dialog.getByRole("button", { name: "Опубликовать" }).click();
    await expect(page.getByText("Версия 1 опубликована.")).toBeVisible();
  });
}
