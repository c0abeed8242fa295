import { and, eq, inArray, isNotNull, or } from "drizzle-orm";
import type { Db } from "@/db/database";
import { members, merchants, programVersions } from "@/db/schema";
import type { ProgramConfig, ProgramVersion, ReplayMemberFacts } from "@/server/engine";

/** The two versions, the store's currency and zone, and members whose facts change prices. */
export async function loadSimulationSetup(
  db: Db,
  merchantId: string,
  versionIds: { baseline: string | null; candidate: string },
) {
  const ids = [versionIds.candidate, ...(versionIds.baseline ? [versionIds.baseline] : [])];
  const versionRows = await db
    .select({
      id: programVersions.id,
      programId: programVersions.programId,
      config: programVersions.config,
    })
    .from(programVersions)
    .where(and(eq(programVersions.merchantId, merchantId), inArray(programVersions.id, ids)));
  const toVersion = (id: string | null): ProgramVersion | null => {
    const row = versionRows.find((v) => v.id === id);
    return row
      ? { id: row.id, programId: row.programId, config: row.config as ProgramConfig }
      : null;
  };
  const candidate = toVersion(versionIds.candidate);
  if (!candidate) throw new Error("The simulated version no longer exists");
  const [store] = await db
    .select({ currency: merchants.currency, timezone: merchants.timezone })
    .from(merchants)
    .where(eq(merchants.id, merchantId));
  const factRows = await db
    .select({ id: members.id, birthday: members.birthday, isBlocked: members.isBlocked })
    .from(members)
    .where(
      and(
        eq(members.merchantId, merchantId),
        or(isNotNull(members.birthday), eq(members.isBlocked, true)),
      ),
    );
  const facts = new Map<string, ReplayMemberFacts>();
  for (const row of factRows) {
    const birthDate = row.birthday
      ? { month: Number(row.birthday.slice(5, 7)), day: Number(row.birthday.slice(8, 10)) }
      : null;
    facts.set(row.id, { birthDate, isBlocked: row.isBlocked });
  }
  return {
    baseline: toVersion(versionIds.baseline),
    candidate,
    currency: store?.currency ?? "RUB",
    timezone: store?.timezone ?? "UTC",
    facts,
  };
}
