import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { makeTemplate } from "@/components/programs/templates";
import { type Auth, createAuth } from "@/server/auth/auth";
import { applyProgramSchedules } from "@/server/jobs/apply-program-schedules";
import { enrollMember } from "@/server/services/members/enroll-member";
import { markOrderPaid } from "@/server/services/orders/mark-paid";
import { listActiveVersions } from "@/server/services/programs/list-active-versions";
import { createAdminCallers, forbidden, notFound } from "@/server/testing/admin-callers";
import { line } from "@/server/testing/loyalty-fixtures";
import { setUpTestDatabase } from "@/server/testing/test-database";

const database = setUpTestDatabase();
let auth: Auth;
beforeAll(() => {
  auth = createAuth(database.db);
});

const vip = makeTemplate("vipTiers", "en");

async function setUp() {
  const callers = await createAdminCallers(database, auth);
  const { programId } = await callers.owner.programs.create({ name: "VIP", config: vip });
  return { ...callers, programId };
}

describe("programs router", () => {
  it("create -> draft -> publish -> edit -> diff -> publish v2; history says who and when", async () => {
    const { owner, programId, ctx } = await setUp();
    expect((await owner.programs.list())[0]).toMatchObject({
      status: "draft",
      liveVersion: null,
      draftVersion: 1,
    });
    await owner.programs.publish({ programId });
    expect((await owner.programs.list())[0]).toMatchObject({
      status: "live",
      liveVersion: 1,
      type: "tiers",
    });
    const edited = structuredClone(vip);
    if (edited.type !== "tiers" || !edited.bonus) throw new Error("tiers");
    edited.bonus.earn = { kind: "perAmount", points: 2, perAmount: 10_000 };
    await owner.programs.saveDraft({ programId, config: edited });
    const diff = await owner.programs.diff({ programId });
    expect(diff).toMatchObject({ liveVersion: 1, draftVersion: 2 });
    expect(diff.changes).toEqual([{ path: ["bonus", "earn", "points"], before: 1, after: 2 }]);
    await owner.programs.publish({ programId });
    const program = await owner.programs.get({ programId });
    expect(program.history.map((v) => [v.version, v.status, v.publishedBy])).toEqual([
      [2, "published", ctx.actor.label],
      [1, "published", ctx.actor.label],
    ]);
    expect(program.live?.version).toBe(2);
  });

  it("publishing never changes a past order: it keeps the version it was priced with", async () => {
    const { owner, programId, ctx } = await setUp();
    const { versionId: v1 } = await owner.programs.publish({ programId });
    await enrollMember({ ctx, input: { externalId: "b-1" } });
    const paid = await markOrderPaid({
      ctx,
      input: {
        idempotencyKey: randomUUID(),
        orderId: "O-1",
        member: { externalId: "b-1" },
        lines: [line("A", 50_000)],
      },
    });
    const edited = structuredClone(vip);
    if (edited.type !== "tiers" || !edited.bonus) throw new Error("tiers");
    edited.bonus.earn = { kind: "perAmount", points: 5, perAmount: 10_000 };
    await owner.programs.saveDraft({ programId, config: edited });
    await owner.programs.publish({ programId });
    const order = await owner.orders.get({ orderId: paid.orderId });
    expect(order.order.earnedPoints).toBe(5);
    expect(order.versions).toEqual([expect.objectContaining({ id: v1, version: 1 })]);
  });

  it("pause stops pricing, resume restarts it; a schedule in the future waits for the job", async () => {
    const { owner, programId, ctx } = await setUp();
    await owner.programs.publish({ programId });
    await owner.programs.pause({ programId });
    expect(await listActiveVersions({ ctx })).toEqual([]);
    expect((await owner.programs.get({ programId })).status).toBe("paused");
    await owner.programs.resume({ programId });
    expect(await listActiveVersions({ ctx })).toHaveLength(1);
    const startsAt = new Date(Date.now() + 86_400_000);
    await owner.programs.schedule({ programId, startsAt, endsAt: null });
    expect((await owner.programs.get({ programId })).status).toBe("scheduled");
    expect(await listActiveVersions({ ctx })).toEqual([]);
    const later = new Date(startsAt.getTime() + 60_000);
    expect(
      await applyProgramSchedules({ db: database.db, now: later, merchantId: ctx.merchantId }),
    ).toEqual({
      switched: 1,
    });
    expect(await listActiveVersions({ ctx })).toHaveLength(1);
    const audit = await owner.audit.list({ action: "program" });
    expect(audit.rows.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        "program.paused",
        "program.resumed",
        "program.scheduled",
        "program.started",
      ]),
    );
  });

  it("refuses to publish conflicting settings, with the field and the reason", async () => {
    const { owner } = await setUp();
    const { programId } = await owner.programs.create({
      name: "Never spendable",
      config: { type: "bonus", bonus: { redemption: { payment: { maxShareBp: 0 } } } },
    });
    await expect(owner.programs.publish({ programId })).rejects.toMatchObject({
      code: "CONFLICT",
      cause: { fieldErrors: { "bonus.redemption.payment.maxShareBp": ["pointsNeverSpendable"] } },
    });
  });

  it("duplicates and renames, audited", async () => {
    const { owner, programId } = await setUp();
    const copy = await owner.programs.duplicate({ programId, name: "VIP copy" });
    await owner.programs.rename({ programId: copy.programId, name: "VIP 2" });
    const names = (await owner.programs.list()).map((p) => p.name);
    expect(names).toEqual(["VIP", "VIP 2"]);
    const actions = (await owner.audit.list({})).rows.map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(["program.duplicated", "program.renamed"]));
  });

  it("an analyst reads every program view but changes nothing", async () => {
    const { analyst, programId } = await setUp();
    expect(await analyst.programs.list()).toHaveLength(1);
    expect((await analyst.programs.get({ programId })).name).toBe("VIP");
    expect((await analyst.programs.diff({ programId })).changes).toEqual([]);
    expect(await analyst.programs.storeFacts()).toEqual({ collectsBirthdays: null });
    const writes = [
      () => analyst.programs.create({ name: "X", config: vip }),
      () => analyst.programs.saveDraft({ programId, config: vip }),
      () => analyst.programs.publish({ programId }),
      () => analyst.programs.pause({ programId }),
      () => analyst.programs.resume({ programId }),
      () => analyst.programs.schedule({ programId, startsAt: null, endsAt: null }),
      () => analyst.programs.duplicate({ programId, name: "X" }),
      () => analyst.programs.rename({ programId, name: "X" }),
    ];
    for (const write of writes) await expect(write()).rejects.toMatchObject(forbidden);
  });

  it("another store can neither see nor touch this store's program", async () => {
    const { attacker, owner, programId } = await setUp();
    expect(await attacker.programs.list()).toEqual([]);
    const calls = [
      () => attacker.programs.get({ programId }),
      () => attacker.programs.diff({ programId }),
      () => attacker.programs.saveDraft({ programId, config: vip }),
      () => attacker.programs.publish({ programId }),
      () => attacker.programs.pause({ programId }),
      () => attacker.programs.resume({ programId }),
      () => attacker.programs.schedule({ programId, startsAt: null, endsAt: null }),
      () => attacker.programs.duplicate({ programId, name: "Stolen" }),
      () => attacker.programs.rename({ programId, name: "Pwned" }),
    ];
    for (const call of calls) await expect(call()).rejects.toMatchObject(notFound);
    expect(await attacker.programs.storeFacts()).toEqual({ collectsBirthdays: null });
    const mine = await owner.programs.get({ programId });
    expect(mine).toMatchObject({ name: "VIP", status: "draft" });
    expect(await attacker.programs.list()).toEqual([]);
  });
});
