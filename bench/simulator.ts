import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { and, eq } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase } from "@/db/open";
import { merchants, simulations } from "@/db/schema";
import type { ServiceContext } from "@/server/services/context";
import { createProgram } from "@/server/services/programs/create-program";
import { publishProgram } from "@/server/services/programs/publish-program";
import { saveProgramDraft } from "@/server/services/programs/save-draft";
import { runSimulation } from "@/server/services/simulations/run-simulation";
import { startSimulation } from "@/server/services/simulations/start-simulation";
import { describeMachine } from "./ledger/machine";
import { generateHistory } from "./simulator/generate-history";
import { draftProgram, liveProgram } from "./simulator/programs";

// The what-if simulator over a big history: 100,000 members and 1,000,000 paid orders over 24
// months, generated inside a fresh Postgres database, replayed through the real runner.
const baseUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const members = Number(process.env.BENCH_MEMBERS ?? 100_000);
const orders = Number(process.env.BENCH_ORDERS ?? 1_000_000);
const months = 24;
const redemptionRateBp = 3000;

const name = `kopilka_bench_sim_${Date.now()}`;
const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
const url = new URL(baseUrl);
url.pathname = `/${name}`;
const database = await openDatabase({ kind: "postgres", url: url.toString(), poolSize: 4 });
const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;
try {
  const { db } = database;
  const ctx: ServiceContext = {
    merchantId: "bench-store",
    actor: { kind: "system", label: "bench" },
    db,
  };
  await db.insert(merchants).values({ id: ctx.merchantId, name: "Bench", slug: "bench-store" });
  const { programId } = await createProgram({
    ctx,
    input: { name: "Bench", config: liveProgram },
  });
  const { versionId } = await publishProgram({ ctx, input: { programId } });
  await saveProgramDraft({ ctx, input: { programId, config: draftProgram } });

  const generated = performance.now();
  await generateHistory(db, {
    merchantId: ctx.merchantId,
    versionId,
    members,
    orders,
    months,
    end: new Date(),
  });
  const generateS = seconds(generated);
  console.log(`generated ${members} members and ${orders} orders in ${generateS} s`);

  const { simulationId } = await startSimulation({
    ctx,
    input: { programId, months, preset: "assumed", redemptionRateBp },
  });
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  await runSimulation({ db, simulationId });
  const simulatorS = seconds(started);
  const cpu = process.cpuUsage(cpuStarted);
  const [run] = await db
    .select()
    .from(simulations)
    .where(and(eq(simulations.merchantId, ctx.merchantId), eq(simulations.id, simulationId)));
  if (run?.status !== "done") throw new Error(`simulation ${run?.status}: ${run?.error}`);
  const result = run.result as {
    baseline: Record<string, unknown>;
    candidate: Record<string, unknown>;
  };
  const pick = ({ tiers: _tiers, ...figures }: Record<string, unknown>) => figures;
  console.table({ live: pick(result.baseline), draft: pick(result.candidate) });
  const summary = {
    members,
    orders: run.processed,
    months,
    redemptionRateBp,
    simulatorSeconds: simulatorS,
    ordersPerSecond: Math.round(run.processed / simulatorS),
    nodeCpuSeconds: Math.round((cpu.user + cpu.system) / 100_000) / 10,
    generateSeconds: generateS,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
    targetSeconds: 60,
  };
  console.table([summary]);
  const machine = await describeMachine(db);
  mkdirSync("bench/results", { recursive: true });
  writeFileSync(
    "bench/results/simulator.json",
    `${JSON.stringify({ machine, ...summary, result }, null, 2)}\n`,
  );
  console.log(`bench:simulator orders=${run.processed} simulator_s=${simulatorS}`);
} finally {
  await database.close();
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
