/**
 * The bulk statements of `npm run seed:large`, in order. Every figure is a pure function of the
 * member number i and the order number n (hashes by multiplication, no random()), so two runs
 * write the same rows. Money in kopecks; 1 point = 100 kopecks; 5% back; points live 365 days.
 */
export const largeStore = {
  merchantId: "m_large_store",
  timezone: "Europe/Berlin",
  members: 100_000,
  guestOrders: 300_000,
  guestCustomers: 60_000,
  /** The seed's "now": 24 months of orders end here. */
  end: "2026-11-01T00:00:00Z",
  days: 730,
} as const;

const { merchantId: m, members, end, days } = largeStore;
const start = `('${end}'::timestamptz - interval '${days} days')`;

// Pairs of members have 20 orders together (k and 20 - k), so the store has exactly 10 per member.
const ordersOf = (i: string) =>
  `(case when ${i} % 2 = 1 then 1 + ((((${i} + 1) / 2)::bigint * 2654435761) % 4294967296) % 19
    else 19 - ((((${i} + 1) / 2)::bigint * 2654435761) % 4294967296) % 19 end)::int`;
const subtotalOf = (i: string, n: string) =>
  `(50000 + ((${i} * 13 + (${n}) * 101) % 400) * 1000)::bigint`;
const discountOf = (i: string, n: string) =>
  `(case when (${n}) % 5 = 0 then ${subtotalOf(i, n)} / 10 else 0 end)::bigint`;
/** Points an order that spends nothing earns: 5% of what was paid, 100 kopecks a point, rounded down. */
const earnOf = (i: string, n: string) =>
  `((${subtotalOf(i, n)} - ${discountOf(i, n)}) / 2000)::bigint`;

export const largeStoreSql: { label: string; sql: string }[] = [
  {
    label: "members",
    sql: `insert into members (merchant_id, id, external_id, name, email, joined_at, created_at, updated_at)
      select '${m}', md5('member-' || i)::uuid, 'cust-' || i, 'Customer ' || i,
        'customer' || i || '@example.test', t, t, t
      from generate_series(1, ${members}) i,
        lateral (select ${start} + (i - 1) * interval '${days} days' / ${members} as t) j`,
  },
  {
    label: "order facts (temporary)",
    sql: `create unlogged table seed_large_orders as
      select f.*, subtotal - discount - spent * 100 as total,
        (subtotal - discount - spent * 100) / 2000 as earned, paid_at + interval '365 days' as expires_at
      from (
        select i, n, k, md5('member-' || i)::uuid as member_id,
          md5('order-' || i || '-' || n)::uuid as id, md5('lot-' || i || '-' || n)::uuid as lot_id,
          mb.joined_at + (('${end}'::timestamptz - mb.joined_at) * (0.3 + 0.7 * ((i * 7919) % 1000) / 1000.0))
            * ((n - 1 + ((i * 31 + n * 17) % 100) / 100.0) / k) as paid_at,
          ${subtotalOf("i", "n")} as subtotal, ${discountOf("i", "n")} as discount,
          case when n % 4 = 0 then ${earnOf("i", "n - 1")} else 0 end as spent,
          n % 4 in (1, 2) and (i + n * 7) % 50 = 0 as is_refunded,
          -- The next order (n + 1, a multiple of 4) pays with this order's points.
          n % 4 = 3 and n < k as is_spent
        from (select i, ${ordersOf("i")} as k from generate_series(1, ${members}) i) g
        join members mb on mb.merchant_id = '${m}' and mb.id = md5('member-' || i)::uuid,
        lateral generate_series(1, k) n) f;
      analyze seed_large_orders`,
  },
  {
    label: "orders",
    sql: `insert into orders (merchant_id, id, member_id, external_id, status, lines, quote, quoted_at,
        program_version_ids, subtotal, discount, redeemed_points, earned_points, total,
        refunded_amount, placed_at, paid_at, closed_at, created_at, updated_at)
      select '${m}', id, member_id, 'L-' || i || '-' || n,
        case when is_refunded then 'refunded' else 'paid' end, '[]', '{}', paid_at,
        array[md5('large-version')::uuid], subtotal, discount, spent, earned, total,
        case when is_refunded then total else 0 end, paid_at, paid_at,
        case when is_refunded then paid_at + interval '1 day' end, paid_at, paid_at
      from seed_large_orders`,
  },
  {
    label: "lots",
    sql: `insert into lots (merchant_id, id, member_id, wallet, status, amount, remaining,
        available_at, expires_at, order_id, program_version_id, created_at)
      select '${m}', o.lot_id, o.member_id, 'points', 'available', o.earned,
        case when o.is_refunded or o.is_spent or o.expires_at <= '${end}' then 0 else o.earned end,
        o.paid_at, o.expires_at, o.id, md5('large-version')::uuid, o.paid_at
      from seed_large_orders o
      where o.earned > 0`,
  },
  {
    label: "holds and allocations of spends",
    sql: `insert into holds (merchant_id, id, member_id, order_id, amount, status, expires_at, closed_at, created_at)
      select '${m}', md5('hold-' || i || '-' || n)::uuid, member_id, id, spent, 'spent', paid_at, paid_at, paid_at
      from seed_large_orders where spent > 0;
      insert into lot_allocations (merchant_id, hold_id, lot_id, amount)
      select '${m}', md5('hold-' || i || '-' || n)::uuid, md5('lot-' || i || '-' || (n - 1))::uuid, spent
      from seed_large_orders where spent > 0`,
  },
  {
    label: "ledger entries",
    sql: `insert into ledger_entries (merchant_id, member_id, kind, amount, available, reason, order_id,
        program_version_id, actor_label, created_at)
      select '${m}', member_id, kind, amount, amount, reason, order_id, md5('large-version')::uuid,
        'seed:large', at
      from (
        select member_id, 'earn' as kind, earned as amount, 'points for the order' as reason, id as order_id, paid_at as at
        from seed_large_orders where earned > 0
        union all
        select member_id, 'spend', -spent, 'points paid part of the order', id, paid_at
        from seed_large_orders where spent > 0
        union all
        select member_id, 'reverse', -earned, 'order refunded', id, paid_at + interval '1 day'
        from seed_large_orders where is_refunded and earned > 0
        union all
        select o.member_id, 'expire', -o.earned, 'points expired', null, o.expires_at
        from seed_large_orders o
        where o.earned > 0 and not o.is_refunded and not o.is_spent and o.expires_at <= '${end}'
      ) e order by at`,
  },
  {
    label: "balances (sum of the ledger)",
    sql: `insert into member_balances (merchant_id, member_id, available, updated_at)
      select '${m}', mb.id, coalesce(l.available, 0), '${end}'
      from members mb left join (select member_id, sum(available) as available from ledger_entries
        where merchant_id = '${m}' group by 1) l on l.member_id = mb.id
      where mb.merchant_id = '${m}'`,
  },
  {
    label: "member figures and daily stats",
    sql: `insert into member_daily_stats (merchant_id, member_id, day, spend, orders)
      select '${m}', member_id, (paid_at at time zone '${largeStore.timezone}')::date,
        sum(case when is_refunded then 0 else total end), count(*) filter (where not is_refunded)
      from seed_large_orders group by 2, 3;
      update members mb set orders_count = s.orders, total_spent = s.spent,
        first_order_at = s.first_at, last_order_at = s.last_at
      from (select member_id, count(*) filter (where not is_refunded) as orders,
          sum(case when is_refunded then 0 else total end) as spent, min(paid_at) as first_at,
          max(paid_at) as last_at
        from seed_large_orders group by 1) s
      where mb.merchant_id = '${m}' and mb.id = s.member_id`,
  },
  {
    label: "guest orders",
    sql: `insert into guest_orders (merchant_id, external_id, customer_ref, amount, refunded_amount,
        paid_at, created_at, updated_at)
      select '${m}', 'G-' || j, 'guest-' || (1 + (j::bigint * 7919) % ${largeStore.guestCustomers}),
        (40000 + ((j::bigint * 37) % 300) * 1000)::bigint,
        case when j % 100 = 0 then (40000 + ((j::bigint * 37) % 300) * 1000)::bigint else 0 end,
        t, t, t
      from generate_series(1, ${largeStore.guestOrders}) j,
        lateral (select ${start} + ((j::bigint * 104729) % 1000000) * interval '${days} days' / 1000000 as t) x`,
  },
  { label: "clean up", sql: "drop table seed_large_orders; analyze" },
];
