import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { programStates, programs } from "@/db/schema";
import { NotFound } from "@/server/errors";
import { isUuid } from "../is-uuid";
import type { ProgramStateFacts } from "./program-status";

/** The program with its pause/schedule row and its latest published version, in one query. */
export async function loadProgramState(db: Executor, merchantId: string, programId: string) {
  if (!isUuid(programId)) throw new NotFound("Program not found");
  const [row] = await db
    .select({
      id: programs.id,
      name: programs.name,
      status: programs.status,
      activeVersionId: programs.activeVersionId,
      createdAt: programs.createdAt,
      startsAt: programStates.startsAt,
      endsAt: programStates.endsAt,
      pausedAt: programStates.pausedAt,
      pausedBy: programStates.pausedBy,
      latestPublishedId: sql<string | null>`(select v.id from program_versions v
        where v.merchant_id = ${programs.merchantId} and v.program_id = ${programs.id}
        and v.status = 'published' order by v.version desc limit 1)`,
    })
    .from(programs)
    .leftJoin(
      programStates,
      and(
        eq(programStates.merchantId, programs.merchantId),
        eq(programStates.programId, programs.id),
      ),
    )
    .where(and(eq(programs.merchantId, merchantId), eq(programs.id, programId)));
  if (!row) throw new NotFound("Program not found");
  return row;
}

export type ProgramStateRow = Awaited<ReturnType<typeof loadProgramState>>;

export function toStateFacts(row: ProgramStateRow): ProgramStateFacts {
  return {
    isArchived: row.status === "archived",
    hasPublished: row.latestPublishedId !== null,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    pausedAt: row.pausedAt,
  };
}
