import { createHash } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { members } from "@/db/schema";
import { Conflict } from "@/server/errors";
import type { ServiceContext } from "../context";
import { adjustPoints } from "../members/adjust-points";
import { enrollMember } from "../members/enroll-member";
import { checkImportRow, type ImportRowErrors } from "../members/import-row";

const maxKeyLength = 200;

export type ImportRowInput = { row: number; data: unknown };
export type FailedRow = { row: number; errors: ImportRowErrors };

/**
 * Imports rows of one file: enrolls new members (a known external id keeps its member) and
 * credits each opening balance once per batch key, through the audited adjust verb. Run in the
 * caller's transaction, so a chunk lands whole or not at all.
 */
export async function importRows({
  ctx,
  batchKey,
  rows,
}: {
  ctx: ServiceContext;
  batchKey: string;
  rows: readonly ImportRowInput[];
}) {
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
  const failed: FailedRow[] = [];
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
    else {
      created++;
      known.add(contact.externalId);
    }
    if (points === 0) continue;
    try {
      await adjustPoints({
        ctx,
        input: {
          idempotencyKey: openingBalanceKey(batchKey, contact.externalId),
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
  return { created, existing, credited, failed };
}

/**
 * One opening balance per file and member. An id too long for a key goes in hashed; shorter
 * ids keep the plain form so files imported before still find their keys.
 */
export function openingBalanceKey(batchKey: string, externalId: string): string {
  const key = `import:${batchKey}:${externalId}`;
  if (key.length <= maxKeyLength) return key;
  return `import:${batchKey}:sha256:${createHash("sha256").update(externalId).digest("hex")}`;
}
