import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase } from "@/db/open";
import { countDoubleSpends } from "@/server/services/ledger/count-double-spends";
import { findLedgerMismatches } from "@/server/services/ledger/find-ledger-mismatches";
import { describeMachine } from "./ledger/machine";
import { sampleWork } from "./ledger/measure-work";
import { type PhaseResult, runPaidOrders } from "./ledger/run-paid-orders";
import { hotMember, memberId, setupStore } from "./ledger/setup-store";

// Paid orders that spend points, per second, on real Postgres: spread over many members, then
// all on one hot member (every order waits for the previous one's lock). Then the ledger is audited.
const baseUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const clients = Number(process.env.BENCH_CLIENTS ?? 32);
const members = Number(process.env.BENCH_MEMBERS ?? 10_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 20);

const name = `kopilka_bench_${Date.now()}`;
const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
const url = new URL(baseUrl);
url.pathname = `/${name}`;
const database = await openDatabase({
  kind: "postgres",
  url: url.toString(),
  poolSize: Number(process.env.BENCH_POOL ?? clients),
});
try {
  const { db } = database;
  const setupStarted = performance.now();
  const ctx = await setupStore(db, members, clients);
  // A store in production has planner statistics; a database filled a second ago may have none
  // (autovacuum's analyze runs when it gets round to it), and then plans scan every member.
  await db.execute(sql`analyze`);
  if (process.env.BENCH_SETUP_SQL) await db.execute(sql.raw(process.env.BENCH_SETUP_SQL));
  console.log(
    `setup: ${members} members in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s`,
  );

  const random = (n: number) => Math.floor(Math.random() * n);
  await runPaidOrders({
    ctx,
    phase: "warmup",
    clients,
    seconds: 3,
    pickMember: () => memberId(random(members)),
  });
  // Statistics again, now that there are orders: plans made while `orders` and the daily stats
  // were empty scan them whole (a store in production is analyzed as its tables grow).
  await db.execute(sql`analyze`);
  // CPU per order (this process, and the Postgres backends of this database) and WAL per order
  // next to the rate.
  const measured = async (run: () => Promise<PhaseResult>) => {
    const before = await sampleWork(db, name);
    const result = await run();
    const after = await sampleWork(db, name);
    const perOrder = (total: number) =>
      Math.round((total / Math.max(1, result.orders)) * 100) / 100;
    return {
      ...result,
      clientCpuMs: perOrder(after.clientMs - before.clientMs),
      serverCpuMs: perOrder(after.serverMs - before.serverMs),
      walKbPerOrder: perOrder((after.walBytes - before.walBytes) / 1024),
    };
  };
  const results: PhaseResult[] = [];
  results.push(
    await measured(() =>
      runPaidOrders({
        ctx,
        phase: "spread",
        clients,
        seconds,
        pickMember: () => memberId(random(members)),
      }),
    ),
  );
  results.push(
    await measured(() =>
      runPaidOrders({ ctx, phase: "hot", clients, seconds, pickMember: () => hotMember }),
    ),
  );

  const doubleSpends = await countDoubleSpends(db, ctx.merchantId);
  const mismatches = (await findLedgerMismatches(db, ctx.merchantId)).length;
  console.table(results);
  console.table([{ ...doubleSpends, balanceVsLedgerMismatches: mismatches }]);
  const machine = await describeMachine(db);
  mkdirSync("bench/results", { recursive: true });
  const loadAverage = os.loadavg().map((x) => Math.round(x * 100) / 100);
  const report = { machine, loadAverage, clients, members, results, doubleSpends, mismatches };
  writeFileSync("bench/results/ledger.json", `${JSON.stringify(report, null, 2)}\n`);
  const [spread, hot] = results;
  console.log(
    `bench:ledger spread_tps=${spread?.tps ?? 0} hot_tps=${hot?.tps ?? 0} double_spends=${doubleSpends.total} mismatches=${mismatches}`,
  );
} finally {
  await database.close();
  if (!process.env.BENCH_KEEP) await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
