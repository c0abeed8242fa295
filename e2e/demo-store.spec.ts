import { expect, test } from "@playwright/test";

/** "4 270,00 ₽" -> 427000: money stays in integer minor units, as everywhere. */
const minorUnits = (text: string | null) => Number((text ?? "").replace(/\D/g, ""));
/** A point pays 1 RUB in the demo program. */
const pointValue = 100;

test("the demo store: catalog, cart with the widget, points spent, paid, points earned", async ({
  page,
}) => {
  await page.goto("/demo");
  await page.getByRole("button", { name: "Войти как демо-покупатель" }).click();
  await expect(page.getByText("Вы вошли как Ирина Смирнова")).toBeVisible();

  const tea = page.getByRole("listitem", { name: "Да Хун Пао, 100 г" });
  await tea.getByRole("button", { name: "В корзину" }).click();
  await tea.getByRole("button", { name: "В корзину" }).click();
  await expect(tea.getByText("В корзине: 2")).toBeVisible();
  await page
    .getByRole("listitem", { name: "Пуэр Шу, блин 357 г" })
    .getByRole("button", { name: "В корзину" })
    .click();
  await page.getByRole("link", { name: "Корзина (3)" }).click();

  const widget = page.locator("kopilka-cart");
  await expect(widget.getByText("Ирина Смирнова")).toBeVisible();
  const balance = await widget.getByRole("definition").first().textContent();
  expect(balance).toMatch(/^[\d\s]+\sбалл/);
  const available = minorUnits(balance);
  await expect(page.getByTestId("shop-subtotal")).toHaveText(/4\s270,00\s₽/);
  const totalBefore = minorUnits(await page.getByTestId("shop-total").textContent());

  await widget.getByRole("slider", { name: "Оплатить баллами" }).focus();
  await page.keyboard.press("End");
  const spent = Number(await widget.getByRole("spinbutton").inputValue());
  expect(spent).toBeGreaterThan(0);
  await expect
    .poll(async () => minorUnits(await page.getByTestId("shop-total").textContent()))
    .toBe(totalBefore - spent * pointValue);

  await page.getByRole("button", { name: "Оформить заказ" }).click();
  await expect(page.getByRole("heading", { name: /^Заказ DEMO-/ })).toBeVisible();
  await expect(page.getByTestId("order-points-spent")).toHaveText(String(spent));
  const total = await page.getByTestId("order-total").textContent();
  expect(minorUnits(total)).toBe(totalBefore - spent * pointValue);

  await page.getByRole("button", { name: /^Оплатить / }).click();
  await expect(page.getByRole("heading", { name: "Спасибо за покупку!" })).toBeVisible();
  await expect(page.getByTestId("thanks-spent")).toHaveText(String(spent));
  const earned = Number(await page.getByTestId("thanks-earned").textContent());
  // 1 point per full 100 RUB paid.
  const paid = totalBefore - spent * pointValue;
  expect(earned).toBe((paid - (paid % 10_000)) / 10_000);
  // Earned points wait out the program's activation delay; the spent ones are gone.
  await expect(page.getByTestId("thanks-balance")).toHaveText(
    new RegExp(`^${available - spent} доступно, \\d+ ожидают активации$`),
  );
  await expect(page.getByRole("link", { name: "Корзина (0)" })).toBeVisible();
});

test("a guest buys at full price and is invited to sign in", async ({ page }) => {
  await page.goto("/demo");
  await expect(page.getByText("Гость", { exact: true })).toBeVisible();
  await page
    .getByRole("listitem", { name: "Сенча, 100 г" })
    .getByRole("button", { name: "В корзину" })
    .click();
  await page.getByRole("link", { name: "Корзина (1)" }).click();
  await expect(page.locator("kopilka-cart").getByText(/^Вступите/)).toBeVisible();
  await page.getByRole("button", { name: "Оформить заказ" }).click();
  await expect(page.getByTestId("order-total")).toHaveText(/540,00\s₽/);
  await page.getByRole("button", { name: /^Оплатить / }).click();
  await expect(page.getByText(/Войдите как демо-покупатель в следующий раз/)).toBeVisible();
});
