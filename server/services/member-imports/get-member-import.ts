import { and, asc, desc, eq, isNotNull } from "drizzle-orm";
import { memberImportRows, memberImports } from "@/db/schema";
import { NotFound } from "@/server/errors";
import type { ServiceContext } from "../context";
import { isUuid } from "../is-uuid";
import { describeImport, summaryColumns } from "./member-import-summary";

const shownFailures = 100;

/** One import's progress and outcome, with the first rows it could not import and why. */
export async function getMemberImport({
  ctx,
  importId,
}: {
  ctx: ServiceContext;
  importId: string;
}) {
  const [found] = isUuid(importId)
    ? await ctx.db
        .select(summaryColumns)
        .from(memberImports)
        .where(and(eq(memberImports.merchantId, ctx.merchantId), eq(memberImports.id, importId)))
    : [];
  if (!found) throw new NotFound("No such import");
  const failures = await ctx.db
    .select({
      row: memberImportRows.row,
      data: memberImportRows.data,
      errors: memberImportRows.errors,
    })
    .from(memberImportRows)
    .where(
      and(
        eq(memberImportRows.merchantId, ctx.merchantId),
        eq(memberImportRows.importId, importId),
        isNotNull(memberImportRows.errors),
      ),
    )
    .orderBy(asc(memberImportRows.row))
    .limit(shownFailures);
  return {
    ...describeImport(found),
    failures: failures.map((f) => ({
      row: f.row,
      externalId: (f.data as Record<string, string>).externalId ?? "",
      errors: f.errors as Record<string, string[]>,
    })),
  };
}

/** The store's latest imports, newest first. */
export async function listMemberImports({ ctx }: { ctx: ServiceContext }) {
  const rows = await ctx.db
    .select(summaryColumns)
    .from(memberImports)
    .where(eq(memberImports.merchantId, ctx.merchantId))
    .orderBy(desc(memberImports.createdAt))
    .limit(20);
  return rows.map(describeImport);
}
