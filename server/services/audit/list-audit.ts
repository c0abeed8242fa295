import { and, desc, eq, like, sql } from "drizzle-orm";
import { z } from "zod";
import { auditLog } from "@/db/schema";
import type { ServiceContext } from "../context";

export const ListAuditInput = z.object({
  /** An action prefix: "program", "points", "member". */
  action: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
  pageSize: z.coerce.number().int().min(10).max(200).default(50).catch(50),
});
export type ListAuditInput = z.input<typeof ListAuditInput>;

/** Who did what and when, newest first, with the before and after of each change. */
export async function listAudit({ ctx, input }: { ctx: ServiceContext; input: ListAuditInput }) {
  const { action, page, pageSize } = ListAuditInput.parse(input);
  const where = and(
    eq(auditLog.merchantId, ctx.merchantId),
    action ? like(auditLog.action, `${action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined,
  );
  const [rows, [count]] = await Promise.all([
    ctx.db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    ctx.db.select({ total: sql<number>`count(*)::int` }).from(auditLog).where(where),
  ]);
  return {
    rows: rows.map((r) => ({
      id: r.id,
      actorLabel: r.actorLabel,
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      before: r.before,
      after: r.after,
      createdAt: r.createdAt,
    })),
    total: count?.total ?? 0,
    page,
    pageSize,
  };
}
