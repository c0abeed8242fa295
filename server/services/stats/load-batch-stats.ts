import { sql } from "drizzle-orm";
import type { Executor } from "@/db/database";
import type { MemberStats, ProgramVersion } from "@/server/engine";
import { selectJson } from "../execute-prepared";
import { fillStats, findFirstDay, type Lifetime, listWindowDays } from "./load-member-stats";

type Sum = [memberId: string, key: string, total: number];

/**
 * loadMemberStats for many members of one store in one query: the same windows and the same
 * store-local days, summed in the database per member and window instead of read row by row.
 */
export async function loadBatchStats(
  db: Executor,
  merchantId: string,
  members: readonly (Lifetime & { id: string })[],
  versions: readonly ProgramVersion[],
  clock: { now: Date; timezone: string },
): Promise<Map<string, MemberStats>> {
  const windows = listWindowDays(versions, clock);
  const since = findFirstDay(windows);
  const sums = new Map<string, number>();
  if (since !== null && members.length > 0) {
    const dated = windows.flatMap((w) =>
      w.fromDay === null ? [] : [{ key: w.key, metric: w.metric, from_day: w.fromDay }],
    );
    const ids = JSON.stringify(members.map((m) => m.id));
    const rows = await selectJson<Sum[]>(
      db,
      sql`select coalesce(json_agg(json_build_array(s.member_id, s.key, s.total)), '[]'::json) as v
        from (
          select d.member_id, w.key,
            sum(case when w.metric = 'spend' then d.spend else d.orders end) as total
          from member_daily_stats d
          join jsonb_to_recordset(${JSON.stringify(dated)}::jsonb) as w(key text, metric text, from_day date)
            on d.day >= w.from_day
          where d.merchant_id = ${merchantId} and d.day >= ${since}::date
            and d.member_id in (select value::uuid from jsonb_array_elements_text(${ids}::jsonb))
          group by d.member_id, w.key
        ) s`,
    );
    for (const [memberId, key, total] of rows ?? []) sums.set(`${memberId}:${key}`, Number(total));
  }
  return new Map(
    members.map((m) => [m.id, fillStats(windows, m, (w) => sums.get(`${m.id}:${w.key}`) ?? 0)]),
  );
}
