import { formatMoney } from "@/components/format/money";
import { buildQuoteInput, makeSample } from "@/components/programs/live-example/sample";
import { makeTemplate } from "@/components/programs/templates";
import { quote } from "@/server/engine";
import { expect, readTrpcData, test, trpcMutation } from "./fixtures";

const rub = (minor: number) => formatMoney(minor, "RUB", "ru");

test("the VIP template: live example priced by the engine, then created and published", async ({
  page,
  merchant: _merchant,
}) => {
  await page.goto("/admin/programs");
  await expect(page.getByText("Программ пока нет")).toBeVisible();
  await page.getByRole("link", { name: "Новая программа" }).click();
  await page.getByRole("link", { name: "Взять шаблон «Уровни: VIP»" }).click();
  await expect(page.getByLabel("Название программы")).toHaveValue("Уровни: VIP");
  await expect(page.getByText("За каждые 100,00 ₽ покупки начисляется 1 балл.")).toBeVisible();

  const config = makeTemplate("vipTiers", "ru");
  const sample = makeSample(2);
  const clock = { now: new Date(), timezone: "Europe/Moscow" };
  const plain = quote(buildQuoteInput(config, sample, clock, "RUB"));
  const withReward = quote(
    buildQuoteInput(config, { ...sample, rewardId: "ten-off" }, clock, "RUB"),
  );
  const result = page.getByRole("region", { name: "Результат примера" });
  const row = (name: string) => result.getByRole("row", { name: new RegExp(`^${name}`) });
  await expect(row("Сумма")).toContainText(rub(plain.totals.subtotal));
  await expect(row("К оплате")).toContainText(rub(plain.totals.total));
  await expect(row("Начислится баллов")).toContainText(String(plain.earn.points));
  await expect(row("Можно списать баллов")).toContainText(String(plain.spend.maxPoints));
  await expect(result).toContainText("в этой программе баллами нельзя оплатить часть заказа.");

  await page.getByLabel("Награда", { exact: true }).selectOption("ten-off");
  await expect(row("Скидка")).toContainText(rub(withReward.totals.discount));
  await expect(row("К оплате")).toContainText(rub(withReward.totals.total));
  await expect(row("Начислится баллов")).toContainText(String(withReward.earn.points));
  await expect(row("Спишется баллов")).toContainText(String(withReward.spend.pointsTotal));
  // The brief's numbers, as docs/engine.md works them out.
  expect([withReward.totals.discount, withReward.totals.total, withReward.earn.points]).toEqual([
    23_456, 211_111, 21,
  ]);

  // Over 10,000 RUB this month: VIP, with free delivery, before this order counts.
  await page.getByLabel("Потрачено за период").fill("10000,01");
  const vip = quote(
    buildQuoteInput(
      config,
      { ...sample, rewardId: "ten-off", member: { ...sample.member, periodSpend: 1_000_001 } },
      clock,
      "RUB",
    ),
  );
  expect(vip.tier?.name).toBe("VIP");
  await expect(row("К оплате")).toContainText(rub(vip.totals.total));
  await expect(result).toContainText("Уровень VIP: высший.");
  await expect(result).toContainText("Бесплатная доставка");

  await page.getByRole("button", { name: "Создать черновик" }).click();
  await expect(
    page.getByText("Черновик сохранён. Проверьте пример справа и опубликуйте."),
  ).toBeVisible();
  await page.getByRole("button", { name: "Опубликовать…" }).click();
  const dialog = page.getByRole("dialog", { name: "Опубликовать программу?" });
  await expect(dialog).toContainText("Уже оформленные заказы сохраняют версию");
  await dialog.getByRole("button", { name: "Опубликовать" }).click();
  await expect(page.getByText("Версия 1 опубликована.")).toBeVisible();
  await expect(page.getByText("Работает", { exact: true })).toBeVisible();

  await page.goto("/admin/programs");
  const listed = page.getByRole("row", { name: /Уровни: VIP/ });
  await expect(listed).toContainText("Работает");
  await expect(listed).toContainText("в1");
});

test("editing a live program shows the field-by-field diff before publishing", async ({
  page,
  merchant: _merchant,
}) => {
  const created = await trpcMutation(page.request, "programs.create", {
    name: "VIP",
    config: makeTemplate("vipTiers", "ru"),
  });
  const { programId } = await readTrpcData<{ programId: string }>(created);
  expect((await trpcMutation(page.request, "programs.publish", { programId })).status()).toBe(200);

  await page.goto(`/admin/programs/${programId}`);
  await page.getByLabel("Баллов", { exact: true }).fill("2");
  await page
    .getByLabel("Наибольшая доля заказа")
    .waitFor({ state: "detached" })
    .catch(() => {});
  await expect(page.getByText("За каждые 100,00 ₽ покупки начисляется 2 балла.")).toBeVisible();
  await page.getByRole("button", { name: "Опубликовать…" }).click();
  const dialog = page.getByRole("dialog", { name: "Опубликовать программу?" });
  const change = dialog.getByRole("row", { name: /Ставка начисления › Баллов/ });
  await expect(change.getByRole("cell").nth(0)).toHaveText("1");
  await expect(change.getByRole("cell").nth(1)).toHaveText("2");
  await expect(dialog.getByRole("row")).toHaveCount(2);
  await dialog.getByRole("button", { name: "Опубликовать" }).click();
  await expect(page.getByText("Версия 2 опубликована.")).toBeVisible();
  const history = page.getByRole("table", { name: "История версий" });
  await expect(history.getByRole("row")).toHaveCount(3);
  await expect(history.getByRole("row", { name: /в1/ })).toContainText("Опубликована");
});
