import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { toLocalTime } from "@/server/engine/time";
import { rowsOf } from "../ledger/rows-of";
import { listTierStores } from "../tiers/list-tier-stores";
import type { Campaign } from "./find-campaign";

const pad = (n: number) => String(n).padStart(2, "0");
const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

/**
 * Queues the messages a trigger owes today, one per (campaign, member, occurrence): the
 * occurrence names the event (a year's birthday, a lapse since a given last order, an expiry
 * date, a tier change's row), so running this again, or on two instances at once, queues
 * nothing new.
 */
export async function queueTriggerMessages(
  db: Executor,
  campaign: Campaign,
  clock: { now: Date; timezone: string },
): Promise<number> {
  const raised = campaign.trigger === "tierUp" ? await listLevelsAboveFirst(db, campaign) : [];
  const selects = buildSelects(campaign, clock, raised);
  let queued = 0;
  for (const select of selects) {
    const rows = rowsOf(
      await db.execute(sql`
        insert into campaign_messages
          (merchant_id, campaign_id, member_id, occurrence, step, channel, is_marketing, data, due_at)
        ${select}
        on conflict do nothing
        returning id`),
    );
    queued += rows.length;
  }
  return queued;
}

/** The store's tier levels past the first, in the program that sets members' tiers. */
async function listLevelsAboveFirst(db: Executor, campaign: Campaign) {
  const [store] = await listTierStores(db, campaign.merchantId);
  return store?.tiers.levels.slice(1).map((level) => level.id) ?? [];
}

function buildSelects(
  campaign: Campaign,
  { now, timezone }: { now: Date; timezone: string },
  raisedLevels: readonly string[],
): SQL[] {
  const { merchantId, params } = campaign;
  const due = now.toISOString();
  const head = (occurrence: SQL, step = 1, data: SQL = sql`'{}'::jsonb`) =>
    sql`select m.merchant_id, ${campaign.id}::uuid, m.id, ${occurrence}, ${step}, ${campaign.channel}, ${!campaign.isTransactional}, ${data}, ${due}::timestamptz`;
  const ofStore = sql`m.merchant_id = ${merchantId} and not m.is_blocked`;
  const today = toLocalTime(now, timezone);
  const monthDay = `${pad(today.month)}-${pad(today.day)}`;
  const year = String(today.year);
  const lapse = sql`'lapse:' || floor(extract(epoch from m.last_order_at))::bigint::text`;
  switch (campaign.trigger) {
    case "welcome":
      if (!campaign.activatedAt) return [];
      return [
        sql`${head(sql`'join'`)} from members m
          where ${ofStore} and m.joined_at >= ${campaign.activatedAt.toISOString()}`,
      ];
    case "birthday": {
      // Born on 29 February: greeted on 28 February in other years.
      const isLeap = new Date(Date.UTC(today.year, 1, 29)).getUTCMonth() === 1;
      const days = monthDay === "02-28" && !isLeap ? ["02-28", "02-29"] : [monthDay];
      return [
        sql`${head(sql`${year}`)} from members m
          where ${ofStore} and to_char(m.birthday, 'MM-DD') in (${sql.join(
            days.map((d) => sql`${d}`),
            sql`, `,
          )})`,
      ];
    }
    case "holiday":
      return params.date === monthDay
        ? [sql`${head(sql`${year}`)} from members m where ${ofStore}`]
        : [];
    case "expiring": {
      const until = new Date(now.getTime() + (params.days ?? 7) * 86_400_000);
      return [
        sql`select m.merchant_id, ${campaign.id}::uuid, m.id,
            to_char(min(l.expires_at) at time zone ${timezone}, 'YYYY-MM-DD'), 1,
            ${campaign.channel}, ${!campaign.isTransactional},
            jsonb_build_object('expiringPoints', sum(l.remaining)::text,
              'expiresAt', to_char(min(l.expires_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')),
            ${due}::timestamptz
          from lots l join members m on m.merchant_id = l.merchant_id and m.id = l.member_id
          where ${ofStore} and l.merchant_id = ${merchantId} and l.wallet = 'points'
            and l.is_open and l.expires_at > ${now.toISOString()}
            and l.expires_at <= ${until.toISOString()}
          group by m.merchant_id, m.id`,
      ];
    }
    case "winback": {
      const first = sql`${head(lapse)} from members m
        where ${ofStore} and m.last_order_at < ${daysBefore(now, params.days ?? 90).toISOString()}`;
      if (!params.secondStepDays) return [first];
      const second = sql`${head(sql`cm.occurrence || ':2'`, 2)}
        from campaign_messages cm
        join members m on m.merchant_id = cm.merchant_id and m.id = cm.member_id
        where ${ofStore} and cm.merchant_id = ${merchantId} and cm.campaign_id = ${campaign.id}::uuid
          and cm.step = 1 and cm.status = 'sent' and not cm.is_test
          and cm.sent_at <= ${daysBefore(now, params.secondStepDays).toISOString()}
          and cm.occurrence = ${lapse}`;
      return [first, second];
    }
    case "tierUp":
    case "tierDown": {
      if (!campaign.activatedAt) return [];
      // Entering the first level from no tier is a first order, not a move up; falling to no
      // tier (the program's tiers removed) leaves no level to name.
      const move =
        campaign.trigger === "tierUp"
          ? sql`t.direction = 'up' and (t.from_tier is not null or t.to_tier in
              (select value from jsonb_array_elements_text(${JSON.stringify(raisedLevels)}::jsonb)))`
          : sql`t.direction = 'down' and t.to_tier is not null`;
      const tiers = sql`jsonb_build_object('tier', coalesce(t.to_tier, ''),
        'previousTier', coalesce(t.from_tier, ''))`;
      return [
        sql`${head(sql`t.id::text`, 1, tiers)}
          from tier_changes t join members m on m.merchant_id = t.merchant_id and m.id = t.member_id
          where ${ofStore} and t.merchant_id = ${merchantId} and ${move}
            and t.changed_at >= ${campaign.activatedAt.toISOString()}`,
      ];
    }
    case "manual":
      return [];
  }
}
