import { openDemoCartAsBuyer } from "./demo-cart";
import { expect, readTrpcData, test, trpcMutation, uniqueId } from "./fixtures";

test("a friend opens the demo buyer's invite link, signs up in the demo store, gets the welcome points and pays; the referrer is rewarded", async ({
  page,
  demo,
  apiLogin,
  browser,
  baseURL,
}) => {
  // The settle job runs once a minute; a zero-day refund window lets its next run pay.
  test.setTimeout(180_000);
  await apiLogin(demo.email, demo.password);
  const created = await trpcMutation(page.request, "programs.create", {
    name: "Приведи друга",
    config: {
      type: "referral",
      referral: {
        friendBonus: 300,
        referrerBonus: 500,
        refundWindowDays: 0,
        landingUrl: `${baseURL}/demo`,
      },
    },
  });
  const { programId } = await readTrpcData<{ programId: string }>(created);
  expect((await trpcMutation(page.request, "programs.publish", { programId })).status()).toBe(200);

  const widget = await openDemoCartAsBuyer(page);
  await expect(widget.getByText("Пригласите друга — ссылка:")).toBeVisible();
  const invite = widget.getByText(/\/demo\?ref=/);
  await expect(invite).toHaveText(new RegExp(`^${baseURL}/demo\\?ref=[0-9A-Z]{8}$`));
  const link = (await invite.textContent()) ?? "";

  const friend = await (await browser.newContext({ baseURL })).newPage();
  await friend.goto(link);
  await expect(friend.getByText("Гость", { exact: true })).toBeVisible();
  // The code has to survive browsing: the friend looks around before creating an account.
  await friend.getByRole("link", { name: "Корзина (0)" }).click();
  await friend.getByRole("link", { name: "Создать аккаунт" }).click();
  await friend.getByLabel("Имя").fill("Олег Кузнецов");
  await friend.getByLabel("Email").fill(`oleg-${uniqueId()}@example.com`);
  await friend.getByRole("button", { name: "Создать аккаунт" }).click();
  await expect(
    friend.getByRole("heading", { name: "Добро пожаловать, Олег Кузнецов!" }),
  ).toBeVisible();
  await expect(
    friend.getByText("Подарок за приглашение: 300 баллов уже на вашем счёте."),
  ).toBeVisible();
  await expect(friend.getByText("Вы вошли как Олег Кузнецов")).toBeVisible();

  await friend.getByRole("link", { name: "Перейти в каталог" }).click();
  await friend
    .getByRole("listitem", { name: "Пуэр Шу, блин 357 г" })
    .getByRole("button", { name: "В корзину" })
    .click();
  await friend.getByRole("link", { name: "Корзина (1)" }).click();
  const friendWidget = friend.locator("kopilka-cart");
  await expect(friendWidget.getByText("Олег Кузнецов")).toBeVisible();
  await expect(friendWidget.getByRole("definition").first()).toHaveText(/^300\sбаллов$/);
  await friend.getByRole("button", { name: "Оформить заказ" }).click();
  await expect(friend.getByTestId("order-total")).toHaveText(/2\s490,00\s₽/);
  await friend.getByRole("button", { name: /^Оплатить / }).click();
  await expect(friend.getByRole("heading", { name: "Спасибо за покупку!" })).toBeVisible();
  await expect(friend.getByTestId("thanks-balance")).toHaveText(/^300 доступно, /);

  await page.goto("/admin/referrals");
  await expect(page.getByRole("heading", { name: "Рефералы" })).toBeVisible();
  const row = page
    .getByRole("table", { name: "Рефералы" })
    .getByRole("row", { name: /Олег Кузнецов/ });
  await expect(row).toContainText("Ирина Смирнова");
  await expect(row).toContainText(/300 \/ /);
  // The job records the first order when it settles the referral.
  await expect(async () => {
    await page.reload();
    await expect(row).toContainText("Награда начислена", { timeout: 1000 });
  }).toPass({ timeout: 130_000 });
  await expect(row).toContainText(/2\s490,00\s₽/);
  await expect(row).toContainText("300 / 500");
});
