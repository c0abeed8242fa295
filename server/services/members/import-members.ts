import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { members } from "@/db/schema";
import { Conflict } from "@/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { adjustPoints } from "./adjust-points";
import { enrollMember } from "./enroll-member";
import { checkImportRow, type ImportRowErrors } from "./import-row";

export const ImportMembersInput = z.object({
  /** Same file, same key: a re-import credits no opening balance twice. */
  batchKey: z.string().trim().min(8).max(100),
  rows: z
    .array(z.object({ row: z.number().int().min(1), data: z.record(z.string(), z.unknown()) }))
    .min(1)
    .max(500),
});
export type ImportMembersInput = z.input<typeof ImportMembersInput>;

type Failed = { row: number; errors: ImportRowErrors };

/**
 * Imports one chunk of rows: enrolls new members (a known external id keeps its member) and
 * credits each opening balance once per batch key, through the audited adjust verb. The page
 * sends a large file chunk by chunk; any chunk can be sent again.
 */
export async function importMembers({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: ImportMembersInput;
}) {
  const { batchKey, rows } = ImportMembersInput.parse(input);
  const checked = rows.map((r) => ({ row: r.row, result: checkImportRow(r.data) }));
  const ids = checked.flatMap((c) => (c.result.ok ? [c.result.value.externalId] : []));
  const known = new Set(
    ids.length === 0
      ? []
      : (
          await ctx.db
            .select({ externalId: members.externalId })
            .from(members)
            .where(and(eq(members.merchantId, ctx.merchantId), inArray(members.externalId, ids)))
        ).map((m) => m.externalId),
  );
  const failed: Failed[] = [];
  let created = 0;
  let existing = 0;
  let credited = 0;
  for (const { row, result } of checked) {
    if (!result.ok) {
      failed.push({ row, errors: result.errors });
      continue;
    }
    const { points, ...contact } = result.value;
    const member = await enrollMember({ ctx, input: contact });
    if (known.has(contact.externalId)) existing++;
    else created++;
    if (points === 0) continue;
    try {
      await adjustPoints({
        ctx,
        input: {
          idempotencyKey: `import:${batchKey}:${contact.externalId}`,
          member: { memberId: member.id },
          amount: points,
          reason: "opening balance (import)",
        },
      });
      credited += points;
    } catch (error) {
      if (!(error instanceof Conflict)) throw error;
      failed.push({ row, errors: { points: ["alreadyImportedDifferent"] } });
    }
  }
  const imported = rows.length - failed.length;
  if (imported > 0) {
    await recordAudit(ctx.db, ctx.merchantId, ctx.actor, {
      action: "members.imported",
      entity: "member",
      after: { batchKey, rows: rows.length, created, existing, credited, failed: failed.length },
    });
  }
  return { imported, created, existing, credited, failed };
}
