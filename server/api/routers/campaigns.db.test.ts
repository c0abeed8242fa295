import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Auth, createAuth } from "@/server/auth/auth";
import { ensureReferralCode } from "@/server/services/referrals/ensure-referral-code";
import { createAdminCallers, forbidden, notFound } from "@/server/testing/admin-callers";
import { addBuyer } from "@/server/testing/campaign-fixtures";
import { referralRules } from "@/server/testing/referral-fixtures";
import { startSmtpListener } from "@/server/testing/smtp-listener";
import { setUpTestDatabase } from "@/server/testing/test-database";

const database = setUpTestDatabase();
let auth: Auth;
beforeAll(() => {
  auth = createAuth(database.db);
});

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

const settingsFor = (port: number) => ({
  smtpHost: "127.0.0.1",
  smtpPort: port,
  smtpSecure: false,
  smtpUser: "shop",
  smtpPassword: "smtp-pass",
  fromAddress: "shop@example.com",
  webhookUrl: null,
  frequencyCap: 2,
  frequencyWindowDays: 7,
  quietStartMinute: 21 * 60,
  quietEndMinute: 9 * 60,
});

const campaign = {
  name: "Autumn sale",
  trigger: "manual" as const,
  params: { offer: "−15% on tea" },
  templates: {
    ru: { subject: "{{name}}, для вас скидка", body: "Баланс {{balance}}. {{personalOffer}}" },
    en: { subject: "{{name}}, a sale for you", body: "Balance {{balance}}. {{personalOffer}}" },
  },
};

describe("campaigns router", () => {
  it("saves SMTP settings without ever showing the password, and sends a test email", async () => {
    const { owner } = await createAdminCallers(database, auth);
    const smtp = await startSmtpListener();
    closers.push(smtp.close);
    await owner.campaigns.settings.update(settingsFor(smtp.port));
    const shown = await owner.campaigns.settings.get();
    expect(shown).toMatchObject({ smtpHost: "127.0.0.1", smtpUser: "shop", hasSmtpPassword: true });
    expect(JSON.stringify(shown)).not.toContain("smtp-pass");
    const { smtpPassword: _, ...withoutPassword } = settingsFor(smtp.port);
    await owner.campaigns.settings.update(withoutPassword);
    expect(await owner.campaigns.settings.sendTest({ to: "me@example.com" })).toEqual({
      isSent: true,
      error: null,
    });
    expect(smtp.received.map((e) => [e.to[0], e.user])).toEqual([["me@example.com", "shop"]]);
    await owner.campaigns.settings.update({ ...withoutPassword, smtpPassword: "wrong" });
    const refused = await owner.campaigns.settings.sendTest({ to: "me@example.com" });
    expect(refused.isSent).toBe(false);
    expect(refused.error).toMatch(/Invalid username or password/);
  });

  it("previews with a real member and test-sends to a typed address, shown in the outbox", async () => {
    const { owner, ctx } = await createAdminCallers(database, auth);
    const smtp = await startSmtpListener();
    closers.push(smtp.close);
    await owner.campaigns.settings.update(settingsFor(smtp.port));
    const buyer = await addBuyer(ctx, { name: "Ирина" });
    const { campaignId } = await owner.campaigns.create(campaign);
    const preview = await owner.campaigns.preview({ campaignId, memberId: buyer.id });
    expect(preview).toMatchObject({
      locale: "ru",
      subject: "Ирина, для вас скидка",
      body: "Баланс 0. −15% on tea",
    });
    const sent = await owner.campaigns.sendTest({
      campaignId,
      memberId: buyer.id,
      to: "me@example.com",
    });
    expect(sent).toMatchObject({ status: "sent", reason: null });
    expect(smtp.received.map((e) => [e.to[0], e.subject])).toEqual([
      ["me@example.com", "Ирина, для вас скидка"],
    ]);
    const outbox = await owner.campaigns.outbox({ campaignId });
    expect(outbox.rows).toEqual([
      expect.objectContaining({ isTest: true, status: "sent", recipient: "me@example.com" }),
    ]);
    const { results } = await owner.campaigns.get({ campaignId });
    expect(results.sent).toBe(0);
  });

  it("fills {{referralLink}} with the member's invite link while a referral program runs", async () => {
    const { owner, ctx } = await createAdminCallers(database, auth);
    const buyer = await addBuyer(ctx, { name: "Ирина" });
    const { programId } = await owner.programs.create({
      name: "Friends",
      config: { type: "referral", referral: referralRules },
    });
    await owner.programs.publish({ programId });
    const body = "Приводите друзей: {{referralLink}}";
    const { campaignId } = await owner.campaigns.create({
      ...campaign,
      templates: { ...campaign.templates, ru: { subject: "{{name}}", body } },
    });
    const preview = await owner.campaigns.preview({ campaignId, memberId: buyer.id });
    const code = await ensureReferralCode(ctx.db, ctx.merchantId, buyer.id);
    expect(preview.body).toBe(`Приводите друзей: https://shop.example/welcome?ref=${code}`);
  });

  it("refuses a holiday without a date and a manual campaign activation", async () => {
    const { owner } = await createAdminCallers(database, auth);
    await expect(owner.campaigns.create({ ...campaign, trigger: "holiday" })).rejects.toMatchObject(
      { code: "BAD_REQUEST" },
    );
    const { campaignId } = await owner.campaigns.create(campaign);
    await expect(owner.campaigns.setStatus({ campaignId, status: "active" })).rejects.toMatchObject(
      { code: "BAD_REQUEST" },
    );
  });

  it("never shows or changes another store's campaigns (IDOR)", async () => {
    const { owner, attacker, ctx } = await createAdminCallers(database, auth);
    const buyer = await addBuyer(ctx);
    const { campaignId } = await owner.campaigns.create(campaign);
    await owner.campaigns.sendNow({ campaignId });
    await expect(attacker.campaigns.get({ campaignId })).rejects.toMatchObject(notFound);
    await expect(
      attacker.campaigns.update({ campaignId, campaign: { ...campaign, name: "Hijacked" } }),
    ).rejects.toMatchObject(notFound);
    await expect(attacker.campaigns.sendNow({ campaignId })).rejects.toMatchObject(notFound);
    await expect(
      attacker.campaigns.preview({ campaignId, memberId: buyer.id }),
    ).rejects.toMatchObject(notFound);
    expect(await attacker.campaigns.list()).toEqual([]);
    expect((await attacker.campaigns.outbox({ campaignId })).rows).toEqual([]);
    const { campaignId: theirs } = await attacker.campaigns.create(campaign);
    await expect(
      attacker.campaigns.preview({ campaignId: theirs, memberId: buyer.id }),
    ).rejects.toMatchObject(notFound);
    await expect(
      attacker.campaigns.sendTest({ campaignId: theirs, memberId: buyer.id, to: "x@example.com" }),
    ).rejects.toMatchObject(notFound);
    expect((await owner.campaigns.get({ campaignId })).campaign.name).toBe("Autumn sale");
    expect((await owner.campaigns.outbox({ campaignId })).total).toBe(1);
  });

  it("lets an analyst read campaigns and the outbox but change nothing", async () => {
    const { owner, analyst } = await createAdminCallers(database, auth);
    const { campaignId } = await owner.campaigns.create(campaign);
    expect((await analyst.campaigns.list()).map((c) => c.id)).toEqual([campaignId]);
    await analyst.campaigns.outbox({});
    await expect(analyst.campaigns.create(campaign)).rejects.toMatchObject(forbidden);
    await expect(analyst.campaigns.sendNow({ campaignId })).rejects.toMatchObject(forbidden);
    await expect(analyst.campaigns.settings.update(settingsFor(25))).rejects.toMatchObject(
      forbidden,
    );
    await expect(
      analyst.campaigns.setStatus({ campaignId, status: "paused" }),
    ).rejects.toMatchObject(forbidden);
  });
});
