import { expect, test, uniqueId } from "./fixtures";

test("an owner creates a second store and switches between the two", async ({ page, merchant }) => {
  const second = `Склад ${uniqueId()}`;
  await page.goto("/admin/settings");
  await page.getByRole("button", { name: `Магазин: ${merchant.storeName}` }).click();
  await page.getByRole("button", { name: "Создать ещё магазин" }).click();

  const dialog = page.getByRole("dialog", { name: "Новый магазин" });
  await dialog.getByLabel("Название магазина").fill(second);
  await dialog.getByRole("button", { name: "Создать магазин" }).click();
  await expect(dialog).toBeHidden();

  const switcher = page.getByRole("button", { name: `Магазин: ${second}` });
  await expect(switcher).toBeVisible();
  await expect(page.getByLabel("Название магазина")).toHaveValue(second);

  await switcher.click();
  await page.getByRole("button", { name: merchant.storeName }).click();
  await expect(page.getByRole("button", { name: `Магазин: ${merchant.storeName}` })).toBeVisible();
  await expect(page.getByLabel("Название магазина")).toHaveValue(merchant.storeName);

  await page.reload();
  await expect(page.getByLabel("Название магазина")).toHaveValue(merchant.storeName);
});
