import { vipProgram } from "@/db/seed/loyalty-demo/vip-program";
import { expect, test, trpcMutation } from "./fixtures";

/** "1 234 567" or "−12" as shown in Russian: digits with a sign, separators dropped. */
const readCount = (text: string) => Number(text.replace(/[^\d−+-]/g, "").replace("−", "-"));

test("the demo program's draft against its live version: progress, then both columns and the difference", async ({
  page,
  demo,
  apiLogin,
}) => {
  await apiLogin(demo.email, demo.password);
  await page.goto("/admin/programs");
  await page.getByRole("link", { name: "Бонусы и VIP" }).click();
  await expect(page.getByRole("heading", { name: "Бонусы и VIP" })).toBeVisible();
  const programId = page.url().split("/").pop() ?? "";

  // The draft doubles the points: 2 per 100 RUB instead of 1.
  if (vipProgram.type !== "tiers") throw new Error("the demo program is a tiers program");
  const draft = {
    ...vipProgram,
    bonus: { ...vipProgram.bonus, earn: { kind: "perAmount", points: 2, perAmount: 10_000 } },
  };
  const saved = await trpcMutation(page.request, "programs.saveDraft", {
    programId,
    config: draft,
  });
  expect(saved.status()).toBe(200);

  await page.reload();
  await page.getByRole("link", { name: "Смоделировать" }).click();
  await expect(page.getByRole("heading", { name: "Что, если: Бонусы и VIP" })).toBeVisible();
  await expect(page.getByText("Черновик v2 против действующей v1.")).toBeVisible();
  await expect(page.getByText("Для этой программы ещё не запускали моделирование.")).toBeVisible();

  await page.getByLabel("Месяцев истории").fill("12");
  await page.getByLabel("Доля списания, %").fill("50");
  await page.getByRole("button", { name: "Запустить моделирование" }).click();

  const table = page.getByRole("table", { name: "Результат" });
  await expect(table).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("progressbar")).toHaveCount(0);
  const header = table.getByRole("row").first();
  await expect(header).toContainText("Действующая v1");
  await expect(header).toContainText("Черновик v2");
  await expect(header).toContainText("Разница");

  const cells = async (name: string) => {
    const row = table.getByRole("row", { name: new RegExp(`^${name}`) });
    return (await row.getByRole("cell").allInnerTexts()).map(readCount);
  };
  const [liveOrders, draftOrders, ordersDifference] = await cells("Заказов обработано");
  expect(liveOrders).toBeGreaterThan(100);
  expect([draftOrders, ordersDifference]).toEqual([liveOrders, 0]);

  const [liveIssued = 0, draftIssued = 0, issuedDifference] = await cells("Начислено баллов");
  expect(liveIssued).toBeGreaterThan(0);
  expect(draftIssued).toBeGreaterThan(liveIssued);
  expect(issuedDifference).toBe(draftIssued - liveIssued);
  await expect(table.getByRole("row", { name: /^Участников по уровням в конце/ })).toContainText(
    "VIP",
  );

  // The run is kept: reopening the page shows it without running again.
  await page.reload();
  await expect(page.getByRole("table", { name: "Результат" })).toBeVisible();
});
