import { makeTemplate } from "@/components/programs/templates";
import {
  expect,
  importMembers,
  joinAsTeammate,
  readTrpcData,
  test,
  trpcMutation,
} from "./fixtures";

const csv = [
  "external_id,name,email,phone,points",
  "E-1,Анна Смирнова,anna@example.com,+7 900 111-22-33,300",
  "E-2,Борис Петров,not-an-email,,10",
  "E-3,Вера Ким,vera@example.com,,50",
].join("\n");

async function importRows(request: Parameters<typeof trpcMutation>[0]) {
  const rows = [
    {
      row: 2,
      data: { externalId: "M-1", name: "Анна Смирнова", email: "anna@example.com", points: "300" },
    },
    {
      row: 3,
      data: { externalId: "M-2", name: "Вера Ким", email: "vera@example.com", points: "50" },
    },
  ];
  await importMembers(request, rows);
}

test("CSV import reports the bad row and imports the rest; the list searches and filters", async ({
  page,
  merchant: _merchant,
}) => {
  await page.goto("/admin/members");
  await expect(page.getByText("Участников пока нет")).toBeVisible();
  await page.getByRole("link", { name: "Импорт CSV" }).click();
  await page
    .getByLabel("CSV-файл")
    .setInputFiles({ name: "members.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page.getByText("Строк: 3; готовы: 2; с ошибками: 1")).toBeVisible();
  const bad = page.getByRole("table", { name: "Строки с ошибками (не будут импортированы)" });
  await expect(bad.getByRole("row", { name: /E-2/ })).toContainText("email: неверный email");
  await page.getByRole("button", { name: "Импортировать строк: 2" }).click();
  await expect(
    page.getByText("Импортировано: новых 2, уже известных 0, начислено баллов 350."),
  ).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Ход импорта" })).toHaveAttribute(
    "aria-valuenow",
    "2",
  );
  await expect(page.getByText("Пропущено строк: 1.")).toBeVisible();
  await expect(page.getByRole("link", { name: "К участникам" })).toBeVisible();
  // The job ran it: after a reload the import is still there with its outcome.
  await page.reload();
  const recent = page.getByRole("table", { name: "Последние импорты" });
  await expect(recent.getByRole("row", { name: /members\.csv/ })).toContainText("готово");
  await expect(recent).toContainText("новых 2, известных 0, пропущено 0");
  await recent.getByRole("button", { name: "members.csv" }).click();
  await expect(
    page.getByText("Импортировано: новых 2, уже известных 0, начислено баллов 350."),
  ).toBeVisible();

  await page.getByRole("link", { name: "← Участники" }).click();
  const table = page.getByRole("table", { name: "Участники" });
  await expect(table.getByRole("row")).toHaveCount(3);
  await page.getByRole("searchbox", { name: "Поиск" }).fill("смирнова");
  await page.getByRole("button", { name: "Применить" }).click();
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table).toContainText("Анна Смирнова");
  await page.getByRole("searchbox", { name: "Поиск" }).fill("");
  await page.getByLabel("Баланс до").fill("100");
  await page.getByRole("button", { name: "Применить" }).click();
  await expect(page).toHaveURL(/balanceMax=100/);
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table).toContainText("Вера Ким");
  await page.getByLabel("Баланс до").fill("");
  await page.getByLabel("Поиск").fill("nobody-here");
  await page.getByRole("button", { name: "Применить" }).click();
  await expect(page.getByText("Никто не подходит")).toBeVisible();

  await page.goto("/admin/members");
  await page.getByRole("link", { name: "Баллы" }).click();
  await expect(page).toHaveURL(/sort=balance&dir=desc/);
  await expect(table.getByRole("row").nth(1)).toContainText("Анна Смирнова");
});

test("a manual adjustment needs a reason and shows in the history and the audit log", async ({
  page,
  merchant: _merchant,
}) => {
  await importRows(page.request);
  await page.goto("/admin/members");
  await page.getByRole("link", { name: "Вера Ким" }).click();
  await page.getByRole("button", { name: "Изменить баланс" }).click();
  const dialog = page.getByRole("dialog", { name: "Изменить баланс: Вера Ким" });
  await dialog.getByLabel("Баллы").fill("-20");
  await expect(dialog.getByRole("button", { name: "Изменить" })).toBeDisabled();
  await dialog.getByLabel("Причина").fill("Компенсация за задержку");
  await dialog.getByRole("button", { name: "Изменить" }).click();
  await expect(page.getByText("Готово: -20 баллов; теперь доступно 30.")).toBeVisible();
  const history = page.getByRole("table", { name: "История баллов" });
  const entry = history.getByRole("row", { name: /Компенсация за задержку/ });
  await expect(entry).toContainText("-20");
  await expect(entry).toContainText("Корректировка");

  await page.goto("/admin/settings");
  await page.getByRole("link", { name: "Открыть журнал действий" }).click();
  const audit = page.getByRole("table", { name: "Журнал действий" });
  const row = audit.getByRole("row", { name: /Компенсация за задержку/ });
  await expect(row).toContainText("Изменён баланс");
  await expect(row).toContainText("50");
  await expect(row).toContainText("30");
});

test("an analyst sees programs and members but cannot change them", async ({
  page,
  merchant: _merchant,
  browser,
  baseURL,
}) => {
  await importRows(page.request);
  const created = await trpcMutation(page.request, "programs.create", {
    name: "VIP",
    config: makeTemplate("vipTiers", "ru"),
  });
  const { programId } = await readTrpcData<{ programId: string }>(created);
  const { page: analyst } = await joinAsTeammate({
    browser,
    baseURL: baseURL ?? "",
    owner: page.request,
    role: "analyst",
  });

  await analyst.goto("/admin/programs");
  await expect(analyst.getByRole("link", { name: "Новая программа" })).toHaveCount(0);
  await analyst.getByRole("link", { name: "VIP" }).click();
  await expect(
    analyst.getByText("Ваша роль позволяет просматривать программы, но не менять их."),
  ).toBeVisible();
  await expect(analyst.getByLabel("Название программы")).toBeDisabled();
  await expect(analyst.getByRole("button", { name: "Опубликовать…" })).toHaveCount(0);
  await expect(analyst.getByRole("button", { name: "Поставить на паузу" })).toHaveCount(0);
  await expect(analyst.getByRole("region", { name: "Результат примера" })).toBeVisible();

  await analyst.goto("/admin/members");
  await expect(analyst.getByRole("link", { name: "Импорт CSV" })).toHaveCount(0);
  await analyst.getByRole("link", { name: "Анна Смирнова" }).click();
  await expect(analyst.getByRole("heading", { name: "Анна Смирнова" })).toBeVisible();
  await expect(analyst.getByRole("button", { name: "Изменить баланс" })).toHaveCount(0);

  const memberId = analyst.url().split("/").pop();
  const adjust = await trpcMutation(analyst.request, "members.adjust", {
    memberId,
    amount: 1000,
    reason: "let me in",
  });
  expect(adjust.status()).toBe(403);
  const publish = await trpcMutation(analyst.request, "programs.publish", { programId });
  expect(publish.status()).toBe(403);
});
