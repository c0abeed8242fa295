import type { Executor } from "@/db/database";
import type { CartLine } from "@/server/engine";
import { sumExpiredHolds } from "../ledger/release-expired-holds-of";
import { loadVersions } from "../programs/load-versions";
import { loadMemberStats } from "../stats/load-member-stats";
import type { Buyer } from "./load-buyer";
import { priceCart } from "./price-cart";

/**
 * Prices a cart for a loaded buyer with the versions they are priced by; writes nothing.
 * Stats and expired holds are read side by side: both only need the versions.
 */
export async function priceForBuyer({
  db,
  merchantId,
  buyer,
  lines,
  now,
  pointsToSpend,
  rewardId,
}: {
  db: Executor;
  merchantId: string;
  buyer: Buyer;
  lines: CartLine[];
  now: Date;
  pointsToSpend?: number;
  rewardId?: string;
}) {
  const key = { merchantId, memberId: buyer.member.id };
  const versions = await loadVersions(db, merchantId, buyer.versionIds);
  const member = { ...key, member: buyer.member, recent: buyer.recent };
  const [{ stats }, extraSpendable] = await Promise.all([
    loadMemberStats(db, member, versions, { now, timezone: buyer.timezone }),
    buyer.balance.held > 0 ? sumExpiredHolds(db, key, now) : 0,
  ]);
  const quote = priceCart({
    buyer,
    versions,
    stats,
    lines,
    now,
    pointsToSpend,
    rewardId,
    extraSpendable,
  });
  return { quote, versions, extraSpendable };
}
