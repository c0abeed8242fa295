import type { APIRequestContext } from "@playwright/test";
import { expect, readTrpcData, test, trpcMutation } from "./fixtures";

/** The store's backend: the REST API with a secret key. */
function backend(request: APIRequestContext, secretKey: string) {
  const headers = (key?: string) => ({
    authorization: `Bearer ${secretKey}`,
    ...(key ? { "idempotency-key": key } : {}),
  });
  return {
    signUp: (externalId: string, data: object) =>
      request.put(`/api/v1/members/${externalId}`, { headers: headers(`up-${externalId}`), data }),
    referral: (externalId: string) =>
      request.get(`/api/v1/members/${externalId}/referral`, { headers: headers() }),
  };
}

test("the merchant sees a self-referral blocked, with its reason", async ({ page, merchant }) => {
  const created = await trpcMutation(page.request, "programs.create", {
    name: "Приведи друга",
    config: {
      type: "referral",
      referral: { friendBonus: 300, referrerBonus: 500, landingUrl: "https://shop.example/hi" },
    },
  });
  const { programId } = await readTrpcData<{ programId: string }>(created);
  expect((await trpcMutation(page.request, "programs.publish", { programId })).status()).toBe(200);
  const key = await trpcMutation(page.request, "integration.keys.create", {
    kind: "secret",
    name: "Backend",
  });
  const store = backend(page.request, (await readTrpcData<{ key: string }>(key)).key);

  expect((await store.signUp("ira", { name: "Ирина", email: "ira.petrova@gmail.com" })).ok()).toBe(
    true,
  );
  const { code, link } = await (await store.referral("ira")).json();
  expect(link).toBe(`https://shop.example/hi?ref=${code}`);
  const alias = await store.signUp("ira-again", {
    name: "Ира",
    email: "irapetrova+2@gmail.com",
    referralCode: code,
  });
  expect(await alias.json()).toMatchObject({
    referral: { status: "blocked", blockReason: "sameNormalizedEmail" },
  });
  await store.signUp("oleg", { name: "Олег", email: "oleg@example.com", referralCode: code });

  await page.goto("/admin");
  await expect(page.getByRole("button", { name: `Магазин: ${merchant.storeName}` })).toBeVisible();
  await page
    .getByRole("navigation", { name: "Разделы" })
    .getByRole("link", { name: "Рефералы" })
    .click();
  await expect(page.getByRole("heading", { name: "Рефералы" })).toBeVisible();
  const figures = page.getByRole("definition");
  await expect(figures.first()).toHaveText("1");
  const table = page.getByRole("table", { name: "Рефералы" });
  const blocked = table.getByRole("row", { name: /Ира/ });
  await expect(blocked).toContainText("Заблокировано");
  await expect(blocked).toContainText("Email пригласившего с точками или +псевдонимом");
  await expect(table.getByRole("row", { name: /Олег/ })).toContainText("Ждём первый заказ");

  await page.getByLabel("Статус").selectOption({ label: "Заблокировано" });
  await page.getByRole("button", { name: "Применить" }).click();
  await expect(table.getByRole("row")).toHaveCount(2);
});
