import type { ServiceContext } from "../context";
import { getFreshness } from "./get-freshness";
import { rebuildRollups } from "./rebuild-rollups";

/** A rebuild is a full pass over the store's orders: a second click within this window reuses it. */
export const refreshCooldownMs = 30_000;

/** "Refresh now": rebuilds the store's rollups at once, whatever the job's schedule. */
export async function refreshAnalytics({
  ctx,
  now = new Date(),
}: {
  ctx: ServiceContext;
  now?: Date;
}) {
  const { refreshedAt } = await getFreshness({ ctx });
  if (refreshedAt && now.getTime() - refreshedAt.getTime() < refreshCooldownMs)
    return { refreshedAt, isRebuilt: false };
  await rebuildRollups({ db: ctx.db, merchantId: ctx.merchantId, now });
  return { refreshedAt: now, isRebuilt: true };
}
