import { getMemberReferral as getReferral } from "@/server/services/referrals/get-member-referral";
import { getMemberReferral } from "../contract/referrals";
import { secretEndpoint } from "../secret-endpoint";

export const GET = secretEndpoint(getMemberReferral, ({ ctx, params }) =>
  getReferral({ ctx, ref: { externalId: params.externalId } }),
);
