import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { memberImports } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { InvalidInput } from "@/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { countImportRows, lockMemberImport } from "./lock-member-import";

export const MemberImportIdInput = z.object({ importId: z.string() });

/**
 * Hands an uploaded import to the job: checks every row arrived, marks repeated external ids
 * (the first row of an id wins) and queues it. A stopped import is queued again and goes on
 * at its cursor; starting one that is under way or done changes nothing.
 */
export async function startMemberImport({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: z.input<typeof MemberImportIdInput>;
}) {
  const { importId } = MemberImportIdInput.parse(input);
  return inTransaction(ctx.db, async (tx) => {
    const target = await lockMemberImport(tx, ctx.merchantId, importId);
    const ofImport = and(
      eq(memberImports.merchantId, ctx.merchantId),
      eq(memberImports.id, importId),
    );
    if (target.status === "failed") {
      await tx.update(memberImports).set({ status: "queued", error: null }).where(ofImport);
      return { status: "queued" as const };
    }
    if (target.status !== "uploading") return { status: target.status };
    const received = await countImportRows(tx, ctx.merchantId, importId);
    if (received !== target.total) {
      throw new InvalidInput(
        `Only ${received} of the file's ${target.total} rows arrived; upload the file again`,
      );
    }
    await tx.execute(sql`
      update member_import_rows r
      set errors = '{"externalId":["duplicateInFile"]}'::jsonb
      from (
        select row, row_number() over (partition by btrim(data->>'externalId') order by row) as n
        from member_import_rows
        where merchant_id = ${ctx.merchantId} and import_id = ${importId}
          and btrim(data->>'externalId') <> ''
      ) d
      where r.merchant_id = ${ctx.merchantId} and r.import_id = ${importId}
        and r.row = d.row and d.n > 1`);
    await tx.update(memberImports).set({ status: "queued" }).where(ofImport);
    await recordAudit(tx, ctx.merchantId, ctx.actor, {
      action: "members.import.started",
      entity: "member_import",
      entityId: importId,
      after: { fileName: target.fileName, rows: target.total },
    });
    return { status: "queued" as const };
  });
}
