import { revokeMemberLinks } from "@/server/services/member-page/revoke-member-links";
import { revokeMemberPageLinks } from "../contract/members";
import { secretEndpoint } from "../secret-endpoint";

export const POST = secretEndpoint(revokeMemberPageLinks, ({ ctx, params, idempotencyKey }) =>
  revokeMemberLinks({ ctx, input: { idempotencyKey, member: { externalId: params.externalId } } }),
);
