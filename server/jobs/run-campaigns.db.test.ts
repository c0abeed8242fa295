import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { merchants } from "@/db/schema";
import { recordOpen } from "@/server/services/campaigns/record-open";
import { sendCampaignNow } from "@/server/services/campaigns/send-campaign-now";
import { summarizeCampaign } from "@/server/services/campaigns/summarize-campaign";
import { unsubscribeByToken } from "@/server/services/campaigns/unsubscribe";
import type { ServiceContext } from "@/server/services/context";
import { markOrderPaid } from "@/server/services/orders/mark-paid";
import {
  addBuyer,
  addCampaign,
  type configureSmtp,
  readOutbox,
  startSmtpStore,
} from "@/server/testing/campaign-fixtures";
import { line } from "@/server/testing/loyalty-fixtures";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { runCampaigns } from "./run-campaigns";

const database = setUpTestDatabase();

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** 13:00 in Moscow, the test stores' zone. */
const noon = new Date("2026-06-15T10:00:00Z");
const days = (n: number, from = noon) => new Date(from.getTime() + n * 86_400_000);

const storeWithSmtp = (rules?: Parameters<typeof configureSmtp>[2]) =>
  startSmtpStore(database.db, closers, { rules });

const sendManual = (ctx: ServiceContext, campaignId: string, now: Date) =>
  sendCampaignNow({ ctx, input: { campaignId }, now });

describe("campaign emails over SMTP", () => {
  it("delivers the member's own values through a real SMTP server, with unsubscribe and pixel", async () => {
    const { ctx, smtp, run } = await storeWithSmtp();
    const buyer = await addBuyer(ctx, { name: "Ирина" });
    const campaignId = await addCampaign(ctx, "manual", {
      params: { offer: "скидка 15% до пятницы" },
    });
    await sendManual(ctx, campaignId, noon);
    expect(await run(noon)).toMatchObject({ sent: 1 });
    expect(smtp.received).toHaveLength(1);
    const [email] = smtp.received;
    expect(email?.to).toEqual([buyer.email]);
    expect(email?.user).toBe("shop");
    expect(email?.subject).toBe("Ирина, привет");
    expect(email?.text).toContain("Баланс: 0. скидка 15% до пятницы");
    const link = email?.text.match(/\/unsubscribe\/(\S+)/)?.[1];
    expect(link).toBeDefined();
    expect(JSON.stringify(email?.headers.get("list"))).toContain(`/unsubscribe/${link}`);
    const pixel = email?.html.match(/\/api\/messages\/open\/([^"]+)"/)?.[1];
    expect(pixel).toBeDefined();
    const [row] = await readOutbox(ctx, campaignId);
    expect(row).toMatchObject({ status: "sent", recipient: buyer.email, subject: "Ирина, привет" });
    await recordOpen(database.db, pixel ?? "", days(1));
    await markOrderPaid({
      ctx,
      now: days(3),
      input: {
        idempotencyKey: randomUUID(),
        orderId: `O-${randomUUID()}`,
        member: { memberId: buyer.id },
        lines: [line("TEA", 150_000)],
      },
    });
    await markOrderPaid({
      ctx,
      now: days(20),
      input: {
        idempotencyKey: randomUUID(),
        orderId: `O-${randomUUID()}`,
        member: { memberId: buyer.id },
        lines: [line("TEA", 90_000)],
      },
    });
    expect(await summarizeCampaign({ ctx, input: { campaignId } })).toMatchObject({
      sent: 1,
      opened: 1,
      orders: 1,
      revenue: 150_000,
    });
  });

  it("fills in expiring points and their date for the expiring trigger", async () => {
    const { ctx, smtp, run } = await storeWithSmtp();
    await database.db
      .update(merchants)
      .set({ locale: "en" })
      .where(eq(merchants.id, ctx.merchantId));
    const buyer = await addBuyer(ctx, { name: "Anna" });
    const { adjustPoints } = await import("@/server/services/members/adjust-points");
    await adjustPoints({
      ctx,
      now: noon,
      input: {
        idempotencyKey: randomUUID(),
        member: { memberId: buyer.id },
        amount: 1250,
        reason: "gift",
        expiresInDays: 5,
      },
    });
    await addCampaign(
      ctx,
      "expiring",
      {
        params: { days: 7 },
        templates: {
          ru: { subject: "Сгорают баллы", body: "{{expiringPoints}} до {{expiryDate}}" },
          en: {
            subject: "{{expiringPoints}} points expire",
            body: "{{name}}: by {{expiryDate}}, balance {{balance}}",
          },
        },
      },
      noon,
    );
    await run(noon);
    await run(days(1));
    expect(smtp.received.map((e) => [e.subject, e.text.split("\n")[0]])).toEqual([
      ["1,250 points expire", "Anna: by June 20, 2026, balance 1,250"],
    ]);
  });
});

describe("respecting the buyer", () => {
  it("emails only members with marketing consent, and a transactional message regardless", async () => {
    const { ctx, smtp, run } = await storeWithSmtp();
    const consenting = await addBuyer(ctx);
    const silent = await addBuyer(ctx, { hasConsent: false });
    const marketing = await addCampaign(ctx, "manual");
    await sendManual(ctx, marketing, noon);
    await run(noon);
    expect(smtp.received.map((e) => e.to[0])).toEqual([consenting.email]);
    const skipped = (await readOutbox(ctx, marketing)).find((m) => m.memberId === silent.id);
    expect(skipped).toMatchObject({ status: "skipped", reason: "No marketing consent for email" });
    const notice = await addCampaign(ctx, "manual", { isTransactional: true });
    await sendManual(ctx, notice, noon);
    await run(noon);
    expect(smtp.received.map((e) => e.to[0]).sort()).toEqual(
      [consenting.email, consenting.email, silent.email].sort(),
    );
  });

  it("honours the unsubscribe link: the next marketing email is skipped", async () => {
    const { ctx, smtp, run } = await storeWithSmtp({ frequencyCap: 10 });
    const buyer = await addBuyer(ctx);
    const first = await addCampaign(ctx, "manual");
    await sendManual(ctx, first, noon);
    await run(noon);
    const token = smtp.received[0]?.text.match(/\/unsubscribe\/(\S+)/)?.[1] ?? "";
    expect(await unsubscribeByToken(database.db, `${token}x`)).toEqual({ isDone: false });
    expect(await unsubscribeByToken(database.db, token, days(1))).toEqual({ isDone: true });
    const second = await addCampaign(ctx, "manual");
    await sendManual(ctx, second, days(2));
    await run(days(2));
    expect(smtp.received).toHaveLength(1);
    expect((await readOutbox(ctx, second))[0]).toMatchObject({
      memberId: buyer.id,
      status: "skipped",
      reason: "No marketing consent for email",
    });
  });

  it("sends at most the cap in a rolling window, then again once the window has passed", async () => {
    const { ctx, smtp, run } = await storeWithSmtp({ frequencyCap: 2 });
    await addBuyer(ctx);
    const ids: string[] = [];
    for (const at of [noon, days(1), days(2), days(8)]) {
      const id = await addCampaign(ctx, "manual");
      ids.push(id);
      await sendManual(ctx, id, at);
      await run(at);
    }
    const statuses = await Promise.all(ids.map(async (id) => (await readOutbox(ctx, id))[0]));
    expect(statuses.map((m) => m?.status)).toEqual(["sent", "sent", "skipped", "sent"]);
    expect(statuses[2]?.reason).toBe("Frequency cap: 2 marketing messages in 7 days");
    expect(smtp.received).toHaveLength(3);
  });

  it("holds a message due in quiet hours (store's zone) until they end", async () => {
    const { ctx, smtp, run } = await storeWithSmtp({
      quietStartMinute: 21 * 60,
      quietEndMinute: 9 * 60,
    });
    await database.db
      .update(merchants)
      .set({ timezone: "Asia/Vladivostok" })
      .where(eq(merchants.id, ctx.merchantId));
    await addBuyer(ctx);
    const campaignId = await addCampaign(ctx, "manual");
    // 16:00 UTC is 02:00 in Vladivostok (UTC+10); quiet hours end at 09:00, 23:00 UTC.
    const night = new Date("2026-06-15T16:00:00Z");
    await sendManual(ctx, campaignId, night);
    expect(await run(night)).toMatchObject({ sent: 0, waiting: 1 });
    expect(smtp.received).toHaveLength(0);
    expect((await readOutbox(ctx, campaignId))[0]).toMatchObject({
      status: "queued",
      dueAt: new Date("2026-06-15T23:00:00Z"),
    });
    expect(await run(new Date("2026-06-15T22:59:00Z"))).toMatchObject({ sent: 0 });
    expect(await run(new Date("2026-06-15T23:00:00Z"))).toMatchObject({ sent: 1 });
    expect(smtp.received).toHaveLength(1);
  });

  it("sends once when two schedulers run at the same time", async () => {
    const { ctx, smtp } = await storeWithSmtp({ frequencyCap: 1 });
    const buyers = await Promise.all(
      [1, 2, 3, 4, 5].map(() => addBuyer(ctx, { joinedAt: days(1) })),
    );
    const welcome = await addCampaign(ctx, "welcome", {}, noon);
    const holiday = await addCampaign(ctx, "holiday", { params: { date: "06-16" } }, noon);
    const at = days(1, new Date("2026-06-15T08:00:00Z"));
    const run = () => runCampaigns({ db: database.db, now: at, merchantId: ctx.merchantId });
    await Promise.all([run(), run(), run()]);
    const sentTo = smtp.received.map((e) => e.to[0]).sort();
    expect(sentTo).toEqual(buyers.map((b) => b.email).sort());
    const rows = [...(await readOutbox(ctx, welcome)), ...(await readOutbox(ctx, holiday))];
    expect(rows).toHaveLength(10);
    expect(rows.filter((m) => m.status === "sent")).toHaveLength(5);
    expect(rows.filter((m) => m.status === "skipped")).toHaveLength(5);
  });
});
