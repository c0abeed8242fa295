import { beforeAll, describe, expect, it } from "vitest";
import { type Auth, createAuth } from "@/server/auth/auth";
import { addDays } from "@/server/engine/time";
import { jobActor } from "@/server/jobs/job-actor";
import { createProgram } from "@/server/services/programs/create-program";
import { publishProgram } from "@/server/services/programs/publish-program";
import { settleReferrals } from "@/server/services/referrals/settle-referrals";
import { createAdminCallers, forbidden } from "@/server/testing/admin-callers";
import { addReferrer, payOrder, referralRules, signUp } from "@/server/testing/referral-fixtures";
import { callerFor, signUpUser } from "@/server/testing/staff-caller";
import { setUpTestDatabase } from "@/server/testing/test-database";

const database = setUpTestDatabase();
let auth: Auth;
let callers: Awaited<ReturnType<typeof createAdminCallers>>;
const t0 = new Date("2026-11-02T10:00:00Z");

beforeAll(async () => {
  auth = createAuth(database.db);
  callers = await createAdminCallers(database, auth);
  const { ctx } = callers;
  const config = { type: "bonus", bonus: { earn: { kind: "percent", percentBp: 1000 } } };
  for (const [name, c] of [
    ["Bonus", config],
    ["Friends", { type: "referral", referral: referralRules }],
  ] as const) {
    const { programId } = await createProgram({ ctx, input: { name, config: c } });
    await publishProgram({ ctx, input: { programId } });
  }
  const referrer = await addReferrer(ctx, { email: "ira@example.com" });
  const friend = await signUp(ctx, { email: "oleg@example.com" }, { code: referrer.code, now: t0 });
  await payOrder(ctx, friend.externalId, 150_000, t0);
  await signUp(ctx, { email: "IRA@example.com" }, { code: referrer.code, now: t0 });
  await settleReferrals({
    db: database.db,
    now: addDays(t0, 14),
    merchantId: ctx.merchantId,
    actor: jobActor("settle-referrals"),
  });
});

describe("referrals router", () => {
  it("an analyst reads the figures and the list with each block reason", async () => {
    const { analyst } = callers;
    expect(await analyst.referrals.summary()).toEqual({
      isProgramActive: true,
      codesShared: 1,
      joined: 2,
      waiting: 0,
      rewarded: 1,
      cancelled: 0,
      blocked: 1,
      firstOrders: 1,
      pointsPaid: 300 + 500,
      referredRevenue: 150_000,
    });
    const blocked = await analyst.referrals.list({ status: "blocked" });
    expect(blocked.total).toBe(1);
    expect(blocked.rows[0]).toMatchObject({ status: "blocked", blockReason: "sameEmail" });
    expect((await analyst.referrals.list({})).rows.map((r) => r.status).sort()).toEqual([
      "blocked",
      "rewarded",
    ]);
  });

  it("another store sees none of them", async () => {
    const { attacker } = callers;
    expect(await attacker.referrals.summary()).toMatchObject({
      isProgramActive: false,
      joined: 0,
      blocked: 0,
    });
    expect((await attacker.referrals.list({})).total).toBe(0);
  });

  it("refuses a signed-in user who is not staff of any store", async () => {
    const outsider = await signUpUser(auth);
    const caller = callerFor(database.db, auth, outsider.headers);
    await expect(caller.referrals.summary()).rejects.toMatchObject(forbidden);
    await expect(caller.referrals.list({})).rejects.toMatchObject(forbidden);
  });
});
