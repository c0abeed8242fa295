import { sql } from "drizzle-orm";
import type { Db } from "@/db/database";
import type { CartLine } from "@/server/engine";
import { selectJson } from "../execute-prepared";

export type OrderCursor = { paidAt: string; id: string };
export type OrderPage = {
  /** [member id, paid at in epoch ms, cart lines] in paid-at order. */
  rows: [string, number, CartLine[]][];
  last: OrderCursor | null;
};

export type OrderRange = { merchantId: string; from: Date; to: Date };

const inRange = ({ merchantId, from, to }: OrderRange) => sql`merchant_id = ${merchantId}
  and status = 'paid'
  and paid_at >= ${from.toISOString()}::timestamptz and paid_at < ${to.toISOString()}::timestamptz`;

/**
 * An order stored without lines (history imported or bulk-written with totals only) is replayed
 * as one line worth its subtotal, so it still earns, pays and counts towards tiers.
 */
const orderLines = sql`case when jsonb_array_length(lines) = 0
  then jsonb_build_array(jsonb_build_object('sku', 'order', 'category', '', 'unitPrice', subtotal,
    'quantity', 1))
  else lines end`;

/**
 * One keyset page of a store's paid orders, as a single JSON value: the database builds the
 * JSON and the client parses one string, far cheaper than mapping 10,000 rows one by one.
 * The cursor keeps paid_at as text so microseconds survive.
 */
export async function readOrderPage(
  db: Db,
  range: OrderRange,
  after: OrderCursor | null,
  limit: number,
): Promise<OrderPage> {
  const page = await selectJson<{ rows: OrderPage["rows"] | null; lastAt: string; lastId: string }>(
    db,
    sql`select json_build_object(
        'rows', json_agg(json_build_array(o.member_id,
          (extract(epoch from o.paid_at) * 1000)::bigint, o.lines) order by o.paid_at, o.id),
        'lastAt', (array_agg(o.paid_at::text order by o.paid_at desc, o.id desc))[1],
        'lastId', (array_agg(o.id order by o.paid_at desc, o.id desc))[1]) as v
      from (select id, member_id, paid_at, ${orderLines} as lines from orders
        where ${inRange(range)}
          ${after ? sql`and (paid_at, id) > (${after.paidAt}::timestamptz, ${after.id}::uuid)` : sql``}
        order by paid_at, id
        limit ${limit}) o`,
  );
  const rows = page?.rows ?? [];
  return {
    rows,
    last: rows.length > 0 && page ? { paidAt: page.lastAt, id: page.lastId } : null,
  };
}

export async function countOrders(db: Db, range: OrderRange): Promise<number> {
  const row = await selectJson<number>(
    db,
    sql`select count(*)::int as v from orders where ${inRange(range)}`,
  );
  return row ?? 0;
}
