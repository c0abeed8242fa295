import { memberImports } from "@/db/schema";
import type { Actor } from "../context";

/** The columns the admin sees of an import: progress, outcome and who started it. */
export const summaryColumns = {
  id: memberImports.id,
  fileName: memberImports.fileName,
  status: memberImports.status,
  total: memberImports.total,
  processed: memberImports.processed,
  created: memberImports.created,
  existing: memberImports.existing,
  failed: memberImports.failed,
  credited: memberImports.credited,
  error: memberImports.error,
  actor: memberImports.actor,
  createdAt: memberImports.createdAt,
  startedAt: memberImports.startedAt,
  finishedAt: memberImports.finishedAt,
};

type SummaryRow = { actor: unknown } & Record<string, unknown>;

/** Replaces the stored actor with the name the admin shows. */
export const describeImport = <T extends SummaryRow>({ actor, ...row }: T) => ({
  ...row,
  startedBy: (actor as Actor).label,
});
