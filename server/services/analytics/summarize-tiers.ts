import { sql } from "drizzle-orm";
import type { ServiceContext } from "../context";
import { listTierLevels } from "../programs/list-tier-levels";
import { shareBp } from "./ratio";
import { selectRows, toNumber } from "./run-query";

/** How many members sat in each tier at the last rollup, in the program's tier order, the untiered last. */
export async function summarizeTiers({ ctx }: { ctx: ServiceContext }) {
  const [rows, levels] = await Promise.all([
    selectRows(
      ctx.db,
      sql`select tier, count(*) as members from analytics_customers
        where merchant_id = ${ctx.merchantId} and is_member group by 1`,
    ),
    listTierLevels({ ctx }),
  ]);
  const total = rows.reduce((s, r) => s + toNumber(r.members), 0);
  const order = levels.map((l) => l.id);
  const tiers = rows
    .map((r) => {
      const id = r.tier == null ? null : String(r.tier);
      const members = toNumber(r.members);
      return {
        tier: id,
        name: levels.find((l) => l.id === id)?.name ?? id,
        members,
        shareBp: shareBp(members, total),
      };
    })
    .sort((a, b) => rank(order, a.tier) - rank(order, b.tier));
  return { total, tiers };
}

function rank(order: string[], tier: string | null): number {
  if (tier === null) return Number.MAX_SAFE_INTEGER;
  const index = order.indexOf(tier);
  return index === -1 ? order.length : index;
}
