import type { Executor } from "@/db/database";
import { buyerFingerprints, type FingerprintKind } from "@/db/schema";
import type { MemberKey } from "../ledger/lock-balance";

export type Fingerprint = { kind: FingerprintKind; value: string };

/** Remembers the cards and devices a member was seen with (each once). */
export async function recordFingerprints(db: Executor, key: MemberKey, prints: Fingerprint[]) {
  if (prints.length === 0) return;
  await db
    .insert(buyerFingerprints)
    .values(prints.map((p) => ({ ...key, kind: p.kind, value: p.value })))
    .onConflictDoNothing();
}
