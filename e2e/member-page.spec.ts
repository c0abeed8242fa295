import { makeTemplate } from "@/components/programs/templates";
import { openDemoCartAsBuyer } from "./demo-cart";
import { expect, importMembers, readTrpcData, test, trpcMutation } from "./fixtures";

test("the member page opens from a signed link with balance, QR card and history; a tampered or revoked link shows nothing", async ({
  page,
  merchant: _merchant,
  browser,
  baseURL,
}) => {
  const created = await trpcMutation(page.request, "programs.create", {
    name: "Бонусы",
    config: makeTemplate("bonusPoints", "ru"),
  });
  const { programId } = await readTrpcData<{ programId: string }>(created);
  expect((await trpcMutation(page.request, "programs.publish", { programId })).status()).toBe(200);
  await importMembers(page.request, [
    { row: 2, data: { externalId: "MP-1", name: "Анна Смирнова", points: "300" } },
  ]);

  await page.goto("/admin/members");
  await page.getByRole("link", { name: "Анна Смирнова" }).click();
  const cardNumber = (await page.getByText(/^\d{12}$/).textContent()) ?? "";
  await page.getByRole("button", { name: "Получить ссылку" }).click();
  const link = page.getByRole("link", { name: /\/m\// });
  const url = (await link.getAttribute("href")) ?? "";
  expect(url).toContain(`${baseURL}/m/`);

  const buyer = await (await browser.newContext({ baseURL })).newPage();
  await buyer.goto(url);
  await expect(buyer.getByRole("heading", { name: "Здравствуйте, Анна Смирнова" })).toBeVisible();
  await expect(buyer.getByText("300 баллов")).toBeVisible();
  await expect(buyer.getByRole("img", { name: `QR-код номера карты ${cardNumber}` })).toBeVisible();
  await expect(buyer.getByTestId("card-number")).toHaveText(
    cardNumber.replace(/(\d{4})(?=\d)/g, "$1 "),
  );
  await expect(buyer.getByText("начальный баланс (импорт)")).toBeVisible();

  await buyer.goto(`${url.slice(0, -3)}abc`);
  await expect(buyer.getByRole("heading", { name: "Ссылка не работает" })).toBeVisible();
  await expect(buyer.getByText("Анна Смирнова")).toHaveCount(0);

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Отозвать все ссылки" }).click();
  await expect(page.getByText("Все прежние ссылки отозваны.", { exact: false })).toBeVisible();
  await buyer.goto(url);
  await expect(buyer.getByRole("heading", { name: "Ссылка отозвана" })).toBeVisible();
  await expect(buyer.getByText("Анна Смирнова")).toHaveCount(0);

  await page.goto(
    `/admin/members?q=${encodeURIComponent(cardNumber.replace(/(\d{4})(?=\d)/g, "$1 "))}`,
  );
  await expect(page.getByRole("link", { name: "Анна Смирнова" })).toBeVisible();
});

test("the demo buyer opens their member page from the widget's link on the demo cart", async ({
  page,
  demo,
  apiLogin,
}) => {
  await apiLogin(demo.email, demo.password);
  await page.goto(`/admin/members?q=${encodeURIComponent("buyer@demo.kopilka.dev")}`);
  await page.getByRole("link", { name: "Ирина Смирнова" }).click();
  const cardNumber = (await page.getByText(/^\d{12}$/).textContent()) ?? "";

  const widget = await openDemoCartAsBuyer(page);
  await expect(widget.getByText("Ирина Смирнова")).toBeVisible();
  const balance = (await widget.getByRole("definition").first().textContent()) ?? "";
  expect(balance).toMatch(/^[\d\s]+\sбалл/);

  const [memberPage] = await Promise.all([
    page.waitForEvent("popup"),
    widget.getByRole("link", { name: "Моя карта и история" }).click(),
  ]);
  await expect(memberPage).toHaveURL(/\/m\//);
  await expect(
    memberPage.getByRole("heading", { name: "Здравствуйте, Ирина Смирнова" }),
  ).toBeVisible();
  await expect(memberPage.getByText(balance, { exact: true })).toBeVisible();
  await expect(memberPage.getByTestId("card-number")).toHaveText(
    cardNumber.replace(/(\d{4})(?=\d)/g, "$1 "),
  );
});
