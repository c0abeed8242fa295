import { type SQL, sql } from "drizzle-orm";
import type { ServiceContext } from "../context";
import { listTierLevels } from "../programs/list-tier-levels";
import { getStoreTimezone } from "../settings/get-store-timezone";
import { rangeMask } from "./active-mask";
import type { DashboardInput } from "./dashboard-input";
import { loadMaskBase, memberScope } from "./member-scope";
import { type Period, resolvePeriod } from "./resolve-period";
import { selectRows, toNumber } from "./run-query";

export type MoveCounts = { members: number; moves: number };
export type TierMoves = { up: MoveCounts; down: MoveCounts };
export type TierTransition = {
  direction: "up" | "down";
  from: string | null;
  fromName: string | null;
  to: string | null;
  toName: string | null;
  moves: number;
};

/**
 * Tier movements by store-local months, this range and the one before. Members who moved are
 * counted on the rollup's per-member month bits (up_mask, down_mask), or on tier_changes when
 * the range leaves the bits' window; movements and the transitions table come from
 * tier_changes. With a tier chosen: members currently in that tier and their movements.
 */
export async function summarizeTierMoves({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: DashboardInput;
}) {
  const period = resolvePeriod(input);
  const { previous, filters } = period;
  const [tz, base, levels] = await Promise.all([
    getStoreTimezone(ctx.db, ctx.merchantId),
    loadMaskBase(ctx.db, ctx.merchantId),
    listTierLevels({ ctx }),
  ]);
  const scope = memberScope(ctx.merchantId, { tier: filters.tier });
  const ofScope = filters.tier
    ? sql` and t.member_id in (select c.member_id from analytics_customers c where ${scope})`
    : sql``;
  const startOf = (p: Period) => sql`(${p.fromDay}::timestamp at time zone ${tz})`;
  const inRange = (p: Period) =>
    sql`t.merchant_id = ${ctx.merchantId} and t.changed_at >= ${startOf(p)}
      and t.changed_at < (${p.toDayExclusive}::timestamp at time zone ${tz})${ofScope}`;
  const [[members], moves, transitions] = await Promise.all([
    selectRows(ctx.db, countMovers(period, base, scope, inRange)),
    selectRows(
      ctx.db,
      sql`select t.changed_at >= ${startOf(period)} as is_current, t.direction, count(*) as moves
        from tier_changes t where ${inRange({ ...previous, toDayExclusive: period.toDayExclusive })}
        group by 1, 2`,
    ),
    selectRows(
      ctx.db,
      sql`select t.direction, t.from_tier, t.to_tier, count(*) as moves
        from tier_changes t where ${inRange(period)} group by 1, 2, 3`,
    ),
  ]);
  const totals = (isCurrent: boolean): TierMoves => {
    const pick = (direction: "up" | "down"): MoveCounts => ({
      members: toNumber(members?.[`${isCurrent ? "cur" : "prev"}_${direction}`]),
      moves: toNumber(
        moves.find((r) => Boolean(r.is_current) === isCurrent && r.direction === direction)?.moves,
      ),
    });
    return { up: pick("up"), down: pick("down") };
  };
  const nameOf = (id: string | null) =>
    id === null ? null : (levels.find((l) => l.id === id)?.name ?? id);
  const rank = (id: string | null) => (id === null ? -1 : levels.findIndex((l) => l.id === id));
  const rows: TierTransition[] = transitions
    .map((r) => {
      const from = r.from_tier == null ? null : String(r.from_tier);
      const to = r.to_tier == null ? null : String(r.to_tier);
      const direction = r.direction === "up" ? ("up" as const) : ("down" as const);
      return {
        direction,
        from,
        fromName: nameOf(from),
        to,
        toName: nameOf(to),
        moves: toNumber(r.moves),
      };
    })
    .sort(
      (a, b) =>
        b.direction.localeCompare(a.direction) ||
        rank(a.from) - rank(b.from) ||
        rank(a.to) - rank(b.to),
    );
  return { current: totals(true), previous: totals(false), transitions: rows };
}

/** Members with a movement up / down in each range: one pass over the rollup's month bits. */
function countMovers(
  period: ReturnType<typeof resolvePeriod>,
  base: number | null,
  scope: SQL,
  inRange: (p: Period) => SQL,
): SQL {
  const ranges = { cur: period, prev: period.previous };
  const masks = Object.values(ranges).map((p) =>
    base === null ? null : rangeMask(p.from, p.to, base),
  );
  if (masks.every((m) => m !== null)) {
    const [cur, prev] = masks;
    return sql`select
        count(*) filter (where (c.up_mask & ${cur}::bigint) <> 0) as cur_up,
        count(*) filter (where (c.down_mask & ${cur}::bigint) <> 0) as cur_down,
        count(*) filter (where (c.up_mask & ${prev}::bigint) <> 0) as prev_up,
        count(*) filter (where (c.down_mask & ${prev}::bigint) <> 0) as prev_down
      from analytics_customers c where ${scope}`;
  }
  const movers = (p: Period, direction: string) =>
    sql`(select count(distinct t.member_id) from tier_changes t
      where ${inRange(p)} and t.direction = ${direction})`;
  return sql`select ${movers(ranges.cur, "up")} as cur_up, ${movers(ranges.cur, "down")} as cur_down,
    ${movers(ranges.prev, "up")} as prev_up, ${movers(ranges.prev, "down")} as prev_down`;
}
