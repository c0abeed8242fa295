import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";

const monthsAgo = (n: number) => {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 7);
};

test("the demo dashboard follows the range, drills into a cohort cell and exports CSV", async ({
  page,
  apiLogin,
  demo,
}) => {
  await apiLogin(demo.email, demo.password);
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Обзор" })).toBeVisible();
  await expect(page.getByText(/^Данные на /)).toBeVisible();
  const active = page
    .locator("dl", { has: page.getByText("Активные (покупали)") })
    .locator("dd")
    .first();
  await expect(active).toHaveText(/\d/);
  const threeMonths = await active.textContent();

  const range = page.getByRole("form", { name: "Период и фильтры дашборда" });
  await range.getByLabel("С месяца").fill(monthsAgo(11));
  await range.getByLabel("По месяц").fill(monthsAgo(0));
  await range.getByRole("button", { name: "Показать" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${monthsAgo(11)}`));
  await expect(active).not.toHaveText(threeMonths ?? "");

  const heatmap = page.getByRole("table", { name: "Тепловая карта когорт" });
  const labels = await heatmap
    .getByRole("link")
    .evaluateAll((links) => links.map((link) => link.getAttribute("aria-label") ?? ""));
  const cell = labels.find((label) => /: [1-9]\d*$/.test(label));
  expect(cell).toBeDefined();
  const count = Number(cell?.split(": ").at(-1));
  await heatmap.getByRole("link", { name: cell, exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/members\?joinedMonth=\d{4}-\d{2}&boughtMonth=\d{4}-\d{2}/);
  await expect(page.getByText(new RegExp(`–\\d+ из ${count}$`))).toBeVisible();

  await page.goBack();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Скачать CSV" }).first().click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("behaviour.csv");
  const csv = readFileSync((await file.path()) ?? "", "utf8");
  expect(csv.split("\r\n")[0]).toBe("metric,members,guests,membersBefore,guestsBefore");
  expect(csv).toMatch(/^averageOrder,\d+,\d+,/m);
});

test("the program filter narrows the cards and tier movements drill down to their members", async ({
  page,
  apiLogin,
  demo,
}) => {
  await apiLogin(demo.email, demo.password);
  await page.goto(`/admin?from=${monthsAgo(11)}&to=${monthsAgo(0)}`);
  const filters = page.getByRole("form", { name: "Период и фильтры дашборда" });
  await filters.getByLabel("Программа").selectOption({ label: "Бонусы и VIP" });
  await filters.getByRole("button", { name: "Показать" }).click();
  await expect(page).toHaveURL(/program=[0-9a-f-]{36}/);
  await expect(page.getByText(/покупавшие по программе «Бонусы и VIP»/)).toBeVisible();
  await expect(page.getByText(/фильтр по программе здесь не применяется/)).toBeVisible();

  const movedUp = page.getByRole("link", { name: /^Повысили уровень: / });
  const label = (await movedUp.getAttribute("aria-label")) ?? "";
  const count = label.split(": ").at(-1)?.replace(/\D/g, "") ?? "";
  expect(Number(count)).toBeGreaterThan(0);
  await movedUp.click();
  await expect(page).toHaveURL(/\/admin\/members\?tierMove=up&movedFrom=\d{4}-\d{2}&movedTo=/);
  const summary = page.getByText(/^\d+–\d+ из /);
  await expect(summary).toBeVisible();
  expect((await summary.textContent())?.split(" из ").at(-1)?.replace(/\D/g, "")).toBe(count);
});
