import { sql } from "drizzle-orm";
import type { Db } from "@/db/database";

const categories = sql`array['tea', 'coffee', 'sweets', 'accessories']`;

/**
 * Deterministic bulk history, generated inside Postgres: `members` members (ids md5('m' || i))
 * and `orders` paid orders spread evenly over `months` months before `end`, 1–5 lines each.
 * Even orders go round all members, odd ones round the first tenth: half the orders come from
 * 10% of the buyers, as in a real store, and those buyers climb the tiers.
 */
export async function generateHistory(
  db: Db,
  options: {
    merchantId: string;
    versionId: string;
    members: number;
    orders: number;
    months: number;
    end: Date;
    batch?: number;
  },
) {
  const { merchantId, members, end } = options;
  const start = new Date(end.getTime());
  start.setUTCMonth(start.getUTCMonth() - options.months);
  // Orders fall strictly inside the period, an hour clear of both ends.
  const firstAt = new Date(start.getTime() + 3_600_000);
  const spanMs = end.getTime() - firstAt.getTime() - 3_600_000;
  await db.execute(sql`
    insert into members (merchant_id, id, external_id, name, joined_at, birthday)
    select ${merchantId}, md5('m' || i)::uuid, 'buyer-' || i, 'Buyer ' || i,
      ${start.toISOString()}::timestamptz,
      case when i % 4 = 0 then make_date(1990, 1 + i % 12, 1 + i % 28) end
    from generate_series(0, ${members - 1}::int) i`);
  const batch = options.batch ?? 100_000;
  for (let first = 0; first < options.orders; first += batch) {
    const last = Math.min(options.orders, first + batch) - 1;
    await db.execute(sql`
      insert into orders (merchant_id, id, member_id, external_id, status, lines, quote,
        quoted_at, program_version_ids, subtotal, total, paid_at)
      select ${merchantId}, md5('o' || i)::uuid, md5('m' || (case when i % 2 = 0
          then (i::bigint * 7919) % ${members}::int
          else (i::bigint * 7919) % ${Math.max(1, Math.floor(members / 10))}::int end))::uuid,
        'order-' || i, 'paid', l.lines, '{}'::jsonb, t.at,
        array[${options.versionId}::uuid], l.subtotal, l.subtotal, t.at
      from generate_series(${first}::int, ${last}::int) i
      cross join lateral (select ${firstAt.toISOString()}::timestamptz
        + ((i::bigint * ${spanMs}::bigint) / ${options.orders}::bigint) * interval '1 millisecond' as at) t
      cross join lateral (
        select jsonb_agg(jsonb_build_object(
            'sku', 'SKU-' || ((i + j * 13) % 200),
            'category', (${categories})[1 + (i + j) % 4],
            'unitPrice', 10000 + ((i * 31 + j * 17) % 400) * 500,
            'quantity', 1 + (i + j) % 3)) as lines,
          sum((10000 + ((i * 31 + j * 17) % 400) * 500) * (1 + (i + j) % 3))::bigint as subtotal
        from generate_series(1, 1 + i % 5) j) l`);
  }
  await db.execute(sql`analyze orders`);
  await db.execute(sql`analyze members`);
}
