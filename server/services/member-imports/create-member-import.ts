import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { memberImports } from "@/db/schema";
import type { ServiceContext } from "../context";
import { describeImport, summaryColumns } from "./member-import-summary";

export const maxImportRows = 200_000;

export const CreateMemberImportInput = z.object({
  /** The file's hash: the same file again finds its import instead of crediting twice. */
  batchKey: z.string().trim().min(8).max(100),
  fileName: z.string().trim().min(1).max(200),
  total: z
    .number()
    .int()
    .min(1, { error: "The file has no rows to import" })
    .max(maxImportRows, { error: `An import takes at most ${maxImportRows} rows` }),
});
export type CreateMemberImportInput = z.input<typeof CreateMemberImportInput>;

/**
 * Opens an import for upload, or finds the one this file already has (still uploading, under
 * way, or done with its outcome).
 */
export async function createMemberImport({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CreateMemberImportInput;
}) {
  const { batchKey, fileName, total } = CreateMemberImportInput.parse(input);
  const [created] = await ctx.db
    .insert(memberImports)
    .values({ merchantId: ctx.merchantId, batchKey, fileName, total, actor: ctx.actor })
    .onConflictDoNothing()
    .returning(summaryColumns);
  if (created) return { ...describeImport(created), isNew: true };
  const [found] = await ctx.db
    .select(summaryColumns)
    .from(memberImports)
    .where(and(eq(memberImports.merchantId, ctx.merchantId), eq(memberImports.batchKey, batchKey)));
  if (!found) throw new Error("Import vanished after a conflicting insert");
  return { ...describeImport(found), isNew: false };
}
