import { z } from "zod";
import { memberActions } from "@/db/schema/action-rewards";
import { ledgerKinds } from "@/db/schema/ledger";
import { emailField } from "@/server/validation/email-field";
import { ExternalId, Money, Points, Timestamp } from "./common";
import { exampleHistory, exampleMember, exampleProfile } from "./examples";
import { defineOperation } from "./operation";
import { ReferralJoin, ReferralSignUp } from "./referrals";

const MemberPath = z.object({ externalId: ExternalId });
const memberPath = { externalId: "cust-42" };

export const MemberProfileInput = z.object({
  name: z.string().trim().max(200).nullable().optional(),
  email: emailField().nullable().optional(),
  phone: z.string().trim().max(40).nullable().optional(),
  birthday: z.iso.date().nullable().optional(),
  ...ReferralSignUp,
  emailConsent: z.boolean().optional().meta({
    description: "Marketing email consent; campaigns email only members who gave it.",
  }),
  smsConsent: z.boolean().optional().meta({
    description: "Marketing SMS/messenger consent, for the message webhook channel.",
  }),
  consentSource: z.string().trim().min(1).max(200).optional().meta({
    description: 'Where consent was given or withdrawn, e.g. "checkout checkbox". Default "api".',
  }),
});

export const MemberConsent = z.object({
  email: z.boolean(),
  emailAt: Timestamp.nullable(),
  emailSource: z.string().nullable(),
  sms: z.boolean(),
  smsAt: Timestamp.nullable(),
  smsSource: z.string().nullable(),
});

export const MemberProfile = z.object({
  externalId: z.string(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  birthday: z.iso.date().nullable(),
  isBlocked: z.boolean(),
  joinedAt: Timestamp,
  consent: MemberConsent.meta({
    description: "Marketing consent per channel; an unsubscribe link click withdraws it.",
  }),
});

export const MemberOutput = MemberProfile.extend({
  cardNumber: z.string().meta({
    description: "The loyalty card's number (12 digits): what the member page's QR code holds.",
  }),
  tier: z.object({ id: z.string(), name: z.string() }).nullable(),
  balance: z.object({
    available: Points,
    pending: Points.meta({ description: "Earned, not yet spendable (activation delay)." }),
    held: Points.meta({ description: "Set aside for reserved orders." }),
    spendable: Points.meta({ description: "What the member can pay with right now." }),
    cashback: Money,
    pendingCashback: Money,
    debt: Points,
  }),
  stats: z.object({
    ordersCount: z.number().int(),
    totalSpent: Money,
    firstOrderAt: Timestamp.nullable(),
    lastOrderAt: Timestamp.nullable(),
  }),
});

export const upsertMember = defineOperation({
  id: "upsertMember",
  method: "PUT",
  path: "/members/{externalId}",
  tag: "Members",
  summary: "Enroll a customer, or update their profile",
  description:
    "Fields left out stay as they are; `null` clears a field. A `referralCode` links the member " +
    "to the friend who invited them (see docs/referrals.md). A consent flag that changes records " +
    "when and from where (`consentSource`).",
  auth: "secret",
  isIdempotent: true,
  params: MemberPath,
  body: MemberProfileInput,
  output: z.object({ created: z.boolean(), member: MemberProfile, referral: ReferralJoin }),
  example: {
    params: memberPath,
    body: {
      name: "Ирина",
      email: "irina@example.com",
      birthday: "1990-04-12",
      referralCode: "K7M3QX9P",
      source: { ip: "203.0.113.7", deviceId: "d-5f2c" },
      emailConsent: true,
      consentSource: "checkout checkbox",
    },
    output: {
      created: true,
      member: exampleProfile,
      referral: { status: "waiting", blockReason: null, friendPoints: 300 },
    },
  },
});

export const getMember = defineOperation({
  id: "getMember",
  method: "GET",
  path: "/members/{externalId}",
  tag: "Members",
  summary: "A member's profile, tier and balances",
  auth: "secret",
  isIdempotent: false,
  params: MemberPath,
  output: MemberOutput,
  example: { params: memberPath, output: exampleMember },
});

export const HistoryEntry = z.object({
  id: z.number().int(),
  at: Timestamp,
  kind: z.enum(ledgerKinds),
  amount: Points,
  available: Points,
  pending: Points,
  held: Points,
  reason: z.string(),
  orderId: z.string().nullable().meta({ description: "The store's order number, if any." }),
});

export const listMemberHistory = defineOperation({
  id: "listMemberHistory",
  method: "GET",
  path: "/members/{externalId}/history",
  tag: "Members",
  summary: "The member's points history, newest first",
  description: "Pass `nextBefore` back as `before` for the next page.",
  auth: "secret",
  isIdempotent: false,
  params: MemberPath,
  query: z.object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    before: z.coerce.number().int().min(1).optional(),
  }),
  output: z.object({ entries: z.array(HistoryEntry), nextBefore: z.number().int().nullable() }),
  example: {
    params: memberPath,
    query: { limit: "2" },
    output: exampleHistory,
  },
});

export const adjustPoints = defineOperation({
  id: "adjustPoints",
  method: "POST",
  path: "/members/{externalId}/adjust",
  tag: "Members",
  summary: "Add or take away points by hand",
  description: "A negative amount takes the soonest-expiring points first.",
  auth: "secret",
  isIdempotent: true,
  params: MemberPath,
  body: z.object({
    amount: z
      .number()
      .int()
      .min(-1e12)
      .max(1e12)
      .refine((n) => n !== 0, { error: "Adjust by a non-zero amount" }),
    reason: z.string().trim().min(3, { error: "Say why the balance changes" }).max(500),
    expiresInDays: z.number().int().min(1).max(3650).optional(),
  }),
  output: z.object({ externalId: z.string(), amount: Points, available: Points, debt: Points }),
  example: {
    params: memberPath,
    body: { amount: 500, reason: "Apology for a late delivery", expiresInDays: 90 },
    output: { externalId: "cust-42", amount: 500, available: 1700, debt: 0 },
  },
});

export const rewardAction = defineOperation({
  id: "rewardAction",
  method: "POST",
  path: "/members/{externalId}/actions",
  tag: "Members",
  summary: "Credit the points for an action (sign-up, birthday, completed profile, review)",
  description:
    "Each action is rewarded once per member (a birthday once a year); a repeat credits 0 " +
    "and says `isRepeat`.",
  auth: "secret",
  isIdempotent: true,
  params: MemberPath,
  body: z.object({ action: z.enum(memberActions) }),
  output: z.object({
    externalId: z.string(),
    action: z.enum(memberActions),
    credited: Points,
    isRepeat: z.boolean(),
  }),
  example: {
    params: memberPath,
    body: { action: "review" },
    output: { externalId: "cust-42", action: "review", credited: 50, isRepeat: false },
  },
});

export const getMemberPageLink = defineOperation({
  id: "getMemberPageLink",
  method: "GET",
  path: "/members/{externalId}/page-link",
  tag: "Members",
  summary: "A signed link to the member's own page (balance, history, loyalty card)",
  description:
    "Whoever holds the link sees that member's page, with no password, until it expires: " +
    "send it only to the member (an email, the store's account page).",
  auth: "secret",
  isIdempotent: false,
  params: MemberPath,
  query: z.object({ expiresInDays: z.coerce.number().int().min(1).max(365).default(30) }),
  output: z.object({ externalId: z.string(), url: z.string(), expiresAt: Timestamp }),
  example: {
    params: memberPath,
    query: { expiresInDays: "30" },
    output: {
      externalId: "cust-42",
      url: "https://loyalty.example.com/m/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIuLi4ifQ.c2lnbmF0dXJl",
      expiresAt: "2026-12-23T12:00:00.000Z",
    },
  },
});

export const revokeMemberPageLinks = defineOperation({
  id: "revokeMemberPageLinks",
  method: "POST",
  path: "/members/{externalId}/page-link/revoke",
  tag: "Members",
  summary: "Revoke every link to the member's page handed out so far",
  description:
    "For a link that was forwarded or a phone that was lost: every earlier link, from the API, " +
    "the admin or the widget, stops working; links signed afterwards work.",
  auth: "secret",
  isIdempotent: true,
  params: MemberPath,
  output: z.object({ externalId: z.string(), revokedAt: Timestamp }),
  example: {
    params: memberPath,
    output: { externalId: "cust-42", revokedAt: "2026-11-23T12:00:00.000Z" },
  },
});

export const getMemberByCard = defineOperation({
  id: "getMemberByCard",
  method: "GET",
  path: "/cards/{cardNumber}",
  tag: "Members",
  summary: "The member whose loyalty card a cashier scanned or typed",
  description: "Spaces in the number are ignored.",
  auth: "secret",
  isIdempotent: false,
  params: z.object({
    cardNumber: z
      .string()
      .transform((text) => text.replace(/\s/g, ""))
      .pipe(z.string().regex(/^\d{12}$/, { error: "A card number is 12 digits" })),
  }),
  output: MemberOutput,
  example: { params: { cardNumber: "100000000042" }, output: exampleMember },
});
