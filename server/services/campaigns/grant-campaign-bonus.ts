import { DomainError } from "@/server/errors";
import type { ServiceContext } from "../context";
import { adjustPoints } from "../members/adjust-points";
import { rewardAction } from "../members/reward-action";
import type { Campaign } from "./find-campaign";

/**
 * The bonus a message announces, credited in the transaction that sends it, once per message
 * (the message id is the idempotency key). A birthday bonus is the program's action reward;
 * a birthday the program does not reward (no program, blocked, out of window) gives nothing.
 */
export async function grantCampaignBonus(
  ctx: ServiceContext,
  input: { campaign: Campaign; messageId: string; memberId: string; step: number; now: Date },
) {
  const { campaign, messageId, memberId, now } = input;
  const idempotencyKey = `campaign-message:${messageId}`;
  const member = { memberId };
  if (
    campaign.trigger === "winback" &&
    input.step === 1 &&
    (campaign.params.bonusPoints ?? 0) > 0
  ) {
    await adjustPoints({
      ctx,
      now,
      input: {
        idempotencyKey,
        member,
        amount: campaign.params.bonusPoints ?? 0,
        reason: `Campaign bonus: ${campaign.name}`,
      },
    });
  }
  if (campaign.trigger === "birthday" && campaign.params.isBirthdayRewarded) {
    await rewardAction({ ctx, now, input: { idempotencyKey, member, action: "birthday" } }).catch(
      (error: unknown) => {
        if (!(error instanceof DomainError)) throw error;
      },
    );
  }
}
