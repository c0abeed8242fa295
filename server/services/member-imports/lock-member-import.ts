import { and, count, eq } from "drizzle-orm";
import type { Tx } from "@/db/database";
import { memberImportRows, memberImports } from "@/db/schema";
import { NotFound } from "@/server/errors";
import { isUuid } from "../is-uuid";

/** The store's import, locked for the rest of the transaction; another store's id is not found. */
export async function lockMemberImport(tx: Tx, merchantId: string, importId: string) {
  const [found] = isUuid(importId)
    ? await tx
        .select()
        .from(memberImports)
        .where(and(eq(memberImports.merchantId, merchantId), eq(memberImports.id, importId)))
        .for("update")
    : [];
  if (!found) throw new NotFound("No such import");
  return found;
}

/** How many of the file's rows have arrived so far. */
export async function countImportRows(tx: Tx, merchantId: string, importId: string) {
  const [stored] = await tx
    .select({ rows: count() })
    .from(memberImportRows)
    .where(
      and(eq(memberImportRows.merchantId, merchantId), eq(memberImportRows.importId, importId)),
    );
  return stored?.rows ?? 0;
}
