import { z } from "zod";
import { ExternalId, Money, Timestamp } from "./common";
import { defineOperation } from "./operation";

export const payClubFee = defineOperation({
  id: "payClubFee",
  method: "POST",
  path: "/members/{externalId}/club-fee",
  tag: "Members",
  summary: "Record a paid club fee: the member joins the club, or renews for another term",
  description:
    "For a club joined by fee (program setting). An amount below the club's fee is refused; a " +
    "renewal starts where the current term ends. Name `programId` only if the store runs several clubs.",
  auth: "secret",
  isIdempotent: true,
  params: z.object({ externalId: ExternalId }),
  body: z.object({ amount: Money, programId: z.uuid().optional() }),
  output: z.object({
    externalId: z.string(),
    programId: z.string(),
    programName: z.string(),
    isRenewed: z.boolean(),
    endsAt: Timestamp.nullable().meta({ description: "End of the last term; null: no end." }),
  }),
  example: {
    params: { externalId: "cust-42" },
    body: { amount: 99_000 },
    output: {
      externalId: "cust-42",
      programId: "0b6f3c8e-6a53-4a3e-9b1f-2f7f0d9f6c11",
      programName: "Tea club",
      isRenewed: false,
      endsAt: "2027-11-23T12:00:00.000Z",
    },
  },
});
