import { adjustPoints as adjust } from "@/server/services/members/adjust-points";
import { adjustPoints } from "../contract/members";
import { secretEndpoint } from "../secret-endpoint";

export const POST = secretEndpoint(adjustPoints, async ({ ctx, params, body, idempotencyKey }) => {
  const { externalId } = params;
  const member = { externalId };
  const { amount, available, debt } = await adjust({
    ctx,
    input: { ...body, member, idempotencyKey },
  });
  return { externalId, amount, available, debt };
});
