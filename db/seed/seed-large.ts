import postgres from "postgres";
import { openDatabase } from "@/db/open";
import { ProgramConfig } from "@/server/engine";
import { env } from "@/server/env";
import { rebuildRollups } from "@/server/services/analytics/rebuild-rollups";
import { countDoubleSpends } from "@/server/services/ledger/count-double-spends";
import { findLedgerMismatches } from "@/server/services/ledger/find-ledger-mismatches";
import { largeStore, largeStoreSql } from "./large-store-sql";
import { addLargeTierMoves } from "./large-tier-moves";

/**
 * Writes the large store (100,000 members, 1,000,000 orders over 24 months, guest orders) into
 * the Postgres database at DATABASE_URL with set-based SQL, then builds its rollups. Running it
 * again on a seeded database changes nothing. See docs/analytics.md ("seed:large").
 */
export async function seedLargeStore(url: string, log: (line: string) => void = console.log) {
  const database = await openDatabase({ kind: "postgres", url, poolSize: 2 });
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [existing] = await client`select 1 from merchants where id = ${largeStore.merchantId}`;
    if (existing) {
      log(`seed:large: ${largeStore.merchantId} already seeded`);
      const moves = await addLargeTierMoves(client);
      if (moves > 0) log(`seed:large: ${moves} tier movements added`);
      return { isSeeded: false };
    }
    const started = performance.now();
    const config = ProgramConfig.parse({
      type: "bonus",
      bonus: {
        earn: { kind: "percent", percentBp: 500 },
        pointValue: 100,
        expiryDays: 365,
        redemption: { payment: { maxShareBp: 10_000 } },
      },
    });
    await client.begin(async (tx) => {
      const m = largeStore.merchantId;
      const at = new Date(Date.parse(largeStore.end) - largeStore.days * 86_400_000);
      await tx`insert into merchants (id, name, slug, currency, timezone, locale, created_at)
        values (${m}, 'Large store', 'large-store', 'RUB', ${largeStore.timezone}, 'ru', ${at})`;
      await tx`insert into programs (merchant_id, id, name, active_version_id, created_at, updated_at)
        values (${m}, md5('large-program')::uuid, 'Points 5%', md5('large-version')::uuid, ${at}, ${at})`;
      await tx`insert into program_versions (merchant_id, id, program_id, version, status, config,
          published_at, created_at, updated_at)
        values (${m}, md5('large-version')::uuid, md5('large-program')::uuid, 1, 'published',
          ${tx.json(config)}, ${at}, ${at}, ${at})`;
      for (const step of largeStoreSql) {
        const stepStarted = performance.now();
        await tx.unsafe(step.sql);
        log(`  ${step.label}: ${seconds(stepStarted)} s`);
      }
    });
    log(`seed:large: ${await addLargeTierMoves(client)} tier movements`);
    const seedSeconds = seconds(started);
    log(`seed:large: rows written in ${seedSeconds} s`);
    const rollupStarted = performance.now();
    await rebuildRollups({
      db: database.db,
      merchantId: largeStore.merchantId,
      now: new Date(),
    });
    const rollupSeconds = seconds(rollupStarted);
    log(`seed:large: rollups built in ${rollupSeconds} s`);
    return { isSeeded: true, seedSeconds, rollupSeconds };
  } finally {
    await client.end();
    await database.close();
  }
}

/** The ledger invariants over the whole store (balances = ledger = lots, no double spend). */
export async function auditLargeStore(url: string) {
  const database = await openDatabase({ kind: "postgres", url, poolSize: 1 });
  try {
    const mismatches = await findLedgerMismatches(database.db, largeStore.merchantId);
    const doubleSpends = await countDoubleSpends(database.db, largeStore.merchantId);
    return { mismatches: mismatches.length, doubleSpends: doubleSpends.total };
  } finally {
    await database.close();
  }
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!env.DATABASE_URL) {
    console.error(
      "seed:large needs DATABASE_URL (a Postgres database); PGlite is too small for it.",
    );
    process.exit(1);
  }
  await seedLargeStore(env.DATABASE_URL);
  const audit = await auditLargeStore(env.DATABASE_URL);
  console.log(`seed:large: ledger audit ${JSON.stringify(audit)}`);
  if (audit.mismatches > 0 || audit.doubleSpends > 0) process.exit(1);
}
