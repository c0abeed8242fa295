import { makeTemplate } from "@/components/programs/templates";
import { expect, readTrpcData, test, trpcMutation } from "../fixtures";

// Refreshes docs/screenshots/designer-*.png: `npm run screenshots` (not part of `npm test`).
test.use({ viewport: { width: 1440, height: 900 } });

const shot = (name: string, fullPage = true) => ({
  path: `docs/screenshots/designer-${name}.png`,
  fullPage,
});

test("templates", async ({ page, merchant: _merchant }) => {
  await page.goto("/admin/programs/new");
  await expect(page.getByRole("heading", { name: "Новая программа" })).toBeVisible();
  await page.screenshot(shot("templates"));
});

test("VIP template with the live example", async ({ page, merchant: _merchant }) => {
  await page.goto("/admin/programs/new?template=vipTiers");
  await page.getByLabel("Награда", { exact: true }).selectOption("ten-off");
  await expect(page.getByRole("region", { name: "Результат примера" })).toContainText(
    "Награда: 100 баллов",
  );
  await page.screenshot(shot("vip-ru", false));
});

test("publish dialog with the diff", async ({ page, merchant: _merchant }) => {
  const created = await trpcMutation(page.request, "programs.create", {
    name: "Бонусы и VIP",
    config: makeTemplate("vipTiers", "ru"),
  });
  const { programId } = await readTrpcData<{ programId: string }>(created);
  await trpcMutation(page.request, "programs.publish", { programId });
  await page.goto(`/admin/programs/${programId}`);
  await page.getByLabel("Баллов", { exact: true }).fill("2");
  await page.getByLabel("Отсрочка понижения").fill("14");
  await page.getByRole("button", { name: "Опубликовать…" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.screenshot(shot("publish-diff", false));
});

test("conflicts explained, in English", async ({ page, merchant: _merchant }) => {
  await page.goto("/admin");
  await page.getByRole("button", { name: "EN" }).click();
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await page.goto("/admin/programs/new?template=bonusPoints");
  await page.getByLabel("Largest share of an order").fill("0");
  await page.getByLabel("Percent in points").fill("250");
  await expect(page.getByText("Points can never be spent").first()).toBeVisible();
  await page.screenshot(shot("conflicts-en", false));
});
