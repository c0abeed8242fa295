import { rewardAction as reward } from "@/server/services/members/reward-action";
import { rewardAction } from "../contract/members";
import { secretEndpoint } from "../secret-endpoint";

export const POST = secretEndpoint(rewardAction, async ({ ctx, params, body, idempotencyKey }) => {
  const { externalId } = params;
  const { action, credited, isRepeat } = await reward({
    ctx,
    input: { action: body.action, member: { externalId }, idempotencyKey },
  });
  return { externalId, action, credited, isRepeat };
});
