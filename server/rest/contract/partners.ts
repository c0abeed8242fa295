import { z } from "zod";
import { Points, Timestamp } from "./common";
import { defineOperation } from "./operation";

const MemberRef = z
  .union([
    z.object({ externalId: z.string().min(1).max(200) }),
    z.object({ email: z.string().max(320) }),
    z.object({ phone: z.string().max(40) }),
  ])
  .meta({
    description:
      "The store's id for the member, or an email or phone the store holds for exactly one member.",
  });

const Credit = z.object({
  id: z.string(),
  points: Points,
  reference: z.string().nullable(),
  at: Timestamp,
});

export const creditPartnerPoints = defineOperation({
  id: "creditPartnerPoints",
  method: "POST",
  path: "/partner/credits",
  tag: "Partners",
  summary: "Credit points to a member of the store (partner key)",
  description:
    "The points are available at once. A credit that would pass the partner's monthly cap is " +
    "422; a contact matching several members is 409; an unknown member 404. The member is " +
    "never described back.",
  auth: "partner",
  isIdempotent: true,
  body: z.object({
    member: MemberRef,
    points: z.number().int().min(1).max(1e9),
    reference: z.string().max(200).optional().meta({ description: "The partner's own reference." }),
  }),
  output: Credit,
  example: {
    body: { member: { email: "irina@example.com" }, points: 150, reference: "receipt 7781" },
    output: {
      id: "5c0f0e1e-8a53-4f0e-9d1c-3b8f8e2a7c11",
      points: 150,
      reference: "receipt 7781",
      at: "2026-11-23T12:00:00.000Z",
    },
  },
});

export const listPartnerCredits = defineOperation({
  id: "listPartnerCredits",
  method: "GET",
  path: "/partner/credits",
  tag: "Partners",
  summary: "The partner's own credits, newest first (partner key)",
  description: "Pass `nextBefore` back as `before` for the next page.",
  auth: "partner",
  isIdempotent: false,
  query: z.object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    before: z.iso.datetime().optional(),
  }),
  output: z.object({ credits: z.array(Credit), nextBefore: Timestamp.nullable() }),
  example: {
    query: { limit: "1" },
    output: {
      credits: [
        {
          id: "5c0f0e1e-8a53-4f0e-9d1c-3b8f8e2a7c11",
          points: 150,
          reference: "receipt 7781",
          at: "2026-11-23T12:00:00.000Z",
        },
      ],
      nextBefore: "2026-11-23T12:00:00.000Z",
    },
  },
});
