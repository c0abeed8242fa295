import type { Db } from "@/db/database";
import { env } from "@/server/env";
import { findStaleStores } from "@/server/services/analytics/find-stale-stores";
import { rebuildRollups } from "@/server/services/analytics/rebuild-rollups";

/**
 * Rebuilds the dashboard rollups of each store whose data moved since its last rebuild, at most
 * once per ANALYTICS_REFRESH_MINUTES. A rebuild replaces the store's rows in one transaction,
 * so a second run (or a racing instance) writes the same figures.
 */
export async function refreshAnalyticsJob({
  db,
  now = new Date(),
  minAgeMs = env.ANALYTICS_REFRESH_MINUTES * 60_000,
}: {
  db: Db;
  now?: Date;
  minAgeMs?: number;
}) {
  const stores = await findStaleStores(db, now, minAgeMs);
  for (const merchantId of stores) await rebuildRollups({ db, merchantId, now });
  return { rebuilt: stores.length };
}
