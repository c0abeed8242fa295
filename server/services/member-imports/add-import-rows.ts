import { z } from "zod";
import { memberImportRows } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { Conflict, InvalidInput } from "@/server/errors";
import type { ServiceContext } from "../context";
import { countImportRows, lockMemberImport } from "./lock-member-import";

export const AddImportRowsInput = z.object({
  importId: z.string(),
  rows: z
    .array(
      z.object({
        row: z.number().int().min(1),
        data: z.record(z.string().max(40), z.string().max(1000)),
      }),
    )
    .min(1)
    .max(1000),
});
export type AddImportRowsInput = z.input<typeof AddImportRowsInput>;

/**
 * Stores a part of the file's rows. Sending a part again changes nothing (a row keeps what
 * arrived first), so a page that lost its connection simply sends the file again.
 */
export async function addImportRows({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: AddImportRowsInput;
}) {
  const { importId, rows } = AddImportRowsInput.parse(input);
  return inTransaction(ctx.db, async (tx) => {
    const target = await lockMemberImport(tx, ctx.merchantId, importId);
    if (target.status !== "uploading") throw new Conflict("This import has already started");
    await tx
      .insert(memberImportRows)
      .values(rows.map((r) => ({ merchantId: ctx.merchantId, importId, row: r.row, data: r.data })))
      .onConflictDoNothing();
    const received = await countImportRows(tx, ctx.merchantId, importId);
    if (received > target.total) {
      throw new InvalidInput(`The import was opened for ${target.total} rows, not more`);
    }
    return { received, total: target.total };
  });
}
