import { buildReferralLink, type ProgramConfig } from "@/server/engine";
import type { ServiceContext } from "../context";
import { ensureReferralCode } from "../referrals/ensure-referral-code";

// A member's code never changes once made, so the widget reads it from the database once per
// instance instead of on every quote.
const maxEntries = 20_000;
const codes = new Map<string, string>();

/** The member's code and link for the widget, only while a referral program is active. */
export async function describeInvite(
  ctx: ServiceContext,
  memberId: string,
  versions: readonly { config: ProgramConfig }[],
) {
  const program = versions.find((v) => v.config.type === "referral");
  if (program?.config.type !== "referral") return null;
  const code = await memberCode(ctx, memberId);
  return { code, link: buildReferralLink(program.config.referral.landingUrl, code) };
}

async function memberCode(ctx: ServiceContext, memberId: string) {
  const key = `${ctx.merchantId}\u0000${memberId}`;
  const known = codes.get(key);
  if (known) return known;
  const code = await ensureReferralCode(ctx.db, ctx.merchantId, memberId);
  if (codes.size >= maxEntries) codes.clear();
  codes.set(key, code);
  return code;
}
