import { expect, password, test, uniqueId } from "./fixtures";

test.use({ timezoneId: "Asia/Yekaterinburg" });

test("a new merchant signs up and lands in the admin in Russian", async ({ page }) => {
  const storeName = `Лавка Анны ${uniqueId()}`;
  await page.goto("/sign-up");
  await expect(page.getByRole("heading", { name: "Создание магазина" })).toBeVisible();
  await expect(page.getByLabel("Часовой пояс")).toHaveValue("Asia/Yekaterinburg");
  await expect(page.getByLabel("Валюта")).toHaveValue("RUB");

  await page.getByLabel("Ваше имя").fill("Анна");
  await page.getByLabel("Email").fill(`anna-${uniqueId()}@e2e.kopilka.dev`);
  await page.getByLabel("Пароль", { exact: true }).fill("short");
  await page.getByLabel("Название магазина").fill(storeName);
  await page.getByRole("button", { name: "Создать магазин" }).click();
  await expect(page.getByText("Не меньше 10 символов", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Пароль", { exact: true })).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Пароль", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Создать магазин" }).click();

  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  const nav = page.getByRole("navigation", { name: "Разделы" });
  await expect(nav.getByRole("link", { name: "Настройки" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Обзор" })).toBeVisible();
  await expect(page.getByRole("button", { name: `Магазин: ${storeName}` })).toBeVisible();

  await page.goto("/admin/settings");
  await expect(page.getByLabel("Часовой пояс")).toHaveValue("Asia/Yekaterinburg");
});
