import { and, asc, eq, gt, inArray } from "drizzle-orm";
import { z } from "zod";
import { toCsvRow } from "@/components/members/csv";
import { memberBalances, members } from "@/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { getStoreTimezone } from "../settings/get-store-timezone";
import { balanceJoin, memberListColumns } from "./list-members";
import { buildMemberWhere, MemberFilter } from "./member-filter";

export const ExportMembersInput = MemberFilter.extend({
  ids: z.array(z.uuid()).max(1000).optional(),
});

const header = [
  "external_id",
  "name",
  "email",
  "phone",
  "tier",
  "points_available",
  "points_pending",
  "orders",
  "total_spent",
  "joined_at",
  "last_order_at",
  "blocked",
];
const pageSize = 1000;

/**
 * The members of the current filter (or the selected ids) as CSV, streamed page by page over
 * the primary key so memory stays flat for any store size. Money is in minor units.
 */
export async function* exportMembers({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: ServiceContext;
  input: z.input<typeof ExportMembersInput>;
  now?: Date;
}): AsyncGenerator<string> {
  const { ids, ...filter } = ExportMembersInput.parse(input);
  const timezone = await getStoreTimezone(ctx.db, ctx.merchantId);
  const where = buildMemberWhere(ctx.merchantId, filter, { now, timezone });
  await recordAudit(ctx.db, ctx.merchantId, ctx.actor, {
    action: "members.exported",
    entity: "member",
    after: { filter, selected: ids?.length ?? null },
  });
  yield `\ufeff${toCsvRow(header)}`;
  let after: string | null = null;
  for (;;) {
    const rows = await ctx.db
      .select(memberListColumns)
      .from(members)
      .innerJoin(memberBalances, balanceJoin)
      .where(
        and(
          where,
          ids ? inArray(members.id, ids) : undefined,
          after ? gt(members.id, after) : undefined,
          eq(members.merchantId, ctx.merchantId),
        ),
      )
      .orderBy(asc(members.id))
      .limit(pageSize);
    if (rows.length === 0) return;
    yield rows
      .map((m) =>
        toCsvRow([
          m.externalId,
          m.name,
          m.email,
          m.phone,
          m.tier,
          m.available,
          m.pending,
          m.ordersCount,
          m.totalSpent,
          m.joinedAt.toISOString(),
          m.lastOrderAt?.toISOString() ?? "",
          m.isBlocked ? "yes" : "no",
        ]),
      )
      .join("");
    after = rows[rows.length - 1]?.id ?? null;
    if (rows.length < pageSize) return;
  }
}
