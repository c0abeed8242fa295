import { expect, joinAsTeammate, password, test, trpcMutation, uniqueId } from "./fixtures";

test("an owner invites a teammate who signs up by the link and sees the store as analyst", async ({
  page,
  merchant,
  browser,
}) => {
  const email = `analyst-${uniqueId()}@e2e.kopilka.dev`;
  await page.goto("/admin/settings");
  await page.getByRole("textbox", { name: "Email", exact: true }).fill(email);
  await expect(page.getByRole("combobox", { name: "Роль", exact: true })).toHaveValue("analyst");
  await page.getByRole("button", { name: "Пригласить" }).click();
  await expect(page.getByText(`Приглашение для ${email} отправлено.`)).toBeVisible();
  const link = await page.getByRole("textbox", { name: `Ссылка для ${email}` }).inputValue();
  expect(link).toMatch(/\/invite\/.+/);

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(link);
  await expect(invitee.getByText(`приглашает вас в магазин «${merchant.storeName}»`)).toBeVisible();
  await expect(invitee.getByRole("definition").filter({ hasText: "Аналитик" })).toBeVisible();
  await invitee.getByLabel("Ваше имя").fill("Ирина");
  await invitee.getByLabel("Пароль").fill(password);
  await invitee.getByRole("button", { name: "Создать аккаунт и присоединиться" }).click();

  await expect(invitee).toHaveURL(/\/admin$/);
  const switcher = invitee.getByRole("button", { name: `Магазин: ${merchant.storeName}` });
  await expect(switcher).toContainText("Аналитик");

  await page.reload();
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toContainText("Ирина");
  await expect(row.getByRole("combobox", { name: "Роль: Ирина" })).toHaveValue("analyst");
  await expect(page.getByText("Неотвеченных приглашений нет.")).toBeVisible();
});

test("an analyst cannot change settings: the form is disabled and the API refuses", async ({
  page,
  merchant,
  browser,
  baseURL,
}) => {
  const { page: analyst } = await joinAsTeammate({
    browser,
    baseURL: baseURL ?? "",
    owner: page.request,
    role: "analyst",
  });
  await analyst.goto("/admin/settings");
  await expect(
    analyst.getByText("Ваша роль позволяет просматривать, но не менять настройки."),
  ).toBeVisible();
  await expect(analyst.getByLabel("Название магазина")).toBeDisabled();
  await expect(analyst.getByLabel("Название магазина")).toHaveValue(merchant.storeName);
  await expect(analyst.getByRole("button", { name: "Сохранить" })).toBeDisabled();
  await expect(analyst.getByRole("button", { name: "Пригласить" })).toHaveCount(0);

  const response = await trpcMutation(analyst.request, "merchant.updateSettings", {
    name: "Hijacked",
    currency: "RUB",
    timezone: "Europe/Moscow",
    locale: "ru",
  });
  expect(response.status()).toBe(403);

  await page.goto("/admin/settings");
  await expect(page.getByLabel("Название магазина")).toHaveValue(merchant.storeName);
});
