import { expect, readTrpcData, signUpMerchant, test, trpcMutation, uniqueId } from "./fixtures";

test("merchant A cannot switch into merchant B or see any of B's data", async ({
  page,
  merchant,
  playwright,
  baseURL,
}) => {
  const outsider = await playwright.request.newContext({ baseURL });
  const other = await signUpMerchant(outsider, `Чужой ${uniqueId()}`);

  const attempt = await trpcMutation(page.request, "merchant.switch", {
    merchantId: other.merchantId,
  });
  expect(attempt.status()).toBe(403);

  const current = await readTrpcData<{ id: string; name: string }>(
    await page.request.get("/api/trpc/merchant.current"),
  );
  expect(current).toMatchObject({ id: merchant.merchantId, name: merchant.storeName });

  for (const path of ["/admin", "/admin/settings"]) {
    await page.goto(path);
    await expect(
      page.getByRole("button", { name: `Магазин: ${merchant.storeName}` }),
    ).toBeVisible();
    await expect(page.locator("body")).not.toContainText(other.storeName);
    await expect(page.locator("body")).not.toContainText(other.email);
  }
  await page.getByRole("button", { name: `Магазин: ${merchant.storeName}` }).click();
  await expect(page.getByRole("button", { name: other.storeName })).toHaveCount(0);
  await outsider.dispose();
});
