import { and, desc, eq } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { programVersions } from "@/db/schema";
import type { ProgramConfig } from "@/server/engine";

/** Version history, newest first: who published what and when. */
export async function listVersions(db: Executor, merchantId: string, programId: string) {
  const rows = await db
    .select()
    .from(programVersions)
    .where(
      and(eq(programVersions.merchantId, merchantId), eq(programVersions.programId, programId)),
    )
    .orderBy(desc(programVersions.version));
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    status: row.status,
    config: row.config as ProgramConfig,
    publishedAt: row.publishedAt,
    publishedBy: row.publishedBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }));
}
