import type { Db } from "@/db/database";
import { settleReferrals } from "@/server/services/referrals/settle-referrals";
import { jobActor } from "./job-actor";

/** Pays referrers whose friends' first orders cleared the refund window; blocks or cancels the rest. */
export function settleReferralsJob({ db, now }: { db: Db; now: Date }) {
  return settleReferrals({ db, now, actor: jobActor("settle-referrals") });
}
