import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, ledgerEntries } from "@/db/schema";
import { Conflict, InvalidInput, LimitExceeded } from "@/server/errors";
import {
  addMember,
  bonusProgram,
  createLoyaltyStore,
  expectConsistentLedger,
  readBalance,
} from "@/server/testing/loyalty-fixtures";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { adjustPoints } from "./adjust-points";
import { enrollMember } from "./enroll-member";
import { rewardAction } from "./reward-action";

const database = setUpTestDatabase();

describe("manual adjustments", () => {
  it("writes the ledger entry and the audit row together, with the reason", async () => {
    const { ctx } = await createLoyaltyStore(database.db);
    const buyer = await addMember(ctx, 100);
    await adjustPoints({
      ctx,
      input: {
        idempotencyKey: randomUUID(),
        member: buyer.ref,
        amount: -30,
        reason: "duplicate bonus",
      },
    });
    expect(await readBalance(database.db, ctx.merchantId, buyer.id)).toMatchObject({
      available: 70,
    });
    const entries = await database.db
      .select()
      .from(ledgerEntries)
      .where(and(eq(ledgerEntries.merchantId, ctx.merchantId), eq(ledgerEntries.kind, "adjust")));
    expect(entries.map((e) => [e.amount, e.reason, e.actorLabel])).toEqual([
      [100, "opening balance", "Test Owner"],
      [-30, "duplicate bonus", "Test Owner"],
    ]);
    const audits = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.merchantId, ctx.merchantId), eq(auditLog.action, "points.adjusted")));
    expect(audits).toHaveLength(2);
    expect(audits.map((a) => a.after)).toContainEqual({
      available: 70,
      amount: -30,
      reason: "duplicate bonus",
    });
    await expectConsistentLedger(database.db, ctx.merchantId);
  });

  it("a refused adjustment leaves neither ledger nor audit behind", async () => {
    const { ctx } = await createLoyaltyStore(database.db);
    const buyer = await addMember(ctx, 10);
    const input = {
      idempotencyKey: randomUUID(),
      member: buyer.ref,
      amount: -11,
      reason: "too much",
    };
    await expect(adjustPoints({ ctx, input })).rejects.toBeInstanceOf(LimitExceeded);
    await expect(
      adjustPoints({ ctx, input: { ...input, amount: 5, reason: "" } }),
    ).rejects.toThrow();
    const [audits] = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(and(eq(auditLog.merchantId, ctx.merchantId), eq(auditLog.action, "points.adjusted")));
    expect(audits?.n).toBe(1);
    expect(await readBalance(database.db, ctx.merchantId, buyer.id)).toMatchObject({
      available: 10,
    });
  });

  it("the ledger refuses UPDATE and DELETE: corrections are new entries", async () => {
    const { ctx } = await createLoyaltyStore(database.db);
    await addMember(ctx, 10);
    const ofStore = eq(ledgerEntries.merchantId, ctx.merchantId);
    await expect(
      database.db.update(ledgerEntries).set({ amount: 1_000 }).where(ofStore),
    ).rejects.toThrow();
    await expect(database.db.delete(ledgerEntries).where(ofStore)).rejects.toThrow();
  });
});

describe("action rewards", () => {
  const withActions = bonusProgram();
  const config = { ...withActions, actions: { signUp: 50, profileCompleted: 20, birthday: 100 } };

  it("credits each action once per member, whatever the key", async () => {
    const { ctx } = await createLoyaltyStore(database.db, config);
    const buyer = await addMember(ctx);
    const reward = () =>
      rewardAction({
        ctx,
        input: { idempotencyKey: randomUUID(), member: buyer.ref, action: "signUp" },
      });
    const results = await Promise.all([reward(), reward(), reward()]);
    expect(results.map((r) => r.credited).sort()).toEqual([0, 0, 50]);
    expect(await readBalance(database.db, ctx.merchantId, buyer.id)).toMatchObject({
      available: 50,
    });
    await expectConsistentLedger(database.db, ctx.merchantId);
  });

  it("checks the profile and the birthday before paying", async () => {
    const { ctx } = await createLoyaltyStore(database.db, config);
    const buyer = await addMember(ctx);
    const call = (action: "profileCompleted" | "birthday", now?: Date) =>
      rewardAction({
        ctx,
        input: { idempotencyKey: randomUUID(), member: buyer.ref, action },
        now,
      });
    await expect(call("profileCompleted")).rejects.toBeInstanceOf(InvalidInput);
    await expect(call("birthday")).rejects.toBeInstanceOf(InvalidInput);
    await enrollMember({
      ctx,
      input: {
        externalId: `full-${randomUUID()}`,
        name: "A",
        email: "a@b.co",
        phone: "+7",
        birthday: "1990-06-15",
      },
    }).then(async (full) => {
      const ref = { memberId: full.id };
      const onBirthday = new Date("2030-06-15T09:00:00Z");
      const first = await rewardAction({
        ctx,
        input: { idempotencyKey: randomUUID(), member: ref, action: "birthday" },
        now: onBirthday,
      });
      const again = await rewardAction({
        ctx,
        input: { idempotencyKey: randomUUID(), member: ref, action: "birthday" },
        now: onBirthday,
      });
      const nextYear = new Date("2031-06-14T09:00:00Z");
      const next = await rewardAction({
        ctx,
        input: { idempotencyKey: randomUUID(), member: ref, action: "birthday" },
        now: nextYear,
      });
      expect([first.credited, again.credited, next.credited]).toEqual([100, 0, 100]);
      const profile = await rewardAction({
        ctx,
        input: { idempotencyKey: randomUUID(), member: ref, action: "profileCompleted" },
      });
      expect(profile.credited).toBe(20);
    });
  });

  it("an idempotency key reused for another member is a Conflict", async () => {
    const { ctx } = await createLoyaltyStore(database.db, config);
    const [a, b] = await Promise.all([addMember(ctx), addMember(ctx)]);
    const idempotencyKey = randomUUID();
    await rewardAction({ ctx, input: { idempotencyKey, member: a.ref, action: "signUp" } });
    await expect(
      rewardAction({ ctx, input: { idempotencyKey, member: b.ref, action: "signUp" } }),
    ).rejects.toBeInstanceOf(Conflict);
  });
});
