import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { programVersions } from "@/db/schema";
import type { ProgramConfig, ProgramVersion } from "@/server/engine";

// Published versions never change, so a process may keep them; the engine also caches its
// compiled form per config object, which only pays off if the same object comes back.
const published = new Map<string, ProgramVersion>();
const maxCached = 5_000;

/** Versions by id in the order given; orders and quotes name versions, this resolves them. */
export async function loadVersions(
  db: Executor,
  merchantId: string,
  ids: readonly string[],
): Promise<ProgramVersion[]> {
  const missing = ids.filter((id) => !published.has(`${merchantId}:${id}`));
  if (missing.length > 0) {
    const rows = await db
      .select({
        id: programVersions.id,
        programId: programVersions.programId,
        status: programVersions.status,
        config: programVersions.config,
      })
      .from(programVersions)
      .where(and(eq(programVersions.merchantId, merchantId), inArray(programVersions.id, missing)));
    if (published.size + rows.length > maxCached) published.clear();
    for (const row of rows) {
      if (row.status !== "published") continue;
      const version = { id: row.id, programId: row.programId, config: row.config as ProgramConfig };
      published.set(`${merchantId}:${row.id}`, version);
    }
  }
  return ids.flatMap((id) => {
    const version = published.get(`${merchantId}:${id}`);
    return version ? [version] : [];
  });
}
