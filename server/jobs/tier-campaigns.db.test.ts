import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { merchants, tierChanges } from "@/db/schema";
import type { CampaignTrigger } from "@/db/schema/campaign-types";
import { defaultTemplates } from "@/server/services/campaigns/default-templates";
import { previewMessage } from "@/server/services/campaigns/preview-message";
import { setCampaignStatus } from "@/server/services/campaigns/set-campaign-status";
import type { ServiceContext } from "@/server/services/context";
import {
  addBuyer,
  addCampaign,
  readOutbox,
  startSmtpStore,
} from "@/server/testing/campaign-fixtures";
import { payOrder } from "@/server/testing/loyalty-fixtures";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { recalculateTiers } from "./recalculate-tiers";
import { runCampaigns } from "./run-campaigns";

const database = setUpTestDatabase();

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** 13:00 in Moscow, the test stores' zone. */
const noon = new Date("2026-06-15T10:00:00Z");
const days = (n: number) => new Date(noon.getTime() + n * 86_400_000);

// Silver from the first order, Gold from 10,000 RUB spent in a calendar month; no grace, so a
// member who falls short in a new month drops with their next order.
const tiersProgram = {
  type: "tiers" as const,
  tiers: {
    levels: [
      { id: "silver", name: "Silver", threshold: 0 },
      { id: "gold", name: "Gold", threshold: 1_000_000 },
    ],
    graceDays: 0,
  },
  discount: { rule: { kind: "fixed" as const, percentBp: 500 } },
};

const store = () =>
  startSmtpStore(database.db, closers, { config: tiersProgram, rules: { frequencyCap: 10 } });

const tierCampaign = (ctx: ServiceContext, trigger: CampaignTrigger, activatedAt: Date) =>
  addCampaign(ctx, trigger, { templates: defaultTemplates[trigger] }, activatedAt);

/** A paid order of `rubles`; tiers move in its transaction, dated at its paid time. */
const pay = (ctx: ServiceContext, memberId: string, rubles: number, now: Date) =>
  payOrder(ctx, memberId, rubles * 100, now);

const changesOf = (ctx: ServiceContext, memberId: string) =>
  database.db
    .select()
    .from(tierChanges)
    .where(and(eq(tierChanges.merchantId, ctx.merchantId), eq(tierChanges.memberId, memberId)))
    .orderBy(tierChanges.id);

describe("tier campaigns", () => {
  it("congratulates a member a paid order moves up, with the new and the previous tier, once", async () => {
    const { ctx, smtp, run } = await store();
    const buyer = await addBuyer(ctx, { name: "Ирина" });
    const newcomer = await addBuyer(ctx);
    await pay(ctx, buyer.id, 1_000, days(-1));
    const campaignId = await tierCampaign(ctx, "tierUp", noon);
    await run(noon);
    expect(smtp.received).toHaveLength(0);
    // A first order that only reaches the starting tier is no move up.
    await pay(ctx, newcomer.id, 500, days(1));
    await pay(ctx, buyer.id, 11_000, days(1));
    await run(days(1));
    await run(days(2));
    expect(smtp.received.map((e) => [e.to[0], e.subject, e.text.split("\n")[0]])).toEqual([
      [
        buyer.email,
        "Ирина, ваш новый уровень — Gold",
        "Поздравляем! Вы перешли с уровня Silver на уровень Gold: теперь каждая покупка выгоднее.",
      ],
    ]);
    expect(smtp.received[0]?.text).toMatch(/\/unsubscribe\//);
    const moves = await changesOf(ctx, buyer.id);
    expect(moves.map((c) => [c.fromTier, c.toTier, c.direction])).toEqual([
      [null, "silver", "up"],
      ["silver", "gold", "up"],
    ]);
    expect(await readOutbox(ctx, campaignId)).toEqual([
      expect.objectContaining({
        memberId: buyer.id,
        occurrence: String(moves[1]?.id),
        isMarketing: true,
        status: "sent",
      }),
    ]);
    const preview = await previewMessage({
      ctx,
      input: { campaignId, memberId: buyer.id },
      now: days(2),
    });
    expect(preview.body).toContain("Вы перешли с уровня Silver на уровень Gold");
  });

  it("tells a member who drops a tier, in the store's language, and skips one without consent", async () => {
    const { ctx, smtp, run } = await store();
    await database.db
      .update(merchants)
      .set({ locale: "en" })
      .where(eq(merchants.id, ctx.merchantId));
    const buyer = await addBuyer(ctx, { name: "Anna" });
    const silent = await addBuyer(ctx, { hasConsent: false });
    await pay(ctx, buyer.id, 12_000, days(-1));
    await pay(ctx, silent.id, 12_000, days(-1));
    const campaignId = await tierCampaign(ctx, "tierDown", noon);
    const risen = await tierCampaign(ctx, "tierUp", noon);
    // 2 July: a new month in which 500 RUB keeps only Silver.
    const july = days(17);
    await pay(ctx, buyer.id, 500, july);
    await pay(ctx, silent.id, 500, july);
    await run(july);
    expect(smtp.received.map((e) => [e.to[0], e.subject, e.text.split("\n")[0]])).toEqual([
      [
        buyer.email,
        "Anna, your tier is now Silver",
        "Your tier has changed from Gold to Silver. Shop with us again to get back to Gold.",
      ],
    ]);
    const skipped = (await readOutbox(ctx, campaignId)).find((m) => m.memberId === silent.id);
    expect(skipped).toMatchObject({ status: "skipped", reason: "No marketing consent for email" });
    expect(await readOutbox(ctx, risen)).toEqual([]);
  });

  it("tells a member who stopped buying once the tier job drops them", async () => {
    const { ctx, smtp, run } = await store();
    const buyer = await addBuyer(ctx, { name: "Ирина" });
    await pay(ctx, buyer.id, 12_000, days(-1));
    await tierCampaign(ctx, "tierDown", noon);
    // 1 July: a new month with no orders; no grace, so the first job run of the month drops Gold.
    const july = new Date("2026-07-01T10:00:00Z");
    const recalculate = () =>
      recalculateTiers({ db: database.db, now: july, merchantId: ctx.merchantId });
    await Promise.all([recalculate(), recalculate()]);
    await run(july);
    await recalculate();
    await run(days(17));
    expect(smtp.received.map((e) => [e.to[0], e.text.split("\n")[0]])).toEqual([
      [
        buyer.email,
        "Ваш уровень сменился с Gold на Silver. Возвращайтесь за покупками — и уровень Gold снова ваш.",
      ],
    ]);
  });

  it("sends nothing for changes before the activation or while the campaign was paused", async () => {
    const { ctx, smtp, run } = await store();
    const early = await addBuyer(ctx);
    const paused = await addBuyer(ctx);
    const late = await addBuyer(ctx, { name: "Олег" });
    await pay(ctx, early.id, 11_000, days(-1));
    const campaignId = await tierCampaign(ctx, "tierUp", noon);
    await run(noon);
    await setCampaignStatus({ ctx, input: { campaignId, status: "paused" }, now: days(1) });
    await pay(ctx, paused.id, 11_000, days(2));
    await run(days(2));
    await setCampaignStatus({ ctx, input: { campaignId, status: "active" }, now: days(3) });
    await run(days(3));
    expect(smtp.received).toHaveLength(0);
    await pay(ctx, late.id, 11_000, days(4));
    await run(days(4));
    expect(smtp.received.map((e) => [e.to[0], e.subject])).toEqual([
      [late.email, "Олег, ваш новый уровень — Gold"],
    ]);
    expect(await readOutbox(ctx, campaignId)).toHaveLength(1);
  });

  it("sends each move once when three schedulers run at the same time", async () => {
    const { ctx, smtp } = await store();
    const buyers = await Promise.all([1, 2, 3].map(() => addBuyer(ctx)));
    const campaignId = await tierCampaign(ctx, "tierUp", noon);
    for (const buyer of buyers) await pay(ctx, buyer.id, 11_000, days(1));
    const run = () => runCampaigns({ db: database.db, now: days(1), merchantId: ctx.merchantId });
    await Promise.all([run(), run(), run()]);
    await run();
    expect(smtp.received.map((e) => e.to[0]).sort()).toEqual(buyers.map((b) => b.email).sort());
    expect(await readOutbox(ctx, campaignId)).toHaveLength(3);
  });
});
