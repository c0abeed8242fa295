import { listTierStores } from "@/server/services/tiers/list-tier-stores";
import { recalculateStoreTiers } from "@/server/services/tiers/recalculate-store-tiers";
import type { JobOptions } from "./for-each-due-member";

/**
 * Re-decides tiers without waiting for an order: a member who stopped buying starts their
 * grace and later drops, and a newly published version re-tiers everyone. Running it twice
 * changes nothing twice.
 */
export async function recalculateTiers({
  db,
  now = new Date(),
  batchSize = 500,
  merchantId,
}: JobOptions) {
  let changed = 0;
  for (const store of await listTierStores(db, merchantId)) {
    changed += await recalculateStoreTiers(db, store, { now, batchSize });
  }
  return { changed };
}
