import { and, asc, eq, sql } from "drizzle-orm";
import { programStates, programs } from "@/db/schema";
import type { ProgramType } from "@/server/engine";
import type { ServiceContext } from "../context";
import { describeProgramStatus } from "./program-status";

const ofProgram = sql`v.merchant_id = ${programs.merchantId} and v.program_id = ${programs.id}`;

/** Every program of the store with its status, live version and whether a draft waits. */
export async function listPrograms({ ctx, now = new Date() }: { ctx: ServiceContext; now?: Date }) {
  const rows = await ctx.db
    .select({
      id: programs.id,
      name: programs.name,
      status: programs.status,
      createdAt: programs.createdAt,
      startsAt: programStates.startsAt,
      endsAt: programStates.endsAt,
      pausedAt: programStates.pausedAt,
      liveVersion: sql<number | null>`(select max(v.version) from program_versions v
        where ${ofProgram} and v.status = 'published')`,
      publishedAt: sql<string | null>`(select max(v.published_at) from program_versions v
        where ${ofProgram} and v.status = 'published')`,
      draftVersion: sql<number | null>`(select v.version from program_versions v
        where ${ofProgram} and v.status = 'draft')`,
      type: sql<ProgramType>`(select v.config->>'type' from program_versions v
        where ${ofProgram} order by v.version desc limit 1)`,
    })
    .from(programs)
    .leftJoin(
      programStates,
      and(
        eq(programStates.merchantId, programs.merchantId),
        eq(programStates.programId, programs.id),
      ),
    )
    .where(eq(programs.merchantId, ctx.merchantId))
    .orderBy(asc(programs.createdAt), asc(programs.id));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    type: row.type,
    liveVersion: row.liveVersion === null ? null : Number(row.liveVersion),
    draftVersion: row.draftVersion === null ? null : Number(row.draftVersion),
    publishedAt: row.publishedAt ? new Date(row.publishedAt) : null,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    createdAt: row.createdAt,
    status: describeProgramStatus(
      {
        isArchived: row.status === "archived",
        hasPublished: row.liveVersion !== null,
        startsAt: row.startsAt,
        endsAt: row.endsAt,
        pausedAt: row.pausedAt,
      },
      now,
    ),
  }));
}
