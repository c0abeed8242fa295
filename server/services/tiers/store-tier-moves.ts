import { sql } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { rowsOf } from "../ledger/rows-of";

export type TierMove = {
  memberId: string;
  from: { tier: string | null; tierBelowSince: Date | null };
  to: { tierId: string; belowSince: Date | null };
};

const iso = (date: Date | null) => date?.toISOString() ?? null;

/**
 * Writes the moves in one statement, each only if the member still has the tier and grace it
 * was decided from: a run that lost a race changes nothing, so the tier_changes trigger fires
 * once per real move. Stored times are compared at the millisecond precision they were read at.
 */
export async function storeTierMoves(
  db: Executor,
  merchantId: string,
  moves: readonly TierMove[],
  now: Date,
): Promise<number> {
  if (moves.length === 0) return 0;
  const rows = JSON.stringify(
    moves.map((m) => ({
      id: m.memberId,
      old_tier: m.from.tier,
      old_below: iso(m.from.tierBelowSince),
      tier: m.to.tierId,
      below: iso(m.to.belowSince),
    })),
  );
  const updated = await db.execute(sql`update members m
    set tier = c.tier, tier_below_since = c.below, updated_at = ${now.toISOString()}::timestamptz
    from jsonb_to_recordset(${rows}::jsonb)
      as c(id uuid, old_tier text, old_below timestamptz, tier text, below timestamptz)
    where m.merchant_id = ${merchantId} and m.id = c.id
      and m.tier is not distinct from c.old_tier
      and date_trunc('milliseconds', m.tier_below_since) is not distinct from c.old_below
    returning m.id`);
  return rowsOf(updated).length;
}
