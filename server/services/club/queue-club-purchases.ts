import type { ProgramVersion, Quote } from "@/server/engine";
import type { MemberKey } from "../ledger/lock-balance";
import type { WriteBatch } from "../ledger/write-batch";
import { clubTermStatement } from "./club-term-statement";
import { findClubPrograms } from "./find-club-programs";

/**
 * A paid order with a club product starts or renews membership of each club joined by
 * purchase; the order's id makes a repeated payment event a no-op.
 */
export function queueClubPurchases(
  batch: WriteBatch,
  purchase: {
    key: MemberKey;
    versions: readonly ProgramVersion[];
    priced: Quote;
    orderId: string;
    now: Date;
    actorLabel: string;
  },
) {
  const skus = new Set(purchase.priced.lines.map((line) => line.sku));
  for (const program of findClubPrograms(purchase.versions)) {
    const { club } = program;
    if (club.joinBy !== "purchase" || !club.productSkus.some((sku) => skus.has(sku))) continue;
    const statement = clubTermStatement({
      ...purchase.key,
      programId: program.programId,
      source: "purchase",
      sourceRef: purchase.orderId,
      feePaid: null,
      now: purchase.now,
      termDays: club.termDays,
      actorLabel: purchase.actorLabel,
    });
    batch.add(statement, [`club:${program.programId}:${purchase.key.memberId}`]);
  }
}
