import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { simulations } from "@/db/schema";
import { type Auth, createAuth } from "@/server/auth/auth";
import { runSimulations } from "@/server/jobs/run-simulations";
import type { ServiceContext } from "@/server/services/context";
import { enrollMember } from "@/server/services/members/enroll-member";
import { markOrderPaid } from "@/server/services/orders/mark-paid";
import { runSimulation } from "@/server/services/simulations/run-simulation";
import { startSimulation } from "@/server/services/simulations/start-simulation";
import { createAdminCallers, forbidden, notFound } from "@/server/testing/admin-callers";
import { bonusProgram, createLoyaltyStore, line } from "@/server/testing/loyalty-fixtures";
import { setUpTestDatabase } from "@/server/testing/test-database";

const database = setUpTestDatabase();
let auth: Auth;
beforeAll(() => {
  auth = createAuth(database.db);
});

const day = 86_400_000;

function payAt(ctx: ServiceContext, memberId: string, amount: number, daysAgo: number) {
  return markOrderPaid({
    ctx,
    now: new Date(Date.now() - daysAgo * day),
    input: {
      idempotencyKey: randomUUID(),
      orderId: `R-${randomUUID()}`,
      member: { memberId },
      lines: [line("T", amount)],
    },
  });
}

/**
 * Live: 10% back as points; draft: 20%. 1 point = 1 RUB, points may pay 100% of an order.
 * Anna pays 1,000 RUB, then 500 RUB; Boris 300 RUB, all inside the last month. One older
 * order and another store's order must not count.
 */
async function setUp() {
  const callers = await createAdminCallers(database, auth);
  const { owner, ctx } = callers;
  const { programId } = await owner.programs.create({
    name: "Bonus",
    config: bonusProgram(),
  });
  await owner.programs.publish({ programId });
  await owner.programs.saveDraft({
    programId,
    config: bonusProgram({ earn: { kind: "percent", percentBp: 2000 } }),
  });
  const anna = await enrollMember({ ctx, input: { externalId: "anna", name: "Anna" } });
  const boris = await enrollMember({ ctx, input: { externalId: "boris", name: "Boris" } });
  await payAt(ctx, anna.id, 900_000, 60);
  await payAt(ctx, anna.id, 100_000, 20);
  await payAt(ctx, anna.id, 50_000, 10);
  await payAt(ctx, boris.id, 30_000, 5);
  const other = await createLoyaltyStore(database.db);
  const stranger = await enrollMember({ ctx: other.ctx, input: { externalId: "anna" } });
  await payAt(other.ctx, stranger.id, 700_000, 3);
  return { ...callers, programId };
}

const params = { months: 1, preset: "assumed" as const, redemptionRateBp: 5000 };

async function waitUntilFinished(
  read: () => Promise<{ status: string } | null>,
): Promise<NonNullable<Awaited<ReturnType<typeof read>>>> {
  for (let i = 0; i < 600; i++) {
    const run = await read();
    if (run && (run.status === "done" || run.status === "failed")) return run;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the simulation did not finish");
}

describe("simulations router", () => {
  it("replays the last month through the live version and the draft, side by side", async () => {
    const { owner, programId } = await setUp();
    const { simulationId } = await owner.simulations.start({ programId, ...params });
    await waitUntilFinished(() => owner.simulations.get({ simulationId }));
    const run = await owner.simulations.get({ simulationId });
    expect(run).toMatchObject({
      status: "done",
      processed: 3,
      total: 3,
      baselineVersion: 1,
      candidateVersion: 2,
      isSameVersion: false,
    });
    // Live: Anna earns 100, spends half of her 100 on the next order (50 RUB) and earns 10% of
    // 450 RUB = 45; Boris earns 30. Draft: Anna earns 200, spends 100 (100 RUB), earns 20% of
    // 400 RUB = 80; Boris earns 60.
    expect(run.result?.baseline).toMatchObject({
      orders: 3,
      revenue: 180_000,
      pointsIssued: 175,
      pointsRedeemed: 50,
      redeemedValue: 5_000,
      liabilityPoints: 125,
      liabilityValue: 12_500,
      costBp: 278,
    });
    expect(run.result?.candidate).toMatchObject({
      pointsIssued: 340,
      pointsRedeemed: 100,
      redeemedValue: 10_000,
      liabilityPoints: 240,
      liabilityValue: 24_000,
      costBp: 556,
    });
    expect(run.result?.difference).toMatchObject({
      revenue: 0,
      pointsIssued: 165,
      pointsRedeemed: 50,
      redeemedValue: 5_000,
      liabilityPoints: 115,
      costBp: 278,
    });
    expect(await owner.simulations.latest({ programId })).toMatchObject({ id: simulationId });
  });

  it("replays an order stored without lines as one line worth its subtotal", async () => {
    const { owner, ctx, programId } = await setUp();
    // Bulk-written history keeps totals only: Boris's 300 RUB order loses its lines.
    await ctx.db.execute(sql`update orders set lines = '[]'::jsonb
      where merchant_id = ${ctx.merchantId} and subtotal = 30000`);
    const { simulationId } = await owner.simulations.start({ programId, ...params });
    await waitUntilFinished(() => owner.simulations.get({ simulationId }));
    const run = await owner.simulations.get({ simulationId });
    // Same figures as with its line: 300 RUB of revenue, 30 points live, 60 in the draft.
    expect(run.result?.baseline).toMatchObject({ revenue: 180_000, pointsIssued: 175 });
    expect(run.result?.candidate).toMatchObject({ pointsIssued: 340 });
  });

  it("pessimistic preset spends everything allowed whatever rate was typed", async () => {
    const { owner, programId } = await setUp();
    const { simulationId } = await owner.simulations.start({
      programId,
      months: 1,
      preset: "pessimistic",
      redemptionRateBp: 0,
    });
    const run = await waitUntilFinished(() => owner.simulations.get({ simulationId }));
    expect(run).toMatchObject({
      status: "done",
      result: { baseline: { pointsRedeemed: 100, liabilityPoints: 70 } },
    });
  });

  it("lets an analyst read runs but not start one", async () => {
    const { owner, analyst, programId } = await setUp();
    await expect(analyst.simulations.start({ programId, ...params })).rejects.toMatchObject(
      forbidden,
    );
    const { simulationId } = await owner.simulations.start({ programId, ...params });
    await waitUntilFinished(() => owner.simulations.get({ simulationId }));
    expect(await analyst.simulations.get({ simulationId })).toMatchObject({ status: "done" });
  });

  it("never shows or runs another store's simulation", async () => {
    const { owner, attacker, programId } = await setUp();
    const { simulationId } = await owner.simulations.start({ programId, ...params });
    await waitUntilFinished(() => owner.simulations.get({ simulationId }));
    await expect(attacker.simulations.get({ simulationId })).rejects.toMatchObject(notFound);
    await expect(attacker.simulations.start({ programId, ...params })).rejects.toMatchObject(
      notFound,
    );
    expect(await attacker.simulations.latest({ programId })).toBeNull();
  });

  it("refuses bad parameters with a message", async () => {
    const { owner, programId } = await setUp();
    await expect(
      owner.simulations.start({ programId, ...params, months: 25 }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      owner.simulations.start({ programId, ...params, redemptionRateBp: 10_001 }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(owner.simulations.get({ simulationId: "nope" })).rejects.toMatchObject(notFound);
  });
});

describe("simulation jobs", () => {
  const statusOf = async (ctx: ServiceContext, id: string) => {
    const [row] = await database.db
      .select()
      .from(simulations)
      .where(and(eq(simulations.merchantId, ctx.merchantId), eq(simulations.id, id)));
    return row;
  };

  it("the periodic job runs a queued simulation once; two runners never share one", async () => {
    const { ctx, programId } = await setUp();
    const { simulationId } = await startSimulation({ ctx, input: { programId, ...params } });
    const claims = await Promise.all([
      runSimulation({ db: database.db, simulationId }),
      runSimulation({ db: database.db, simulationId }),
    ]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await statusOf(ctx, simulationId)).toMatchObject({ status: "done", attempts: 1 });

    const queued = await startSimulation({ ctx, input: { programId, ...params } });
    await runSimulations({ db: database.db });
    expect(await statusOf(ctx, queued.simulationId)).toMatchObject({
      status: "done",
      processed: 3,
    });
  });

  it("takes over a run whose process stopped, and gives up after three tries", async () => {
    const { ctx, programId } = await setUp();
    const { simulationId } = await startSimulation({ ctx, input: { programId, ...params } });
    const key = and(eq(simulations.merchantId, ctx.merchantId), eq(simulations.id, simulationId));
    const lost = { status: "running" as const, attempts: 1, updatedAt: new Date(0) };
    await database.db.update(simulations).set(lost).where(key);
    await runSimulations({ db: database.db });
    expect(await statusOf(ctx, simulationId)).toMatchObject({ status: "done", attempts: 2 });

    await database.db
      .update(simulations)
      .set({ ...lost, attempts: 3 })
      .where(key);
    await runSimulations({ db: database.db });
    expect(await statusOf(ctx, simulationId)).toMatchObject({
      status: "failed",
      error: "The simulation stopped several times and was abandoned",
    });
  });
});
