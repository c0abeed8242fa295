import type postgres from "postgres";
import { largeStore } from "./large-store-sql";

const { merchantId: m, end } = largeStore;

/**
 * The large store's tier history, for the tier-movement queries: every member reaches Member a
 * day after joining; every 4th member Silver after 60 days, every 12th Gold after 150; every
 * 24th drops back to Silver after 330 days and every 8th to Member after 400 (~150,000 rows,
 * none after the seed's end). Written straight into tier_changes, as the trigger would have;
 * members.tier is left as it is. Added once, also to a store seeded before tier movements.
 */
export async function addLargeTierMoves(client: postgres.Sql): Promise<number> {
  const [existing] = await client`select 1 from tier_changes where merchant_id = ${m} limit 1`;
  if (existing) return 0;
  const rows = await client.unsafe(`insert into tier_changes
      (merchant_id, member_id, from_tier, to_tier, direction, changed_at)
    select '${m}', mb.id, x.from_tier, x.to_tier, x.direction, mb.joined_at + x.after
    from (select id, joined_at, row_number() over (order by joined_at, id) as n
      from members where merchant_id = '${m}') mb
    cross join lateral (values
      (null, 'member', 'up', interval '1 day', true),
      ('member', 'silver', 'up', interval '60 days', mb.n % 4 = 0),
      ('silver', 'gold', 'up', interval '150 days', mb.n % 12 = 0),
      ('gold', 'silver', 'down', interval '330 days', mb.n % 24 = 0),
      ('silver', 'member', 'down', interval '400 days', mb.n % 8 = 0)
    ) x(from_tier, to_tier, direction, after, is_taken)
    where x.is_taken and mb.joined_at + x.after < '${end}'::timestamptz
    order by 6`);
  await client.unsafe("analyze tier_changes");
  return rows.count;
}
