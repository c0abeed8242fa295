import { expect, joinAsTeammate, test, trpcMutation } from "../fixtures";

// Refreshes docs/screenshots/*.png: `npm run screenshots` (not part of `npm test`).

test.use({ viewport: { width: 1280, height: 800 } });

const shot = (name: string) => ({ path: `docs/screenshots/${name}.png`, fullPage: true });

test("sign-in page", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Вход" })).toBeVisible();
  await page.screenshot(shot("sign-in"));
});

test("admin shell in Russian", async ({ page, demo, apiLogin }) => {
  await apiLogin(demo.email, demo.password);
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Обзор" })).toBeVisible();
  await page.screenshot(shot("admin-ru"));
});

test("settings in English", async ({ page, merchant, browser, baseURL }) => {
  await joinAsTeammate({ browser, baseURL: baseURL ?? "", owner: page.request, role: "analyst" });
  await trpcMutation(page.request, "team.invite", {
    email: "new.manager@example.com",
    role: "manager",
  });
  await page.goto("/admin/settings");
  await page.getByRole("button", { name: "EN" }).click();
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
  await expect(page.getByRole("button", { name: `Store: ${merchant.storeName}` })).toBeVisible();
  await page.screenshot(shot("settings-en"));
});
