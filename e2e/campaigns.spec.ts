import { startSmtpListener } from "@/server/testing/smtp-listener";
import { expect, importMembers, test } from "./fixtures";

test("a campaign is previewed with a real member, test-sent over SMTP and shown in the outbox", async ({
  page,
  merchant: _merchant,
}) => {
  const smtp = await startSmtpListener({ user: "shop", pass: "smtp-secret" });
  try {
    await importMembers(page.request, [
      {
        row: 2,
        data: {
          externalId: "C-1",
          name: "Анна Смирнова",
          email: "anna@example.com",
          points: "300",
        },
      },
    ]);

    await page.goto("/admin/campaigns");
    await expect(page.getByText("Рассылок пока нет")).toBeVisible();
    await page.getByLabel("SMTP-сервер").fill("127.0.0.1");
    await page.getByRole("spinbutton", { name: "Порт" }).fill(String(smtp.port));
    await page.getByLabel("Пользователь").fill("shop");
    await page.getByLabel("Пароль", { exact: true }).fill("smtp-secret");
    await page.getByLabel("Адрес отправителя").fill("shop@example.com");
    await page.getByRole("button", { name: "Сохранить" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Сохранено" })).toBeVisible();

    await page.getByRole("link", { name: "Новая рассылка" }).click();
    await page.getByLabel("Название").fill("Осенняя акция");
    await page.getByLabel("Персональное предложение").fill("−15% на чай до пятницы");
    for (const [language, subject, body] of [
      ["RU", "{{name}}, для вас скидка", "Баланс: {{balance}}. {{personalOffer}}"],
      ["EN", "{{name}}, a sale", "Balance: {{balance}}. {{personalOffer}}"],
    ] as const) {
      const group = page.getByRole("group", { name: `Сообщение на ${language}` });
      await group.getByLabel("Тема").fill(subject);
      await group.getByLabel("Текст").fill(body);
    }
    await page.getByRole("button", { name: "Создать рассылку" }).click();

    await expect(page.getByRole("heading", { name: "Осенняя акция" })).toBeVisible();
    const preview = page.getByRole("article", { name: "Предпросмотр" });
    await expect(preview).toContainText("Анна Смирнова, для вас скидка");
    await expect(preview).toContainText("Баланс: 300. −15% на чай до пятницы");
    await page.getByLabel("Отправить тест на").fill("me@example.com");
    await page.getByRole("button", { name: "Отправить тест" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Отправлено." })).toBeVisible();
    await expect
      .poll(() => smtp.received.map((e) => [e.to[0], e.subject]))
      .toEqual([["me@example.com", "Анна Смирнова, для вас скидка"]]);
    expect(smtp.received[0]?.text).toContain("/unsubscribe/");

    const outbox = page.getByRole("table", { name: "Журнал отправки" });
    await page.getByRole("button", { name: "Обновить" }).click();
    const row = outbox.getByRole("row", { name: /me@example\.com/ });
    await expect(row).toContainText("Отправлено");
    await expect(row).toContainText("Тест");
  } finally {
    await smtp.close();
  }
});

test("choosing a tier trigger fills RU and EN starting text that follows the trigger until edited", async ({
  page,
  merchant: _merchant,
}) => {
  await page.goto("/admin/campaigns/new");
  const trigger = page.getByLabel("Повод");
  const subject = (language: "RU" | "EN") =>
    page.getByRole("group", { name: `Сообщение на ${language}` }).getByLabel("Тема");
  await trigger.selectOption({ label: "Переход на уровень выше" });
  await expect(subject("RU")).toHaveValue("{{name}}, ваш новый уровень — {{tier}}");
  await expect(subject("EN")).toHaveValue("{{name}}, welcome to {{tier}}");
  await expect(page.getByText("В шаблоне {{tier}} — новый уровень")).toBeVisible();
  await trigger.selectOption({ label: "Переход на уровень ниже" });
  await expect(subject("RU")).toHaveValue("{{name}}, ваш уровень теперь {{tier}}");
  await subject("RU").fill("{{name}}, теперь вы {{tier}}, а были {{previousTier}}");
  await trigger.selectOption({ label: "День рождения" });
  await expect(subject("RU")).toHaveValue("{{name}}, теперь вы {{tier}}, а были {{previousTier}}");
  await trigger.selectOption({ label: "Переход на уровень ниже" });
  await page.getByLabel("Название").fill("Понижение уровня");
  await page.getByRole("button", { name: "Создать рассылку" }).click();
  await expect(page.getByRole("heading", { name: "Понижение уровня" })).toBeVisible();
  await expect(page.getByText("Переход на уровень ниже ·")).toBeVisible();
});
