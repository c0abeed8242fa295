import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/** Signs in to the demo store as its seeded buyer, puts one product in the cart, opens the cart. */
export async function openDemoCartAsBuyer(page: Page, product = "Сенча, 100 г") {
  await page.goto("/demo");
  await page.getByRole("button", { name: "Войти как демо-покупатель" }).click();
  await expect(page.getByText("Вы вошли как Ирина Смирнова")).toBeVisible();
  await page
    .getByRole("listitem", { name: product })
    .getByRole("button", { name: "В корзину" })
    .click();
  await page.getByRole("link", { name: "Корзина (1)" }).click();
  return page.locator("kopilka-cart");
}
