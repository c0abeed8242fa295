import { and, asc, eq, isNotNull } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { programs } from "@/db/schema";
import type { ProgramVersion } from "@/server/engine";
import { loadVersions } from "../programs/load-versions";

// Guests have no member row to bring the active version ids along, so the ids are kept per
// store briefly: publishing a program reaches guest quotes within this TTL.
const ttlMs = 10_000;
const maxEntries = 10_000;
const activeIds = new Map<string, { ids: string[]; expiresAt: number }>();

/** The store's active program versions, primary first (as loadBuyer orders them). */
export async function loadActiveVersions(
  db: Executor,
  merchantId: string,
  now = Date.now(),
): Promise<ProgramVersion[]> {
  let entry = activeIds.get(merchantId);
  if (!entry || entry.expiresAt <= now) {
    const rows = await db
      .select({ versionId: programs.activeVersionId })
      .from(programs)
      .where(
        and(
          eq(programs.merchantId, merchantId),
          eq(programs.status, "active"),
          isNotNull(programs.activeVersionId),
        ),
      )
      .orderBy(asc(programs.createdAt), asc(programs.id));
    entry = {
      ids: rows.flatMap((r) => (r.versionId ? [r.versionId] : [])),
      expiresAt: now + ttlMs,
    };
    if (activeIds.size >= maxEntries) activeIds.clear();
    activeIds.set(merchantId, entry);
  }
  return loadVersions(db, merchantId, entry.ids);
}
