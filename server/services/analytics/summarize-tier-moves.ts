import { sql } from "drizzle-orm";
import type { ServiceContext } from "../context";
import { listTierLevels } from "../programs/list-tier-levels";
import { getStoreTimezone } from "../settings/get-store-timezone";
import type { DashboardInput } from "./dashboard-input";
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
  members: number;
  moves: number;
};

/**
 * Tier movements in the range and the range before, read live from tier_changes (written by a
 * trigger on every tier change), by store-local months. Members count each member once per
 * direction; with a tier chosen, only movements into or out of it count.
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
  const tz = await getStoreTimezone(ctx.db, ctx.merchantId);
  const startOf = (p: Period) => sql`(${p.fromDay}::timestamp at time zone ${tz})`;
  const byTier = filters.tier
    ? sql` and (from_tier = ${filters.tier} or to_tier = ${filters.tier})`
    : sql``;
  const [rows, levels] = await Promise.all([
    selectRows(
      ctx.db,
      sql`select is_current, direction, from_tier, to_tier, grouping(from_tier) = 1 as is_total,
          count(distinct member_id) as members, count(*) as moves
        from (select changed_at >= ${startOf(period)} as is_current, direction, from_tier,
            to_tier, member_id
          from tier_changes
          where merchant_id = ${ctx.merchantId} and changed_at >= ${startOf(previous)}
            and changed_at < (${period.toDayExclusive}::timestamp at time zone ${tz})${byTier}) t
        group by grouping sets ((is_current, direction),
          (is_current, direction, from_tier, to_tier))`,
    ),
    listTierLevels({ ctx }),
  ]);
  const totals = (isCurrent: boolean): TierMoves => {
    const pick = (direction: string): MoveCounts => {
      const row = rows.find(
        (r) =>
          Boolean(r.is_total) && Boolean(r.is_current) === isCurrent && r.direction === direction,
      );
      return { members: toNumber(row?.members), moves: toNumber(row?.moves) };
    };
    return { up: pick("up"), down: pick("down") };
  };
  const nameOf = (id: unknown) =>
    id == null ? null : (levels.find((l) => l.id === String(id))?.name ?? String(id));
  const rank = (id: string | null) => (id === null ? -1 : levels.findIndex((l) => l.id === id));
  const transitions: TierTransition[] = rows
    .filter((r) => !r.is_total && Boolean(r.is_current))
    .map((r) => ({
      direction: r.direction === "up" ? ("up" as const) : ("down" as const),
      from: r.from_tier == null ? null : String(r.from_tier),
      fromName: nameOf(r.from_tier),
      to: r.to_tier == null ? null : String(r.to_tier),
      toName: nameOf(r.to_tier),
      members: toNumber(r.members),
      moves: toNumber(r.moves),
    }))
    .sort(
      (a, b) =>
        a.direction.localeCompare(b.direction) * -1 ||
        rank(a.from) - rank(b.from) ||
        rank(a.to) - rank(b.to),
    );
  return { current: totals(true), previous: totals(false), transitions };
}
