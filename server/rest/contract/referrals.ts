import { z } from "zod";
import { referralBlockReasons, referralStatuses } from "@/db/schema/referrals";
import { ExternalId, Points } from "./common";
import { defineOperation } from "./operation";

export const ReferralSignUp = {
  referralCode: z
    .string()
    .trim()
    .min(4)
    .max(40)
    .optional()
    .meta({ description: "The code the buyer arrived with (the `ref` link parameter, or typed)." }),
  source: z
    .object({
      ip: z.string().trim().min(1).max(64).optional(),
      deviceId: z.string().trim().min(1).max(200).optional(),
    })
    .optional()
    .meta({
      description:
        "Where the sign-up came from; read only by the referral checks (bursts, devices).",
    }),
};

export const ReferralJoin = z
  .object({
    status: z.enum(referralStatuses),
    blockReason: z.enum(referralBlockReasons).nullable(),
    friendPoints: Points.meta({ description: "The welcome bonus credited to the new member." }),
  })
  .nullable()
  .meta({
    description: "Set when a referral code was sent and a referral program runs; null otherwise.",
  });

export const PayerPrints = z
  .object({
    paymentFingerprint: z.string().trim().min(1).max(200).optional(),
    deviceId: z.string().trim().min(1).max(200).optional(),
  })
  .optional()
  .meta({
    description:
      "Opaque ids of the payer's card (e.g. the payment provider's card fingerprint) and device; " +
      "a friend's order paid with the referrer's card or device earns the referrer nothing.",
  });

export const MemberReferral = z.object({
  externalId: z.string(),
  code: z.string(),
  link: z
    .string()
    .nullable()
    .meta({ description: "The store's landing page with `?ref=CODE`; null until one is set." }),
  friends: z.object({
    joined: z.number().int(),
    rewarded: z.number().int(),
    waiting: z.number().int(),
  }),
  pointsEarned: Points,
});

export const getMemberReferral = defineOperation({
  id: "getMemberReferral",
  method: "GET",
  path: "/members/{externalId}/referral",
  tag: "Members",
  summary: "The member's referral code and link, and how their invitations went",
  description: "The code is made on first request and never changes.",
  auth: "secret",
  isIdempotent: false,
  params: z.object({ externalId: ExternalId }),
  output: MemberReferral,
  example: {
    params: { externalId: "cust-42" },
    output: {
      externalId: "cust-42",
      code: "K7M3QX9P",
      link: "https://shop.example/welcome?ref=K7M3QX9P",
      friends: { joined: 3, rewarded: 1, waiting: 2 },
      pointsEarned: 500,
    },
  },
});
