import { payClubFee as pay } from "@/server/services/club/pay-club-fee";
import { payClubFee } from "../contract/club";
import { secretEndpoint } from "../secret-endpoint";

export const POST = secretEndpoint(payClubFee, ({ ctx, params, body, idempotencyKey }) =>
  pay({ ctx, member: { externalId: params.externalId }, input: { ...body, idempotencyKey } }),
);
