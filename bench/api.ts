import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { createBenchDatabase } from "./api/bench-database";
import { buildIfNeeded } from "./api/build-if-needed";
import { type LoadFigures, runLoad, runPaired } from "./api/load";
import { startNextServer } from "./api/next-server";
import { runPaced } from "./api/paced-load";

/**
 * `npm run bench:api`: the widget quote under load against `next start` on a fresh Postgres
 * database, next to the same request sent to the empty route handler (app/api/v1/empty, the
 * baseline: what Next itself costs per request), then at a steady 500 req/s for the tail
 * latency a shopper would see (and, for comparison, autocannon's own 500 req/s, which is
 * bursts: see paced-load.ts).
 */
const root = process.cwd();
const seconds = Number(process.env.BENCH_SECONDS ?? 30);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const fixedRate = 500;
const memberCount = 200;
const baseUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

const cart = {
  currency: "RUB",
  lines: [
    { sku: "TEA-001", name: "Да Хун Пао", category: "tea", unitPrice: 89_000, quantity: 2 },
    { sku: "TEA-014", name: "Те Гуань Инь", category: "tea", unitPrice: 64_000, quantity: 1 },
    { sku: "CUP-7", name: "Чашка", category: "ware", unitPrice: 45_000, quantity: 4 },
    { sku: "POT-2", name: "Чайник", category: "ware", unitPrice: 390_000, quantity: 1 },
    {
      sku: "SWEET-3",
      name: "Козинаки",
      category: "food",
      unitPrice: 25_000,
      quantity: 3,
      isOnSale: true,
    },
  ],
};

buildIfNeeded(root);
// Other work on the box skews both runs; the load average says how quiet it was.
const loadBefore = os.loadavg();
const database = await createBenchDatabase(baseUrl);
// Both this process (sealing the token secret) and the server (opening it) use this secret.
const appEnv = {
  DATABASE_URL: database.url,
  AUTH_SECRET: randomBytes(32).toString("hex"),
  SEED_DEMO: "false",
  // One key and a few hundred shoppers send far more than a real store would: lift the limits.
  WIDGET_REQUESTS_PER_KEY_PER_MINUTE: "100000000",
  WIDGET_REQUESTS_PER_SHOPPER_PER_MINUTE: "100000000",
};
Object.assign(process.env, appEnv);

let server: Awaited<ReturnType<typeof startNextServer>> | null = null;
try {
  const { prepareBenchStore } = await import("./api/prepare-store");
  const store = await prepareBenchStore(database.url, memberCount);
  server = await startNextServer(root, { ...appEnv, APP_URL: "http://127.0.0.1" });
  const quote = {
    url: `${server.url}/api/v1/widget/quote`,
    method: "POST" as const,
    headers: store.tokens.map((token) => ({
      "content-type": "application/json",
      "x-kopilka-key": store.publishableKey,
      authorization: `Bearer ${token}`,
    })),
    body: JSON.stringify({ cart, pointsToSpend: 500 }),
  };
  // The same request to a handler that does nothing: the ratio is the cost of the quote's work.
  const empty = { ...quote, url: `${server.url}/api/v1/empty` };

  await assertAnswers(quote);
  console.log(
    `bench:api: warming up, then ${seconds} s per target with ${connections} connections`,
  );
  await runLoad(quote, { connections, seconds: 5 });
  await runLoad(empty, { connections, seconds: 3 });
  const [quoteRun, emptyRun] = await runPaired(quote, empty, { connections, seconds });
  const fixedRun = await runPaced(quote, { rate: fixedRate, seconds, connections: 64 });
  const burstRun = await runLoad(quote, { connections, seconds, overallRate: fixedRate });

  const ratio = quoteRun.requestsPerSecond / emptyRun.requestsPerSecond;
  console.table({
    "widget quote (max)": quoteRun,
    "empty handler (max)": emptyRun,
    [`widget quote @ ${fixedRate} req/s`]: fixedRun,
    [`(autocannon's ${fixedRate} req/s quota)`]: burstRun,
  });
  checkClean({ quoteRun, emptyRun, fixedRun, burstRun });
  const results = {
    machine: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    postgres: database.postgresVersion,
    date: new Date().toISOString(),
    loadAverage: { before: loadBefore.map(round), after: os.loadavg().map(round) },
    setup: {
      seconds,
      order:
        "quote and empty in halves, A B B A; then quotes at a steady rate (one every 2 ms), then at autocannon's per-second quota",
      connections,
      members: memberCount,
      cartLines: cart.lines.length,
      program: "bonus: 5% earn, 30% max share, 365-day expiry, 14-day activation",
      baseline:
        "POST /api/v1/empty with the quote's headers and body: a route handler returning {}",
      caches:
        "key settings 10 s, program versions, verified tokens, expiring points 60 s per member",
    },
    results: {
      quote: quoteRun,
      empty: emptyRun,
      fixedRate: { rate: fixedRate, ...fixedRun },
      autocannonQuota: { rate: fixedRate, ...burstRun },
    },
    ratio: Number(ratio.toFixed(2)),
    targets: { ratio: 0.7, p99MsAt500: 50 },
  };
  mkdirSync(new URL("results", import.meta.url), { recursive: true });
  writeFileSync(
    new URL("results/api.json", import.meta.url),
    `${JSON.stringify(results, null, 2)}\n`,
  );
  console.log(
    `bench:api quote_rps=${quoteRun.requestsPerSecond} empty_rps=${emptyRun.requestsPerSecond} ` +
      `ratio=${ratio.toFixed(2)} p99_ms=${fixedRun.p99Ms}`,
  );
} finally {
  await server?.stop();
  await database.drop();
}

/** One request by hand first: a bench of error answers would measure nothing. */
async function assertAnswers(target: {
  url: string;
  headers: Record<string, string>[];
  body: string;
}) {
  const response = await fetch(target.url, {
    method: "POST",
    headers: target.headers[0],
    body: target.body,
  });
  if (!response.ok) throw new Error(`quote answered ${response.status}: ${await response.text()}`);
  const quote = (await response.json()) as { member: unknown; spend: { applied: number } };
  if (!quote.member || quote.spend.applied !== 500) throw new Error("quote is not a member quote");
}

function round(value: number) {
  return Math.round(value * 100) / 100;
}

function checkClean(runs: Record<string, LoadFigures>) {
  for (const [name, run] of Object.entries(runs)) {
    if (run.non2xx > 0 || run.errors > 0) {
      console.warn(`bench:api: ${name} had ${run.non2xx} non-2xx answers and ${run.errors} errors`);
    }
  }
}
