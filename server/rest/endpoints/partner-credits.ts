import { creditPartnerPoints as credit } from "@/server/services/partners/credit-partner-points";
import { listPartnerCredits as list } from "@/server/services/partners/list-partner-credits";
import { creditPartnerPoints, listPartnerCredits } from "../contract/partners";
import { partnerEndpoint } from "../partner-endpoint";

export const POST = partnerEndpoint(creditPartnerPoints, ({ db, partner, body, idempotencyKey }) =>
  credit({ db, partner, input: { ...body, idempotencyKey } }),
);

export const GET = partnerEndpoint(listPartnerCredits, ({ db, partner, query }) =>
  list(db, partner, query),
);
