import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { Db } from "@/db/database";
import { memberImportRows, memberImports } from "@/db/schema";
import { describeJobError } from "@/server/jobs/describe-job-error";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../context";
import { rowsOf } from "../ledger/rows-of";
import { importRows } from "./import-rows";

export const importChunkSize = 200;

type DueImport = {
  merchantId: string;
  id: string;
  batchKey: string;
  lastRow: number;
  actor: Actor;
};

/**
 * Imports the next chunk of the oldest queued or running import and moves its cursor, all in
 * one transaction: a crash rolls the chunk back whole and the next run does it again. SKIP
 * LOCKED lets a second runner take another import instead of waiting. A chunk that fails
 * stops its import with the error (so one bad file cannot block the ones behind it); the
 * admin starts it again at the cursor. False: nothing to do.
 */
export async function runImportChunk(
  db: Db,
  options: { now?: Date; chunkSize?: number } = {},
): Promise<boolean> {
  const claim: { due?: DueImport } = {};
  try {
    return await importNextChunk(db, options, (due) => {
      claim.due = due;
    });
  } catch (error) {
    if (!claim.due) throw error;
    await stopImport(db, claim.due, describeJobError(error));
    return true;
  }
}

async function importNextChunk(
  db: Db,
  { now = new Date(), chunkSize = importChunkSize }: { now?: Date; chunkSize?: number },
  onClaim: (due: DueImport) => void,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [due] = rowsOf<DueImport>(
      await tx.execute(sql`
        select merchant_id as "merchantId", id, batch_key as "batchKey", last_row as "lastRow", actor
        from member_imports
        where status in ('queued', 'running')
        order by created_at
        limit 1
        for update skip locked`),
    );
    if (!due) return false;
    onClaim(due);
    const ofImport = and(
      eq(memberImportRows.merchantId, due.merchantId),
      eq(memberImportRows.importId, due.id),
    );
    const rows = await tx
      .select({
        row: memberImportRows.row,
        data: memberImportRows.data,
        errors: memberImportRows.errors,
      })
      .from(memberImportRows)
      .where(and(ofImport, gt(memberImportRows.row, due.lastRow)))
      .orderBy(asc(memberImportRows.row))
      .limit(chunkSize);
    const markedAlready = rows.filter((r) => r.errors !== null);
    const ctx = { merchantId: due.merchantId, actor: due.actor, db: tx };
    const outcome = await importRows({
      ctx,
      batchKey: due.batchKey,
      rows: rows.filter((r) => r.errors === null),
    });
    for (const failure of outcome.failed) {
      await tx
        .update(memberImportRows)
        .set({ errors: failure.errors })
        .where(and(ofImport, eq(memberImportRows.row, failure.row)));
    }
    const isDone = rows.length < chunkSize;
    const [after] = await tx
      .update(memberImports)
      .set({
        status: isDone ? "done" : "running",
        lastRow: rows.at(-1)?.row ?? due.lastRow,
        processed: sql`${memberImports.processed} + ${rows.length}`,
        created: sql`${memberImports.created} + ${outcome.created}`,
        existing: sql`${memberImports.existing} + ${outcome.existing}`,
        failed: sql`${memberImports.failed} + ${outcome.failed.length + markedAlready.length}`,
        credited: sql`${memberImports.credited} + ${outcome.credited}`,
        startedAt: sql`coalesce(${memberImports.startedAt}, ${now.toISOString()}::timestamptz)`,
        finishedAt: isDone ? now : null,
      })
      .where(and(eq(memberImports.merchantId, due.merchantId), eq(memberImports.id, due.id)))
      .returning();
    if (isDone && after) {
      await recordAudit(tx, due.merchantId, due.actor, {
        action: "members.imported",
        entity: "member_import",
        entityId: due.id,
        after: {
          fileName: after.fileName,
          rows: after.total,
          created: after.created,
          existing: after.existing,
          credited: after.credited,
          failed: after.failed,
        },
      });
    }
    return true;
  });
}

async function stopImport(db: Db, target: { merchantId: string; id: string }, error: string) {
  console.error(`Member import ${target.id} stopped:`, error);
  await db
    .update(memberImports)
    .set({ status: "failed", error })
    .where(and(eq(memberImports.merchantId, target.merchantId), eq(memberImports.id, target.id)));
}
