import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { campaignMessages, members } from "@/db/schema";
import { updateMessagingSettings } from "@/server/services/campaigns/update-messaging-settings";
import type { ServiceContext } from "@/server/services/context";
import { addBuyer, addCampaign, startSmtpStore } from "@/server/testing/campaign-fixtures";
import { bonusProgram, payOrder, readBalance } from "@/server/testing/loyalty-fixtures";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { verifyWebhookSignature } from "@/server/testing/verify-webhook-signature";
import { startWebhookReceiver } from "@/server/testing/webhook-receiver";

const database = setUpTestDatabase();

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** 13:00 in Moscow, the test stores' zone. */
const noon = new Date("2026-06-15T10:00:00Z");
const days = (n: number) => new Date(noon.getTime() + n * 86_400_000);

const store = (config = bonusProgram()) =>
  startSmtpStore(database.db, closers, { config, rules: { frequencyCap: 10 } });

const pay = (ctx: ServiceContext, memberId: string, now: Date) =>
  payOrder(ctx, memberId, 10_000, now);

describe("campaign triggers", () => {
  it("welcomes members who join after activation, once", async () => {
    const { ctx, smtp, run } = await store();
    await addBuyer(ctx, { joinedAt: days(-3) });
    await addCampaign(ctx, "welcome", {}, noon);
    const newcomer = await addBuyer(ctx, { joinedAt: days(1) });
    await run(days(1));
    await run(days(2));
    expect(smtp.received.map((e) => e.to[0])).toEqual([newcomer.email]);
  });

  it("greets on the birthday in the store's zone with the program's birthday points, once a year", async () => {
    const { ctx, smtp, run } = await store({
      type: "bonus",
      bonus: { earn: { kind: "percent", percentBp: 1000 }, pointValue: 100 },
      actions: { birthday: 500 },
    });
    const buyer = await addBuyer(ctx, { name: "Ольга", birthday: "1990-06-16" });
    await addCampaign(
      ctx,
      "birthday",
      {
        params: { isBirthdayRewarded: true },
        templates: {
          ru: { subject: "С днём рождения, {{name}}", body: "Ваш баланс: {{balance}}" },
          en: { subject: "Happy birthday", body: "{{balance}}" },
        },
      },
      noon,
    );
    await run(noon);
    expect(smtp.received).toHaveLength(0);
    // 21:30 UTC on 15 June is already 00:30 on 16 June in Moscow.
    await run(new Date("2026-06-15T21:30:00Z"));
    await run(new Date("2026-06-16T12:00:00Z"));
    await run(new Date("2026-06-16T12:00:00Z"));
    expect(smtp.received.map((e) => [e.subject, e.text.split("\n")[0]])).toEqual([
      ["С днём рождения, Ольга", "Ваш баланс: 500"],
    ]);
    expect((await readBalance(ctx.db, ctx.merchantId, buyer.id)).available).toBe(500);
  });

  it("wins back a lapsed member with a bonus, then a firmer second step only if still lapsed", async () => {
    const { ctx, smtp, run } = await store();
    const lapsed = await addBuyer(ctx, { name: "Лена" });
    const returning = await addBuyer(ctx, { name: "Петя" });
    await pay(ctx, lapsed.id, noon);
    await pay(ctx, returning.id, noon);
    const before = (await readBalance(ctx.db, ctx.merchantId, lapsed.id)).available;
    await addCampaign(
      ctx,
      "winback",
      { params: { days: 30, secondStepDays: 14, bonusPoints: 200, offer: "200 баллов в подарок" } },
      noon,
    );
    await run(days(29));
    expect(smtp.received).toHaveLength(0);
    await run(days(31));
    expect(smtp.received.map((e) => e.to[0]).sort()).toEqual(
      [lapsed.email, returning.email].sort(),
    );
    expect((await readBalance(ctx.db, ctx.merchantId, lapsed.id)).available).toBe(before + 200);
    await pay(ctx, returning.id, days(33));
    await run(days(40));
    expect(smtp.received).toHaveLength(2);
    await run(days(46));
    await run(days(47));
    const second = smtp.received.slice(2);
    expect(second.map((e) => [e.to[0], e.subject])).toEqual([
      [lapsed.email, "Второй шаг: Лена, привет"],
    ]);
    expect(second[0]?.text).toContain("200 баллов в подарок");
    expect((await readBalance(ctx.db, ctx.merchantId, lapsed.id)).available).toBe(before + 200);
  });

  it("sends a holiday greeting on its date only", async () => {
    const { ctx, smtp, run } = await store();
    await addBuyer(ctx);
    await addCampaign(ctx, "holiday", { params: { date: "06-20" } }, noon);
    await run(days(4));
    expect(smtp.received).toHaveLength(0);
    await run(days(5));
    await run(days(5));
    expect(smtp.received).toHaveLength(1);
  });

  it("posts a signed message to the SMS webhook for members with SMS consent and a phone", async () => {
    const { ctx, run } = await store();
    const receiver = await startWebhookReceiver();
    closers.push(receiver.close);
    const { webhookSecret } = await updateMessagingSettings({
      ctx,
      input: {
        smtpHost: null,
        smtpPort: 587,
        smtpSecure: false,
        smtpUser: null,
        fromAddress: "",
        webhookUrl: receiver.url,
        frequencyCap: 5,
        frequencyWindowDays: 7,
        quietStartMinute: 0,
        quietEndMinute: 0,
      },
    });
    const buyer = await addBuyer(ctx, { name: "Вера" });
    const ofBuyer = and(eq(members.merchantId, ctx.merchantId), eq(members.id, buyer.id));
    const withoutSms = await addBuyer(ctx);
    await ctx.db.update(members).set({ phone: "+79001234567", smsConsent: true }).where(ofBuyer);
    const campaignId = await addCampaign(ctx, "manual", { channel: "webhook" });
    const { sendCampaignNow } = await import("@/server/services/campaigns/send-campaign-now");
    await sendCampaignNow({ ctx, input: { campaignId }, now: noon });
    await run(noon);
    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    const signature = request?.headers["kopilka-signature"] ?? "";
    expect(
      verifyWebhookSignature(
        request?.body ?? "",
        signature,
        webhookSecret ?? "",
        300,
        Math.floor(noon.getTime() / 1000),
      ),
    ).toBe(true);
    expect(JSON.parse(request?.body ?? "{}").data).toMatchObject({
      to: { phone: "+79001234567", externalId: buyer.externalId },
      text: expect.stringContaining("Баланс: 0."),
      isMarketing: true,
    });
    const [skipped] = await ctx.db
      .select()
      .from(campaignMessages)
      .where(
        and(
          eq(campaignMessages.merchantId, ctx.merchantId),
          eq(campaignMessages.memberId, withoutSms.id),
        ),
      );
    expect(skipped).toMatchObject({ status: "skipped", reason: "No phone number" });
  });
});
