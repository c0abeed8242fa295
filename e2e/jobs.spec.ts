import { expect, test } from "./fixtures";

test("a store's staff sees the background jobs run on the embedded database", async ({
  page,
  merchant,
}) => {
  await page.goto("/admin/settings");
  await expect(page.getByRole("button", { name: `Магазин: ${merchant.storeName}` })).toBeVisible();
  await page.getByRole("link", { name: "Открыть фоновые задачи" }).click();
  await expect(page.getByRole("heading", { name: "Фоновые задачи" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "встроенной базе" })).toBeVisible();
  for (const name of [
    "Сгорание баллов",
    "Активация ожидающих баллов",
    "Пересчёт уровней",
    "Импорт участников",
    "Отправка вебхуков",
  ]) {
    await expect(page.getByRole("rowheader", { name })).toBeVisible();
  }
  // The webhook sweep runs every 5 seconds: its row soon shows a finished run.
  const sweep = page.getByRole("row").filter({ hasText: "deliver-webhooks" });
  await expect(async () => {
    await page.reload();
    await expect(sweep).toContainText("выполнена", { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(sweep).toContainText("5 секунд");
  await expect(page.getByText("В последнее время задачи выполнялись без ошибок.")).toBeVisible();
});
