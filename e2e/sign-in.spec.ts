import { expect, test } from "./fixtures";

test("the demo owner signs in and sees the demo store", async ({ page, demo }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Войти" }).click();
  await page.getByLabel("Email").fill(demo.email);
  await page.getByLabel("Пароль").fill(demo.password);
  await page.getByRole("button", { name: "Войти" }).click();

  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("button", { name: `Магазин: ${demo.storeName}` })).toBeVisible();
});

test("a wrong password shows an error and keeps the user signed out", async ({ page, demo }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(demo.email);
  await page.getByLabel("Пароль").fill("not-the-password-1");
  await page.getByRole("button", { name: "Войти" }).click();

  await expect(
    page.getByRole("alert").filter({ hasText: "Неверный email или пароль." }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("a returning user signed in through the API goes straight to the admin", async ({
  page,
  demo,
  apiLogin,
}) => {
  await apiLogin(demo.email, demo.password);
  await page.goto("/sign-in");
  await expect(page).toHaveURL(/\/admin$/);
});
