import { verifyWebhookSignature } from "../server/testing/verify-webhook-signature";
import { startWebhookReceiver } from "../server/testing/webhook-receiver";
import { expect, importMembers, test, uniqueId } from "./fixtures";

test("an owner adds a webhook endpoint, sends a test, reads the log and replays", async ({
  page,
  merchant,
}) => {
  const receiver = await startWebhookReceiver();
  try {
    await page.goto("/admin/integration");
    await expect(
      page.getByRole("button", { name: `Магазин: ${merchant.storeName}` }),
    ).toBeVisible();
    await page.getByRole("button", { name: "Новый адрес" }).click();
    const dialog = page.getByRole("dialog", { name: "Новый адрес" });
    await dialog.getByLabel("URL адреса").fill("ftp://shop.example/hooks");
    await dialog.getByRole("button", { name: "Создать адрес" }).click();
    await expect(dialog.getByText("Укажите адрес http(s)")).toBeVisible();

    await dialog.getByLabel("URL адреса").fill(receiver.url);
    await dialog.getByLabel("Описание").fill("CRM");
    await dialog.getByRole("button", { name: "Создать адрес" }).click();
    const secret = (await dialog.getByTestId("webhook-secret").textContent()) ?? "";
    expect(secret).toMatch(/^whsec_/);
    await dialog.getByRole("button", { name: "Готово" }).click();

    const endpoints = page.getByRole("table", { name: "Вебхуки" });
    await expect(endpoints.getByRole("row", { name: new RegExp(receiver.url) })).toBeVisible();
    await expect(page.locator("body")).not.toContainText(secret);

    await endpoints.getByRole("button", { name: "Отправить тест" }).click();
    await expect(endpoints.getByText(/Тест доставлен: HTTP 200/)).toBeVisible();
    expect(receiver.received).toHaveLength(1);
    const [test] = receiver.received;
    expect(JSON.parse(test?.body ?? "{}")).toMatchObject({ type: "webhook.test" });
    const signature = test?.headers["kopilka-signature"] ?? "";
    expect(verifyWebhookSignature(test?.body ?? "", signature, secret)).toBe(true);

    // A member joining is sent by the background worker within seconds.
    const customerId = `customer-${uniqueId()}`;
    await importMembers(page.request, [{ row: 1, data: { externalId: customerId } }]);
    await expect.poll(() => receiver.received.length, { timeout: 20_000 }).toBe(2);
    expect(JSON.parse(receiver.received[1]?.body ?? "{}")).toMatchObject({
      type: "member.created",
      data: { member_external_id: customerId },
    });

    const log = page.getByRole("table", { name: "Журнал доставок" });
    await page.getByRole("button", { name: "Обновить" }).click();
    await expect(log.getByRole("row")).toHaveCount(3);
    const deliveryRows = log
      .getByRole("row")
      .filter({ has: page.getByRole("button", { name: "Данные" }) });
    const testRow = deliveryRows.filter({ hasText: "webhook.test" });
    await expect(testRow).toContainText("Доставлено");
    await expect(testRow).toContainText("200");
    await testRow.getByRole("button", { name: "Данные" }).click();
    await expect(log.getByText(/"type": "webhook.test"/)).toBeVisible();

    await testRow.getByRole("button", { name: "Отправить повторно" }).click();
    await expect(deliveryRows).toHaveCount(3);
    await expect(testRow).toHaveCount(2);
    expect(receiver.received).toHaveLength(3);
    const eventIds = [0, 2].map((i) => JSON.parse(receiver.received[i]?.body ?? "{}").id);
    expect(eventIds[0]).toBe(eventIds[1]);
  } finally {
    await receiver.close();
  }
});
