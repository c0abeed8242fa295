import { describeMemberByCard } from "@/server/services/integration/describe-member";
import { getMemberByCard } from "../contract/members";
import { secretEndpoint } from "../secret-endpoint";

export const GET = secretEndpoint(getMemberByCard, ({ ctx, params }) =>
  describeMemberByCard({ ctx, cardNumber: params.cardNumber }),
);
