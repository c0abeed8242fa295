import { mkdirSync, writeFileSync } from "node:fs";
import { count, eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase } from "@/db/open";
import { webhookDeliveries, webhookEndpoints, webhookEventTypes } from "@/db/schema";
import { createEndpoint } from "@/server/services/webhooks/create-endpoint";
import { deliverDueDeliveries } from "@/server/services/webhooks/deliver-due-deliveries";
import { startWebhookReceiver } from "@/server/testing/webhook-receiver";
import { describeMachine } from "./ledger/machine";
import { type PhaseResult, runPaidOrders } from "./ledger/run-paid-orders";
import { memberId, setupStore } from "./ledger/setup-store";

// What the webhook triggers cost the paid-order path on real Postgres: triggers off, on for a
// store without endpoints, on with an endpoint subscribed to every event (worker not running).
// Then how fast one worker pass sends the queued deliveries to a local receiver.
const baseUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const clients = 16;
const members = 2_000;
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const triggers = [
  ["ledger_entries", "ledger_entries_webhooks"],
  ["members", "members_webhook_created"],
  ["members", "members_webhook_tier_changed"],
  ["order_refunds", "order_refunds_webhooks"],
] as const;

const name = `kopilka_bench_webhooks_${Date.now()}`;
const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
const url = new URL(baseUrl);
url.pathname = `/${name}`;
const database = await openDatabase({ kind: "postgres", url: url.toString(), poolSize: clients });
const receiver = await startWebhookReceiver();
try {
  const { db } = database;
  const ctx = await setupStore(db, members, clients);
  const setTriggers = async (state: "enable" | "disable") => {
    for (const [table, trigger] of triggers) {
      await db.execute(sql.raw(`alter table ${table} ${state} trigger ${trigger}`));
    }
  };
  const random = (n: number) => Math.floor(Math.random() * n);
  const phase = (label: string) =>
    runPaidOrders({
      ctx,
      phase: label,
      clients,
      seconds,
      pickMember: () => memberId(random(members)),
    });

  await runPaidOrders({ ctx, phase: "warmup", clients, seconds: 3, pickMember: () => memberId(0) });
  const results: PhaseResult[] = [];
  await setTriggers("disable");
  results.push(await phase("triggers off"));
  await setTriggers("enable");
  results.push(await phase("no endpoint"));
  await createEndpoint({
    ctx,
    input: { url: "http://127.0.0.1:1/unused", eventTypes: [...webhookEventTypes] },
  });
  results.push(await phase("endpoint, all events"));
  console.table(results);

  await db.update(webhookEndpoints).set({ url: receiver.url });
  const [queued] = await db
    .select({ value: count() })
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.status, "queued"));
  const started = performance.now();
  const sent = await deliverDueDeliveries({ db, batchSize: 50, maxBatches: 1_000_000 });
  const deliverySeconds = (performance.now() - started) / 1000;
  const delivery = {
    queued: queued?.value ?? 0,
    delivered: sent.succeeded,
    seconds: Number(deliverySeconds.toFixed(1)),
    perSecond: Math.round(sent.succeeded / deliverySeconds),
    received: receiver.received.length,
  };
  console.table([delivery]);

  const machine = await describeMachine(db);
  mkdirSync("bench/results", { recursive: true });
  const report = { machine, clients, members, seconds, results, delivery };
  writeFileSync("bench/results/webhooks.json", `${JSON.stringify(report, null, 2)}\n`);
  const [off, idle, on] = results;
  console.log(
    `bench:webhooks off_tps=${off?.tps ?? 0} no_endpoint_tps=${idle?.tps ?? 0} endpoint_tps=${on?.tps ?? 0} deliveries_per_s=${delivery.perSecond}`,
  );
} finally {
  await receiver.close();
  await database.close();
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
