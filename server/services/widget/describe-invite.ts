import { buildReferralLink, type ProgramConfig } from "@/server/engine";
import type { ServiceContext } from "../context";
import { ensureReferralCode } from "../referrals/ensure-referral-code";

/** The member's code and link for the widget, only while a referral program is active. */
export async function describeInvite(
  ctx: ServiceContext,
  memberId: string,
  versions: readonly { config: ProgramConfig }[],
) {
  const program = versions.find((v) => v.config.type === "referral");
  if (program?.config.type !== "referral") return null;
  const code = await ensureReferralCode(ctx.db, ctx.merchantId, memberId);
  return { code, link: buildReferralLink(program.config.referral.landingUrl, code) };
}
