import { and, asc, eq } from "drizzle-orm";
import { programs, programVersions } from "@/db/schema";
import type { ProgramConfig } from "@/server/engine";
import type { ServiceContext } from "../context";

export type ActiveVersion = {
  programId: string;
  programName: string;
  versionId: string;
  version: number;
  config: ProgramConfig;
};

/** The published version of every active program, oldest program first (the primary one). */
export async function listActiveVersions({
  ctx,
}: {
  ctx: ServiceContext;
}): Promise<ActiveVersion[]> {
  const rows = await ctx.db
    .select({
      programId: programs.id,
      programName: programs.name,
      versionId: programVersions.id,
      version: programVersions.version,
      config: programVersions.config,
    })
    .from(programs)
    .innerJoin(
      programVersions,
      and(
        eq(programVersions.merchantId, programs.merchantId),
        eq(programVersions.id, programs.activeVersionId),
      ),
    )
    .where(and(eq(programs.merchantId, ctx.merchantId), eq(programs.status, "active")))
    .orderBy(asc(programs.createdAt), asc(programs.id));
  return rows.map((r) => ({ ...r, config: r.config as ProgramConfig }));
}
