import type { Executor } from "@/db/database";
import type { ReferralSection } from "@/server/engine";
import type { ServiceContext } from "../context";
import { listActiveVersions } from "../programs/list-active-versions";

export type ReferralProgram = { versionId: string; rules: ReferralSection };

/** The store's active referral program (the oldest, if several), or null when none runs. */
export async function findReferralProgram(
  ctx: ServiceContext,
  db: Executor = ctx.db,
): Promise<ReferralProgram | null> {
  const versions = await listActiveVersions({ ctx: { ...ctx, db } });
  for (const version of versions) {
    if (version.config.type === "referral") {
      return { versionId: version.versionId, rules: version.config.referral };
    }
  }
  return null;
}
