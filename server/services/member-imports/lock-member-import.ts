import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/database";
import { memberImports } from "@/db/schema";
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
