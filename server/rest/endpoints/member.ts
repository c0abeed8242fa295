import { describeMember } from "@/server/services/integration/describe-member";
import { upsertMember as upsert } from "@/server/services/integration/upsert-member";
import { getMember, upsertMember } from "../contract/members";
import { secretEndpoint } from "../secret-endpoint";

export const GET = secretEndpoint(getMember, ({ ctx, params }) =>
  describeMember({ ctx, externalId: params.externalId }),
);

export const PUT = secretEndpoint(upsertMember, ({ ctx, params, body, idempotencyKey }) =>
  upsert({ ctx, input: { ...body, externalId: params.externalId, idempotencyKey } }),
);
