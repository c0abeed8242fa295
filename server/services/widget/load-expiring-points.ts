import { sql } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { selectJson } from "../execute-prepared";

export type ExpiringPoints = { points: number; expiresAt: Date };
type ExpiringLot = { remaining: number; expiresAt: number };

const horizonDays = 30;
const batchHours = 24;
// A shopper's quotes during a visit ask the same question; lots change rarely (expiry, spend,
// refund), so the answer is kept a minute and the caller caps it by the fresh balance.
const ttlMs = 60_000;
const maxEntries = 20_000;
const cache = new Map<string, { lots: ExpiringLot[]; until: number }>();

/**
 * The next points to burn within 30 days: the soonest-expiring lot and any expiring within a
 * day of it, so "100 points expire on 1 December" stays true. Keyed by the store's customer id
 * so it runs beside the buyer's load.
 */
export async function loadExpiringPoints(
  db: Executor,
  merchantId: string,
  externalId: string,
  now: Date,
): Promise<ExpiringPoints | null> {
  const key = `${merchantId}\u0000${externalId}`;
  let entry = cache.get(key);
  if (!entry || entry.until <= now.getTime()) {
    entry = { lots: await readLots(db, merchantId, externalId, now), until: now.getTime() + ttlMs };
    if (cache.size >= maxEntries) cache.clear();
    cache.set(key, entry);
  }
  const lots = entry.lots.filter((lot) => lot.expiresAt > now.getTime());
  const first = lots[0];
  if (!first) return null;
  const batchEnd = first.expiresAt + batchHours * 3_600_000;
  const points = lots
    .filter((lot) => lot.expiresAt < batchEnd)
    .reduce((sum, lot) => sum + lot.remaining, 0);
  return { points, expiresAt: new Date(first.expiresAt) };
}

async function readLots(db: Executor, merchantId: string, externalId: string, now: Date) {
  const horizon = new Date(now.getTime() + horizonDays * 86_400_000).toISOString();
  const lots = await selectJson<{ remaining: number; expiresAt: string }[]>(
    db,
    sql`select coalesce(json_agg(json_build_object('remaining', e.remaining, 'expiresAt', e.expires_at)
        order by e.expires_at), '[]'::json) as v
      from (select l.remaining, l.expires_at from lots l
        where l.merchant_id = ${merchantId}
          and l.member_id = (select m.id from members m
            where m.merchant_id = ${merchantId} and m.external_id = ${externalId})
          and l.wallet = 'points' and l.status = 'available' and l.is_open
          and l.expires_at > ${now.toISOString()}::timestamptz and l.expires_at <= ${horizon}::timestamptz
        order by l.expires_at limit 50) e`,
  );
  return (lots ?? []).map((lot) => ({
    remaining: Number(lot.remaining),
    expiresAt: new Date(lot.expiresAt).getTime(),
  }));
}
