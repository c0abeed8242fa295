import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { eq } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase } from "@/db/open";
import { programs } from "@/db/schema";
import { largeStore } from "@/db/seed/large-store-sql";
import { seedLargeStore } from "@/db/seed/seed-large";
import { buildCohorts } from "@/server/services/analytics/build-cohorts";
import { compareBehaviour } from "@/server/services/analytics/compare-behaviour";
import { estimateEconomics } from "@/server/services/analytics/estimate-economics";
import { findStaleStores } from "@/server/services/analytics/find-stale-stores";
import { getFreshness } from "@/server/services/analytics/get-freshness";
import { measureRetention } from "@/server/services/analytics/measure-retention";
import { rebuildRollups } from "@/server/services/analytics/rebuild-rollups";
import { summarizeMembers } from "@/server/services/analytics/summarize-members";
import { summarizePoints } from "@/server/services/analytics/summarize-points";
import { summarizeTierMoves } from "@/server/services/analytics/summarize-tier-moves";
import { summarizeTiers } from "@/server/services/analytics/summarize-tiers";
import type { ServiceContext } from "@/server/services/context";
import { listMembers } from "@/server/services/members/list-members";
import { simulateLargeStore } from "./analytics/simulate-large-store";
import { describeMachine } from "./ledger/machine";

// Every dashboard query, 20 timed runs each (after 2 warm-up runs), on the large store
// (npm run seed:large; seeded here first when missing) on real Postgres; then the what-if
// simulator over the store's whole history.
const url = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/kopilka_large";
const runs = 20;

await createDatabaseIfMissing(url);
await seedLargeStore(url);
const database = await openDatabase({ kind: "postgres", url, poolSize: 4 });
const ctx: ServiceContext = {
  merchantId: largeStore.merchantId,
  actor: { kind: "system", label: "bench:analytics" },
  db: database.db,
};
const now = new Date(largeStore.end);
const year = { from: "2025-11", to: "2026-10", lapsedDays: 90 };
const quarter = { from: "2026-08", to: "2026-10", lapsedDays: 90 };
// Rollups older than the store's data (a migration that added rollup columns marks them so)
// are rebuilt first, as the analytics job would.
let rebuildSeconds: number | null = null;
if ((await findStaleStores(database.db, new Date(), 0)).includes(largeStore.merchantId)) {
  const started = performance.now();
  await rebuildRollups({ db: database.db, merchantId: largeStore.merchantId, now: new Date() });
  rebuildSeconds = Math.round((performance.now() - started) / 100) / 10;
  console.log(`rollups rebuilt in ${rebuildSeconds} s`);
}
const [program] = await database.db
  .select({ id: programs.id })
  .from(programs)
  .where(eq(programs.merchantId, largeStore.merchantId))
  .limit(1);
const byProgram = { ...year, program: program?.id };
const queries: [string, () => Promise<unknown>][] = [
  ["members (12 months)", () => summarizeMembers({ ctx, input: year, now })],
  [
    "members (3 months, tier)",
    () => summarizeMembers({ ctx, input: { ...quarter, tier: "none" }, now }),
  ],
  ["behaviour (12 months)", () => compareBehaviour({ ctx, input: year })],
  ["retention (12 months)", () => measureRetention({ ctx, input: year })],
  ["cohorts by join month", () => buildCohorts({ ctx, input: year, now })],
  [
    "cohorts by first purchase",
    () => buildCohorts({ ctx, input: { ...year, cohortBy: "firstOrder" }, now }),
  ],
  ["points (12 months)", () => summarizePoints({ ctx, input: year, now })],
  ["tiers", () => summarizeTiers({ ctx })],
  ["economics (12 months)", () => estimateEconomics({ ctx, input: year })],
  ["members (12 months, program)", () => summarizeMembers({ ctx, input: byProgram, now })],
  ["behaviour (12 months, program)", () => compareBehaviour({ ctx, input: byProgram })],
  ["retention (12 months, program)", () => measureRetention({ ctx, input: byProgram })],
  ["cohorts (program)", () => buildCohorts({ ctx, input: byProgram, now })],
  ["points (12 months, program)", () => summarizePoints({ ctx, input: byProgram, now })],
  ["economics (12 months, program)", () => estimateEconomics({ ctx, input: byProgram })],
  ["tier movements (12 months)", () => summarizeTierMoves({ ctx, input: year })],
  [
    "tier movements (3 months, tier)",
    () => summarizeTierMoves({ ctx, input: { ...quarter, tier: "gold" } }),
  ],
  ["freshness", () => getFreshness({ ctx })],
  [
    "drill-down: cohort cell members",
    () => listMembers({ ctx, input: { joinedMonth: "2026-01", boughtMonth: "2026-04" }, now }),
  ],
  [
    "drill-down: first-purchase cohort cell",
    () => listMembers({ ctx, input: { firstOrderMonth: "2026-01", boughtMonth: "2026-04" }, now }),
  ],
  ["drill-down: lapsed members", () => listMembers({ ctx, input: { lapsedDays: 90 }, now })],
  [
    "drill-down: moved up (12 months)",
    () =>
      listMembers({ ctx, input: { tierMove: "up", movedFrom: year.from, movedTo: year.to }, now }),
  ],
  [
    "drill-down: moved down (3 months, gold)",
    () =>
      listMembers({
        ctx,
        input: {
          tierMove: "down",
          movedFrom: quarter.from,
          movedTo: quarter.to,
          tier: "gold",
        },
        now,
      }),
  ],
  [
    "drill-down: program cohort cell",
    () =>
      listMembers({
        ctx,
        input: { joinedMonth: "2026-01", boughtMonth: "2026-04", program: program?.id },
        now,
      }),
  ],
];

const results: { query: string; p50_ms: number; p95_ms: number }[] = [];
try {
  for (const [name, run] of queries) {
    for (let i = 0; i < 2; i++) await run();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await run();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    results.push({
      query: name,
      p50_ms: round(percentile(times, 50)),
      p95_ms: round(percentile(times, 95)),
    });
  }
  console.table(results);
  const loadAfterQueries = os.loadavg();
  const simulator = await simulateLargeStore(ctx);
  console.log(`simulator: ${simulator.orders} paid orders replayed in ${simulator.seconds} s`);
  const machine = {
    ...(await describeMachine(database.db)),
    loadAfterQueries,
    loadAverage: os.loadavg(),
  };
  mkdirSync("bench/results", { recursive: true });
  const report = { machine, store: largeStore, runs, rebuildSeconds, results, simulator };
  writeFileSync("bench/results/analytics.json", `${JSON.stringify(report, null, 2)}\n`);
  const worst = Math.max(...results.map((r) => r.p95_ms));
  console.log(`bench:analytics worst_p95_ms=${worst} simulator_s=${simulator.seconds}`);
} finally {
  await database.close();
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

async function createDatabaseIfMissing(target: string) {
  const name = new URL(target).pathname.slice(1);
  const admin = new URL(target);
  admin.pathname = "/postgres";
  const client = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  try {
    const [found] = await client`select 1 from pg_database where datname = ${name}`;
    if (!found) await client.unsafe(`create database "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}
