import { expect, test } from "./fixtures";

test("switching RU -> EN changes the navigation language and sticks", async ({
  page,
  merchant,
}) => {
  await page.goto("/admin");
  await expect(page.getByRole("button", { name: `Магазин: ${merchant.storeName}` })).toBeVisible();
  const ruNav = page.getByRole("navigation", { name: "Разделы" });
  await expect(ruNav.getByRole("link", { name: "Участники" })).toBeVisible();
  await expect(page.getByRole("button", { name: "RU" })).toHaveAttribute("aria-pressed", "true");

  await page.getByRole("button", { name: "EN" }).click();

  const enNav = page.getByRole("navigation", { name: "Sections" });
  await expect(enNav.getByRole("link", { name: "Members" })).toBeVisible();
  await expect(enNav.getByRole("link", { name: "Settings" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.reload();
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
});
