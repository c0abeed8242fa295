import { listMemberHistory as listHistory } from "@/server/services/integration/list-member-history";
import { listMemberHistory } from "../contract/members";
import { secretEndpoint } from "../secret-endpoint";

export const GET = secretEndpoint(listMemberHistory, ({ ctx, params, query }) =>
  listHistory({ ctx, externalId: params.externalId, ...query }),
);
