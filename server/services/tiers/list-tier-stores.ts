import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { merchants, programs, programVersions } from "@/db/schema";
import type { ProgramVersion, TiersSection } from "@/server/engine";
import { loadVersions } from "../programs/load-versions";

export type TierStore = {
  merchantId: string;
  timezone: string;
  version: ProgramVersion;
  tiers: TiersSection;
};

/**
 * Stores whose live programs include tiers, each with the version that sets them: the first
 * live program with tiers, as on a paid order. Read fresh, so a version published a moment
 * ago already counts.
 */
export async function listTierStores(db: Executor, merchantId?: string): Promise<TierStore[]> {
  const rows = await db
    .select({
      merchantId: programs.merchantId,
      timezone: merchants.timezone,
      versionId: programVersions.id,
    })
    .from(programs)
    .innerJoin(merchants, eq(merchants.id, programs.merchantId))
    .innerJoin(
      programVersions,
      and(
        eq(programVersions.merchantId, programs.merchantId),
        eq(programVersions.id, programs.activeVersionId),
      ),
    )
    .where(
      and(
        eq(programs.status, "active"),
        isNotNull(programs.activeVersionId),
        sql`jsonb_typeof(${programVersions.config}->'tiers') = 'object'`,
        merchantId ? eq(programs.merchantId, merchantId) : undefined,
      ),
    )
    .orderBy(asc(programs.merchantId), asc(programs.createdAt), asc(programs.id));
  const stores: TierStore[] = [];
  for (const row of rows) {
    if (stores.at(-1)?.merchantId === row.merchantId) continue;
    const [version] = await loadVersions(db, row.merchantId, [row.versionId]);
    const tiers = version && "tiers" in version.config ? version.config.tiers : null;
    if (version && tiers)
      stores.push({ merchantId: row.merchantId, timezone: row.timezone, version, tiers });
  }
  return stores;
}
