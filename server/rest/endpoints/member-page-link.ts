import { createMemberLink } from "@/server/services/member-page/create-member-link";
import { getMemberPageLink } from "../contract/members";
import { secretEndpoint } from "../secret-endpoint";

export const GET = secretEndpoint(getMemberPageLink, ({ ctx, params, query }) =>
  createMemberLink({ ctx, member: { externalId: params.externalId }, days: query.expiresInDays }),
);
