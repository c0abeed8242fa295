import { describe, expect, it } from "vitest";
import { addDays } from "@/server/engine/time";
import { jobActor } from "@/server/jobs/job-actor";
import { refundOrder } from "@/server/services/orders/refund-order";
import { expectConsistentLedger, readBalance } from "@/server/testing/loyalty-fixtures";
import {
  addReferrer,
  createReferralStore,
  memberIdOf,
  payOrder,
  readReferral,
  signUp,
} from "@/server/testing/referral-fixtures";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { settleReferrals } from "./settle-referrals";

const database = setUpTestDatabase();

const t0 = new Date("2026-11-02T10:00:00Z");
const settle = (merchantId: string, now: Date) =>
  settleReferrals({ db: database.db, now, merchantId, actor: jobActor("settle-referrals") });

async function referredFriend(rules = {}) {
  const store = await createReferralStore(database.db, rules);
  const { ctx } = store;
  const referrer = await addReferrer(ctx, { email: "ira@example.com", phone: "+7 999 111-22-33" });
  const friend = await signUp(ctx, { email: "oleg@example.com" }, { code: referrer.code, now: t0 });
  const friendId = await memberIdOf(ctx, friend.externalId);
  return { ...store, referrer, friend, friendId };
}

describe("joining with a code", () => {
  it("links the friend, credits the welcome bonus and keeps the first referral", async () => {
    const { ctx, friend, friendId, referrer } = await referredFriend();
    expect(friend.referral).toEqual({ status: "waiting", blockReason: null, friendPoints: 300 });
    expect(await readBalance(database.db, ctx.merchantId, friendId)).toMatchObject({
      available: 300,
    });
    const other = await addReferrer(ctx);
    const again = await signUp(ctx, { externalId: friend.externalId }, { code: other.code });
    expect(again.referral).toMatchObject({ status: "waiting", friendPoints: 300 });
    expect(await readReferral(database.db, ctx.merchantId, friendId)).toMatchObject({
      referrerMemberId: referrer.memberId,
    });
    expect(await readBalance(database.db, ctx.merchantId, friendId)).toMatchObject({
      available: 300,
    });
    await expectConsistentLedger(database.db, ctx.merchantId);
  });

  it("ignores an unknown code, and any code while no referral program runs", async () => {
    const store = await createReferralStore(database.db);
    expect((await signUp(store.ctx, {}, { code: "ZZZZ9999" })).referral).toBeNull();
    const { createLoyaltyStore } = await import("@/server/testing/loyalty-fixtures");
    const plain = await createLoyaltyStore(database.db);
    const referrer = await addReferrer(plain.ctx);
    expect((await signUp(plain.ctx, {}, { code: referrer.code })).referral).toBeNull();
  });

  it("accepts the code typed in lower case with a dash", async () => {
    const { ctx } = await createReferralStore(database.db);
    const referrer = await addReferrer(ctx);
    const typed = `${referrer.code.slice(0, 4)}-${referrer.code.slice(4)}`.toLowerCase();
    expect((await signUp(ctx, {}, { code: typed })).referral).toMatchObject({ status: "waiting" });
  });
});

describe("the friend's first-order discount", () => {
  it("takes the percent off the first order only, and never off a blocked friend's", async () => {
    const { ctx, friend } = await referredFriend({ friendDiscountBp: 1000 });
    expect((await payOrder(ctx, friend.externalId, 150_000, t0)).discount).toBe(15_000);
    expect((await payOrder(ctx, friend.externalId, 150_000, t0)).discount).toBe(0);
    const referrer = await addReferrer(ctx, { email: "anna@example.com" });
    const self = await signUp(ctx, { email: "ANNA@example.com" }, { code: referrer.code });
    expect(self.referral).toMatchObject({ status: "blocked" });
    expect((await payOrder(ctx, self.externalId, 150_000, t0)).discount).toBe(0);
  });
});

describe("sign-up fraud checks", () => {
  const referrerProfile = { email: "Ira.Petrova@gmail.com", phone: "+7 999 111-22-33" };
  it.each([
    ["the referrer's own customer id", "sameCustomer"],
    ["the referrer's email", "sameEmail"],
    ["a Gmail alias of the referrer's email", "sameNormalizedEmail"],
    ["the referrer's phone", "samePhone"],
  ])("blocks a friend with %s, without a welcome bonus", async (name, reason) => {
    const { ctx } = await createReferralStore(database.db);
    const referrer = await addReferrer(ctx, referrerProfile);
    const profile =
      reason === "sameCustomer"
        ? { externalId: referrer.externalId, email: referrerProfile.email }
        : reason === "sameEmail"
          ? { email: "ira.petrova@gmail.com" }
          : reason === "sameNormalizedEmail"
            ? { email: "irapetrova+friend@googlemail.com" }
            : { phone: "8 (999) 111 22 33" };
    const friend = await signUp(ctx, profile, { code: referrer.code });
    expect(friend.referral, name).toEqual({
      status: "blocked",
      blockReason: reason,
      friendPoints: 0,
    });
    const friendId = await memberIdOf(ctx, friend.externalId);
    expect(await readBalance(database.db, ctx.merchantId, friendId)).toMatchObject({
      available: 0,
    });
  });

  it("passes a friend with their own email and phone", async () => {
    const { ctx } = await createReferralStore(database.db);
    const referrer = await addReferrer(ctx, referrerProfile);
    const friend = await signUp(
      ctx,
      { email: "irina.petrova@gmail.com", phone: "+7 916 000 00 00" },
      { code: referrer.code },
    );
    expect(friend.referral).toMatchObject({ status: "waiting", blockReason: null });
  });

  it("blocks a friend who had already ordered before joining with the code", async () => {
    const { ctx } = await createReferralStore(database.db);
    const referrer = await addReferrer(ctx);
    const known = await signUp(ctx);
    await payOrder(ctx, known.externalId, 200_000, t0);
    const late = await signUp(ctx, { externalId: known.externalId }, { code: referrer.code });
    expect(late.referral).toMatchObject({ status: "blocked", blockReason: "notFirstOrder" });
  });

  it("blocks the sign-up after the burst limit from one IP, and from one device", async () => {
    const { ctx } = await createReferralStore(database.db, { burstLimit: 2, burstWindowHours: 24 });
    const referrer = await addReferrer(ctx);
    const join = (source: { ip?: string; deviceId?: string }, now = t0) =>
      signUp(ctx, {}, { code: referrer.code, now, ...source }).then((r) => r.referral);
    expect(await join({ ip: "10.0.0.1" })).toMatchObject({ status: "waiting" });
    expect(await join({ ip: "10.0.0.1" })).toMatchObject({ status: "waiting" });
    expect(await join({ ip: "10.0.0.1" })).toMatchObject({ blockReason: "ipBurst" });
    expect(await join({ ip: "10.0.0.2" })).toMatchObject({ status: "waiting" });
    expect(await join({ ip: "10.0.0.1" }, addDays(t0, 2))).toMatchObject({ status: "waiting" });
    expect(await join({ deviceId: "dev-1" })).toMatchObject({ status: "waiting" });
    expect(await join({ deviceId: "dev-1" })).toMatchObject({ status: "waiting" });
    expect(await join({ deviceId: "dev-1" })).toMatchObject({ blockReason: "deviceBurst" });
  });
  it("counts simultaneous sign-ups from one IP one after another", async () => {
    const { ctx } = await createReferralStore(database.db, { burstLimit: 2 });
    const referrer = await addReferrer(ctx);
    const joined = await Promise.all(
      [1, 2, 3, 4].map(() => signUp(ctx, {}, { code: referrer.code, now: t0, ip: "10.9.9.9" })),
    );
    const statuses = joined.map((j) => j.referral?.status).sort();
    expect(statuses).toEqual(["blocked", "blocked", "waiting", "waiting"]);
  });
});

describe("the referrer's reward", () => {
  it("comes only after the friend's paid first order clears the refund window, exactly once", async () => {
    const { ctx, referrer, friend, friendId } = await referredFriend();
    await settle(ctx.merchantId, addDays(t0, 30));
    expect(await readBalance(database.db, ctx.merchantId, referrer.memberId)).toMatchObject({
      available: 0,
    });
    await payOrder(ctx, friend.externalId, 150_000, t0);
    await settle(ctx.merchantId, addDays(t0, 13));
    expect(await readBalance(database.db, ctx.merchantId, referrer.memberId)).toMatchObject({
      available: 0,
    });
    expect(await readReferral(database.db, ctx.merchantId, friendId)).toMatchObject({
      status: "waiting",
      firstOrderAmount: 150_000,
    });
    const cleared = addDays(t0, 14);
    const runs = await Promise.all([
      settle(ctx.merchantId, cleared),
      settle(ctx.merchantId, cleared),
    ]);
    await settle(ctx.merchantId, addDays(t0, 15));
    expect(runs.reduce((n, r) => n + r.rewarded, 0)).toBe(1);
    expect(await readBalance(database.db, ctx.merchantId, referrer.memberId)).toMatchObject({
      available: 500,
    });
    expect(await readReferral(database.db, ctx.merchantId, friendId)).toMatchObject({
      status: "rewarded",
      referrerPoints: 500,
    });
    await expectConsistentLedger(database.db, ctx.merchantId);
  });

  it("is cancelled by a refund of the first order inside the window", async () => {
    const { ctx, referrer, friend, friendId } = await referredFriend();
    const order = await payOrder(ctx, friend.externalId, 150_000, t0);
    await refundOrder({
      ctx,
      now: addDays(t0, 3),
      input: { idempotencyKey: `refund-${order.orderId}`, orderId: order.externalId ?? "" },
    });
    await settle(ctx.merchantId, addDays(t0, 20));
    expect(await readReferral(database.db, ctx.merchantId, friendId)).toMatchObject({
      status: "cancelled",
    });
    expect(await readBalance(database.db, ctx.merchantId, referrer.memberId)).toMatchObject({
      available: 0,
    });
  });

  it("is not paid for a first order under the minimum", async () => {
    const { ctx, friend, friendId } = await referredFriend();
    await payOrder(ctx, friend.externalId, 99_999, t0);
    await settle(ctx.merchantId, addDays(t0, 20));
    expect(await readReferral(database.db, ctx.merchantId, friendId)).toMatchObject({
      status: "blocked",
      blockReason: "firstOrderTooSmall",
    });
  });

  it("is blocked when the referrer's card or device paid the friend's order, paid otherwise", async () => {
    const { ctx, referrer, friend, friendId } = await referredFriend();
    await payOrder(ctx, referrer.externalId, 100_000, t0, { paymentFingerprint: "card-ira" });
    await payOrder(ctx, friend.externalId, 150_000, t0, { paymentFingerprint: "card-ira" });
    await settle(ctx.merchantId, addDays(t0, 14));
    expect(await readReferral(database.db, ctx.merchantId, friendId)).toMatchObject({
      status: "blocked",
      blockReason: "referrerPlacedOrder",
    });
    const honest = await signUp(ctx, {}, { code: referrer.code, now: t0, deviceId: "oleg-phone" });
    await payOrder(ctx, honest.externalId, 150_000, t0, { paymentFingerprint: "card-oleg" });
    await settle(ctx.merchantId, addDays(t0, 14));
    const honestId = await memberIdOf(ctx, honest.externalId);
    expect(await readReferral(database.db, ctx.merchantId, honestId)).toMatchObject({
      status: "rewarded",
    });
  });

  it("stops at the monthly cap per referrer, and starts again next month", async () => {
    const { ctx } = await createReferralStore(database.db, { monthlyCap: 1 });
    const referrer = await addReferrer(ctx);
    const friends = [];
    for (const i of [1, 2]) {
      const f = await signUp(ctx, { email: `f${i}@example.com` }, { code: referrer.code, now: t0 });
      await payOrder(ctx, f.externalId, 150_000, t0);
      friends.push(await memberIdOf(ctx, f.externalId));
    }
    const outcome = await settle(ctx.merchantId, addDays(t0, 14));
    expect(outcome).toMatchObject({ rewarded: 1, blocked: 1 });
    const statuses = await Promise.all(
      friends.map((id) => readReferral(database.db, ctx.merchantId, id)),
    );
    expect(statuses.map((r) => r?.blockReason).sort()).toEqual(["monthlyCap", null]);
    expect(await readBalance(database.db, ctx.merchantId, referrer.memberId)).toMatchObject({
      available: 500,
    });
    const next = await signUp(ctx, { email: "f3@example.com" }, { code: referrer.code, now: t0 });
    await payOrder(ctx, next.externalId, 150_000, addDays(t0, 20));
    expect(await settle(ctx.merchantId, addDays(t0, 34))).toMatchObject({ rewarded: 1 });
  });
});
