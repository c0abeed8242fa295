import { expect, test } from "./fixtures";

test("a reset request never reveals whether the account exists", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Забыли пароль?" }).click();
  await page.getByLabel("Email").fill("nobody@e2e.kopilka.dev");
  await page.getByRole("button", { name: "Отправить ссылку" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Если аккаунт с таким email существует" }),
  ).toBeVisible();
});

test("a reset link with a bad token says so and offers a new one", async ({ page }) => {
  await page.goto("/reset-password?token=not-a-real-token");
  await page.getByLabel("Новый пароль").fill("kopilka-new-42");
  await page.getByLabel("Повторите пароль").fill("kopilka-new-43");
  await page.getByRole("button", { name: "Сохранить пароль" }).click();
  await expect(page.getByText("Пароли не совпадают")).toBeVisible();

  await page.getByLabel("Повторите пароль").fill("kopilka-new-42");
  await page.getByRole("button", { name: "Сохранить пароль" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Ссылка недействительна или устарела." }),
  ).toBeVisible();

  await page.goto("/reset-password?error=INVALID_TOKEN");
  await expect(page.getByRole("link", { name: "Запросить новую ссылку" })).toBeVisible();
});
