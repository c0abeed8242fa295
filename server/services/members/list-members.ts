import { and, asc, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { PgSelect } from "drizzle-orm/pg-core";
import { z } from "zod";
import { memberBalances, members } from "@/db/schema";
import type { ServiceContext } from "../context";
import { getStoreTimezone } from "../settings/get-store-timezone";
import { buildMemberWhere, MemberFilter, memberSorts } from "./member-filter";

export const ListMembersInput = MemberFilter.extend({
  sort: z.enum(memberSorts).default("joined").catch("joined"),
  dir: z.enum(["asc", "desc"]).default("desc").catch("desc"),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
  pageSize: z.coerce.number().int().min(10).max(200).default(50).catch(50),
});
export type ListMembersInput = z.input<typeof ListMembersInput>;

const sortColumns = {
  joined: members.joinedAt,
  name: members.name,
  balance: memberBalances.available,
  spent: members.totalSpent,
  orders: members.ordersCount,
  lastOrder: members.lastOrderAt,
} as const;

export const memberListColumns = {
  id: members.id,
  externalId: members.externalId,
  name: members.name,
  email: members.email,
  phone: members.phone,
  tier: members.tier,
  isBlocked: members.isBlocked,
  joinedAt: members.joinedAt,
  ordersCount: members.ordersCount,
  totalSpent: members.totalSpent,
  lastOrderAt: members.lastOrderAt,
  available: memberBalances.available,
  pending: memberBalances.pending,
};

export const balanceJoin = and(
  eq(memberBalances.merchantId, members.merchantId),
  eq(memberBalances.memberId, members.id),
);

/**
 * One page of members with the total. The page's ids are chosen first from the narrow rows the
 * filter and sort need, then only those 50 are read whole: total spent, last order and balance
 * have no index (a paid order rewrites them, decision 0014), so those sorts read the store.
 */
export async function listMembers({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: ServiceContext;
  input: ListMembersInput;
  now?: Date;
}) {
  const { sort, dir, page, pageSize, ...filter } = ListMembersInput.parse(input);
  const timezone = await getStoreTimezone(ctx.db, ctx.merchantId);
  const where = buildMemberWhere(ctx.merchantId, filter, { now, timezone });
  const column = sortColumns[sort];
  // Nullable columns keep blanks last when newest-first.
  const isNullable = sort === "name" || sort === "lastOrder";
  const order: SQL[] = [
    dir === "asc"
      ? isNullable
        ? sql`${column} asc nulls first`
        : asc(column)
      : isNullable
        ? sql`${column} desc nulls last`
        : desc(column),
    dir === "asc" ? asc(members.id) : desc(members.id),
  ];
  // Every member has exactly one balance row: join it only where the filter or sort reads it.
  const filtersBalance = filter.balanceMin !== undefined || filter.balanceMax !== undefined;
  const pageIds = joinBalanceIf(
    filtersBalance || sort === "balance",
    ctx.db.select({ id: members.id }).from(members).$dynamic(),
  )
    .where(where)
    .orderBy(...order)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [rows, [count]] = await Promise.all([
    ctx.db
      .select(memberListColumns)
      .from(members)
      .innerJoin(memberBalances, balanceJoin)
      .where(and(eq(members.merchantId, ctx.merchantId), inArray(members.id, pageIds)))
      .orderBy(...order),
    joinBalanceIf(
      filtersBalance,
      ctx.db.select({ total: sql<number>`count(*)::int` }).from(members).$dynamic(),
    ).where(where),
  ]);
  return { rows, total: count?.total ?? 0, page, pageSize, sort, dir };
}

function joinBalanceIf<T extends PgSelect>(isNeeded: boolean, query: T) {
  return isNeeded ? query.innerJoin(memberBalances, balanceJoin) : query;
}
