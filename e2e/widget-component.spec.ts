import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { test as base, expect, type Page } from "@playwright/test";
import type { KopilkaCart } from "../widget/src/element";
import type { ChangeDetail } from "../widget/src/types";
import {
  type FixtureApi,
  type HostOptions,
  MEMBER_TOKEN,
  type Servers,
  SLOW_SKU,
  startServers,
} from "./widget-fixtures/servers";

type HostWindow = Window & { kopilkaEvents: ChangeDetail[]; providerCalls: number };

const test = base.extend<
  { api: FixtureApi; openHost: (options?: HostOptions) => Promise<void> },
  { servers: Servers }
>({
  servers: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from this pattern.
    async ({}, use) => {
      const servers = await startServers();
      await use(servers);
      servers.close();
    },
    { scope: "worker" },
  ],
  api: async ({ servers }, use) => {
    servers.api.reset();
    await use(servers.api);
  },
  openHost: async ({ page, servers }, use) => {
    await use(async (options = {}) => {
      await page.goto(servers.hostUrl(options));
    });
  },
});

const lastChange = (page: Page) =>
  page.evaluate(() => (window as unknown as HostWindow).kopilkaEvents.at(-1) ?? null);

const widget = (page: Page) => page.locator("kopilka-cart");

const member = { token: MEMBER_TOKEN, locale: "en" };

test.beforeAll(() => {
  execFileSync("npx", ["tsx", "widget/build.ts"], { stdio: "inherit" });
});

test("a guest sees what joining would earn on this order", async ({ page, api, openHost }) => {
  await openHost({ locale: "en" });
  await expect(page.getByText("Join and get 17 points for this order.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Join" })).toHaveAttribute(
    "href",
    "https://store.example/join",
  );
  await expect(page.getByRole("slider")).toHaveCount(0);
  expect(api.requests[0]).toMatchObject({
    path: "/api/v1/widget/quote",
    authorization: null,
    key: "pk_test_fixture",
  });
});

test("a member sees name, tier, balance, earn and progress in Russian", async ({
  page,
  openHost,
}) => {
  await openHost({ token: MEMBER_TOKEN, locale: "ru" });
  const view = widget(page);
  await expect(view.getByText("Ирина")).toBeVisible();
  await expect(view.getByText("Silver", { exact: true })).toBeVisible();
  await expect(view.getByText("Бесплатная доставка")).toBeVisible();
  await expect(view.getByText("Скидка участника: −178,00 ₽")).toBeVisible();
  await expect(view.getByRole("definition")).toHaveText([
    "1 200 баллов",
    "300 баллов",
    "100 баллов",
  ]);
  await expect(view.getByRole("term")).toHaveText([
    "Доступно",
    "Ожидают начисления",
    "Сгорят 1 декабря",
  ]);
  await expect(view.getByText("За этот заказ начислим 14 баллов")).toBeVisible();
  await expect(view.getByText("До уровня Gold осталось купить на 2 500,00 ₽")).toBeVisible();
  await expect(view.getByRole("status")).toHaveText("Итого к оплате: 1 602,00 ₽");
  expect(await lastChange(page)).toEqual({
    pointsToSpend: 0,
    discount: 17800,
    total: 160200,
    holdId: null,
  });
});

test("the slider moves by keyboard and the total follows", async ({ page, api, openHost }) => {
  await openHost(member);
  const slider = page.getByRole("slider", { name: "Pay with points" });
  await slider.focus();
  for (let i = 0; i < 3; i++) await slider.press("ArrowRight");
  await expect(page.getByRole("status")).toHaveText("Total to pay: ₽1,599.00");
  await expect(slider).toHaveAttribute("aria-valuetext", "3\u00a0points");
  expect(await lastChange(page)).toEqual({
    pointsToSpend: 3,
    discount: 18100,
    total: 159900,
    holdId: null,
  });
  await slider.press("End");
  await expect(page.getByRole("status")).toHaveText("Total to pay: ₽1,122.00");
  await expect(page.getByRole("spinbutton", { name: "Points to spend" })).toHaveValue("480");
  expect(await lastChange(page)).toEqual({
    pointsToSpend: 480,
    discount: 65800,
    total: 112200,
    holdId: null,
  });
  await expect.poll(() => api.requests.at(-1)?.body).toMatchObject({ pointsToSpend: 480 });
});

test("typing points updates the slider and the total, clamped to the maximum", async ({
  page,
  api,
  openHost,
}) => {
  await openHost(member);
  const input = page.getByRole("spinbutton", { name: "Points to spend" });
  await input.fill("150");
  await expect(page.getByRole("slider", { name: "Pay with points" })).toHaveValue("150");
  await expect(page.getByRole("status")).toHaveText("Total to pay: ₽1,452.00");
  await expect
    .poll(() => lastChange(page))
    .toEqual({ pointsToSpend: 150, discount: 32800, total: 145200, holdId: null });
  await expect.poll(() => api.requests.at(-1)?.body).toMatchObject({ pointsToSpend: 150 });
  await input.fill("9999");
  await expect(input).toHaveValue("480");
  await expect(page.getByRole("status")).toHaveText("Total to pay: ₽1,122.00");
});

test("the limit sentence names the rule", async ({ page, api, openHost }) => {
  await openHost(member);
  await expect(page.getByText("Max 480 points — up to 30% of the order")).toBeVisible();
  await expect(page.getByRole("slider", { name: "Pay with points" })).toHaveAccessibleDescription(
    "Max 480 points — up to 30% of the order",
  );
  api.memberPatch = {
    spend: {
      applied: 0,
      max: 0,
      pointValue: 100,
      limit: { key: "spend.limit.minBalance", params: { points: 500 } },
    },
  };
  await openHost(member);
  await expect(page.getByText("Minimum balance to spend is 500 points")).toBeVisible();
  await expect(page.getByRole("slider")).toHaveCount(0);
});

test("reserve() holds the chosen points under a stable cart id", async ({
  page,
  api,
  openHost,
}) => {
  await openHost(member);
  await page.getByRole("slider", { name: "Pay with points" }).press("End");
  const reserve = () => widget(page).evaluate((element: KopilkaCart) => element.reserve());
  const holdId = await reserve();
  expect(holdId).toMatch(/^hold_[0-9a-f]{32}$/);
  expect(await reserve()).toBe(holdId);
  const reserves = api.requests.filter((request) => request.path === "/api/v1/widget/reserve");
  expect(reserves.map((request) => request.body)).toEqual([
    expect.objectContaining({ pointsToSpend: 480, cartId: holdId.slice(5) }),
    expect.objectContaining({ pointsToSpend: 480, cartId: holdId.slice(5) }),
  ]);
  expect(await lastChange(page)).toEqual({
    pointsToSpend: 480,
    discount: 65800,
    total: 112200,
    holdId,
  });
});

for (const failure of ["down", "hang"] as const) {
  test(`an API that is ${failure} leaves a quiet note and zero discount`, async ({
    page,
    api,
    openHost,
  }) => {
    api.failure = failure;
    await openHost(member);
    await expect(
      page.getByText("Points are unavailable right now — you can check out as usual."),
    ).toBeVisible({
      timeout: 4_000,
    });
    expect(await lastChange(page)).toEqual({
      pointsToSpend: 0,
      discount: 0,
      total: 178000,
      holdId: null,
    });
    await expect(page.getByRole("slider")).toHaveCount(0);
  });
}

test("an API that fails mid-session withdraws the discount", async ({ page, api, openHost }) => {
  await openHost(member);
  const slider = page.getByRole("slider", { name: "Pay with points" });
  await slider.press("End");
  api.failure = "down";
  await slider.press("Home");
  await expect
    .poll(() => lastChange(page), { timeout: 4_000 })
    .toEqual({
      pointsToSpend: 0,
      discount: 0,
      total: 178000,
      holdId: null,
    });
  await expect(
    page.getByText("Points are unavailable right now — you can check out as usual."),
  ).toBeVisible();
});

test("an expired shopper token is refreshed once through tokenProvider", async ({
  page,
  api,
  openHost,
}) => {
  await openHost({ token: "expired-token", locale: "en", refreshTo: MEMBER_TOKEN });
  await expect(page.getByText("Ирина")).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as HostWindow).providerCalls)).toBe(1);
  expect(api.requests.map((request) => request.authorization)).toEqual([
    "Bearer expired-token",
    `Bearer ${MEMBER_TOKEN}`,
  ]);
});

test("setCart updates live and an older, slower answer is ignored", async ({
  page,
  api,
  openHost,
}) => {
  await openHost(member);
  await expect(page.getByRole("status")).toHaveText("Total to pay: ₽1,602.00");
  const setCart = (sku: string, unitPrice: number) =>
    widget(page).evaluate(
      (element: KopilkaCart, line) => element.setCart({ currency: "RUB", lines: [line] }),
      { sku, unitPrice, quantity: 1 },
    );
  await setCart(SLOW_SKU, 300000);
  await expect.poll(() => api.requests.length).toBe(2);
  await setCart("FAST", 50000);
  await expect(page.getByRole("status")).toHaveText("Total to pay: ₽450.00");
  await page.waitForTimeout(1_800);
  await expect(page.getByRole("status")).toHaveText("Total to pay: ₽450.00");
  expect(await lastChange(page)).toEqual({
    pointsToSpend: 0,
    discount: 5000,
    total: 45000,
    holdId: null,
  });
});

const STYLED = [".k", ".name", ".badge", ".total", "input[type=range]", "input[type=number]"];

const readLook = (page: Page) =>
  widget(page).evaluate((element, selectors) => {
    const properties = [
      "color",
      "background-color",
      "font-size",
      "font-family",
      "display",
      "margin",
      "padding",
      "border-radius",
    ];
    return selectors.map((selector) => {
      const node = element.shadowRoot?.querySelector(selector);
      const style = node ? getComputedStyle(node) : null;
      return Object.fromEntries(properties.map((name) => [name, style?.getPropertyValue(name)]));
    });
  }, STYLED);

test("host page CSS does not change the widget's look", async ({ page, openHost }) => {
  await openHost(member);
  await expect(page.getByText("Ирина")).toBeVisible();
  const plain = await readLook(page);
  await openHost({ ...member, hostileCss: true });
  await expect(page.getByText("Ирина")).toBeVisible();
  await expect(page.locator("h1")).toHaveCSS("color", "rgb(255, 0, 0)");
  const hostile = await readLook(page);
  expect(hostile).toEqual(plain);
  expect(hostile[0]).toMatchObject({ color: "rgb(31, 35, 40)", "font-size": "14px" });
});

test("theme variables restyle the widget", async ({ page, openHost }) => {
  await openHost(member);
  const view = widget(page);
  await view.evaluate((element) => {
    element.style.setProperty("--kopilka-accent", "rgb(0, 128, 0)");
    element.style.setProperty("--kopilka-radius", "3px");
    element.style.setProperty("--kopilka-text", "rgb(1, 2, 3)");
  });
  await expect(view.getByText("Silver", { exact: true })).toHaveCSS(
    "background-color",
    "rgb(0, 128, 0)",
  );
  await expect(view.getByRole("status")).toHaveCSS("color", "rgb(1, 2, 3)");
  await expect(view.locator(".k")).toHaveCSS("border-top-left-radius", "3px");
});

test("a shared link's ?ref= is kept for later pages, and a member copies their own link", async ({
  page,
  context,
  api,
  servers,
  openHost,
}) => {
  await openHost({ locale: "en", ref: "K7M3QX9P" });
  await expect(page.getByText("Join and get 17 points for this order.")).toBeVisible();
  expect(api.requests.at(-1)?.body).toMatchObject({ referralCode: "K7M3QX9P" });

  const quote = JSON.parse(
    readFileSync(new URL("widget-fixtures/quote-member.json", import.meta.url), "utf8"),
  );
  const link = "https://store.example/hi?ref=2345ABCD";
  api.memberPatch = { member: { ...quote.member, referral: { code: "2345ABCD", link } } };
  await context.grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: servers.hostOrigin,
  });
  await openHost(member);
  expect(api.requests.at(-1)?.body).toMatchObject({ referralCode: "K7M3QX9P" });
  const view = widget(page);
  await expect(view.getByText("Invite a friend with your link:")).toBeVisible();
  await expect(view.getByText(link)).toBeVisible();
  await view.getByRole("button", { name: "Copy" }).click();
  await expect(view.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
});
