import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { makeTemplate } from "@/components/programs/templates";
import { type Auth, createAuth } from "@/server/auth/auth";
import { Forbidden } from "@/server/errors";
import { enrollMember } from "@/server/services/members/enroll-member";
import { rewardAction } from "@/server/services/members/reward-action";
import { markOrderPaid } from "@/server/services/orders/mark-paid";
import { quoteOrder } from "@/server/services/orders/quote-order";
import { createAdminCallers, forbidden, notFound } from "@/server/testing/admin-callers";
import { line } from "@/server/testing/loyalty-fixtures";
import { setUpTestDatabase } from "@/server/testing/test-database";

const database = setUpTestDatabase();
let auth: Auth;
beforeAll(() => {
  auth = createAuth(database.db);
});

async function setUp() {
  const callers = await createAdminCallers(database, auth);
  const config = {
    ...makeTemplate("bonusPoints", "en"),
    actions: { signUp: 50, profileCompleted: 0, birthday: 0, review: 0 },
  };
  const { programId } = await callers.owner.programs.create({ name: "Bonus", config });
  await callers.owner.programs.publish({ programId });
  const { ctx } = callers;
  const ann = await enrollMember({
    ctx,
    input: {
      externalId: "ext-ann",
      name: "Anna Petrova",
      email: "anna@example.com",
      phone: "+7 999 123-45-67",
    },
  });
  const bob = await enrollMember({
    ctx,
    input: { externalId: "ext-bob", name: "Bob Stone", email: "bob@example.com" },
  });
  await markOrderPaid({
    ctx,
    input: {
      idempotencyKey: randomUUID(),
      orderId: "A-1",
      member: { memberId: ann.id },
      lines: [line("T", 100_000)],
    },
  });
  return { ...callers, ann, bob };
}

describe("members router", () => {
  it("searches by name, email, phone and external id; filters and sorts on the server", async () => {
    const { owner, ann } = await setUp();
    await owner.members.adjust({ memberId: ann.id, amount: 10, reason: "welcome gift" });
    const names = async (input: Parameters<typeof owner.members.list>[0]) =>
      (await owner.members.list(input)).rows.map((r) => r.name);
    expect(await names({ q: "petrova" })).toEqual(["Anna Petrova"]);
    expect(await names({ q: "bob@" })).toEqual(["Bob Stone"]);
    expect(await names({ q: "9991234" })).toEqual(["Anna Petrova"]);
    expect(await names({ q: "ext-b" })).toEqual(["Bob Stone"]);
    expect(await names({ q: "%" })).toEqual([]);
    expect(await names({ sort: "spent", dir: "desc" })).toEqual(["Anna Petrova", "Bob Stone"]);
    expect(await names({ sort: "name", dir: "asc" })).toEqual(["Anna Petrova", "Bob Stone"]);
    expect(await names({ balanceMin: 1 })).toEqual(["Anna Petrova"]);
    expect(await names({ balanceMax: 0 })).toEqual(["Bob Stone"]);
    // The filter reads dates in the store's timezone (the test owner's store is in Moscow).
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Moscow" }).format(
      new Date(),
    );
    expect(await names({ lastOrderAfter: today, lastOrderBefore: today })).toEqual([
      "Anna Petrova",
    ]);
    expect(await names({ lapsedDays: 30 })).toEqual([]);
    expect(await names({ joinedFrom: "2000-01-01", joinedTo: "2000-12-31" })).toEqual([]);
    const page = await owner.members.list({ pageSize: 10 });
    expect(page).toMatchObject({ total: 2, page: 1, pageSize: 10 });
  });

  it("member page: balances, ledger with reasons; a manual adjustment is audited", async () => {
    const { owner, ann } = await setUp();
    await owner.members.adjust({
      memberId: ann.id,
      amount: 25,
      reason: "apology for a late parcel",
    });
    await expect(
      owner.members.adjust({ memberId: ann.id, amount: 5, reason: "" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const page = await owner.members.get({ memberId: ann.id });
    expect(page.member).toMatchObject({ name: "Anna Petrova", ordersCount: 1 });
    expect(page.balance).toMatchObject({ pending: 50 });
    expect(page.balance.available).toBe(25);
    const ledger = await owner.members.ledger({ memberId: ann.id });
    expect(ledger.map((e) => [e.kind, e.amount, e.reason])).toEqual([
      ["adjust", 25, "apology for a late parcel"],
      ["earn", 50, "points earned on the order"],
    ]);
    const audit = await owner.audit.list({ action: "points" });
    expect(audit.rows[0]).toMatchObject({
      action: "points.adjusted",
      entityId: ann.id,
      after: { amount: 25, reason: "apology for a late parcel" },
    });
  });

  it("a blocked member neither earns nor spends", async () => {
    const { owner, ann, ctx } = await setUp();
    await owner.members.setBlocked({ memberId: ann.id, isBlocked: true, reason: "fraud check" });
    const quote = await quoteOrder({
      ctx,
      input: { member: { memberId: ann.id }, lines: [line("T", 10_000)] },
    });
    expect(quote.earn.points).toBe(0);
    expect(quote.spend).toMatchObject({ maxPoints: 0, limit: "blocked" });
    expect((await owner.members.list({ isBlocked: "yes" })).rows.map((r) => r.id)).toEqual([
      ann.id,
    ]);
    await owner.members.setBlocked({ memberId: ann.id, isBlocked: false, reason: "cleared" });
    const actions = (await owner.audit.list({ action: "member." })).rows.map((r) => r.action);
    expect(actions).toEqual(["member.unblocked", "member.blocked"]);
  });

  it("refuses action rewards for a blocked member and credits nothing", async () => {
    const { owner, bob, ctx } = await setUp();
    const before = (await owner.members.get({ memberId: bob.id })).balance.available;
    await owner.members.setBlocked({ memberId: bob.id, isBlocked: true, reason: "fraud check" });
    const reward = rewardAction({
      ctx,
      input: { idempotencyKey: randomUUID(), member: { memberId: bob.id }, action: "signUp" },
    });
    await expect(reward).rejects.toBeInstanceOf(Forbidden);
    expect((await owner.members.get({ memberId: bob.id })).balance.available).toBe(before);
  });

  it("an analyst reads members but cannot adjust or block", async () => {
    const { analyst, ann } = await setUp();
    expect((await analyst.members.list({})).total).toBe(2);
    expect((await analyst.members.get({ memberId: ann.id })).member.name).toBe("Anna Petrova");
    expect(await analyst.members.ledger({ memberId: ann.id })).toHaveLength(1);
    expect(await analyst.members.tierLevels()).toEqual([]);
    await expect(
      analyst.members.adjust({ memberId: ann.id, amount: 5, reason: "why not" }),
    ).rejects.toMatchObject(forbidden);
    await expect(
      analyst.members.setBlocked({ memberId: ann.id, isBlocked: true, reason: "nope" }),
    ).rejects.toMatchObject(forbidden);
  });

  it("another store sees none of these members and cannot touch them", async () => {
    const { attacker, owner, ann } = await setUp();
    expect((await attacker.members.list({})).total).toBe(0);
    expect((await attacker.members.list({ q: "anna" })).rows).toEqual([]);
    await expect(attacker.members.get({ memberId: ann.id })).rejects.toMatchObject(notFound);
    await expect(attacker.members.ledger({ memberId: ann.id })).rejects.toMatchObject(notFound);
    await expect(
      attacker.members.adjust({ memberId: ann.id, amount: 1000, reason: "steal" }),
    ).rejects.toMatchObject(notFound);
    await expect(
      attacker.members.setBlocked({ memberId: ann.id, isBlocked: true, reason: "grief" }),
    ).rejects.toMatchObject(notFound);
    expect(await attacker.members.tierLevels()).toEqual([]);
    expect((await owner.members.get({ memberId: ann.id })).balance.available).toBe(0);
    expect((await owner.members.get({ memberId: ann.id })).member.isBlocked).toBe(false);
  });
});
