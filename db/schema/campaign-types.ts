// Kept apart from the tables so client components can import them without drizzle.
export const campaignTriggers = [
  "welcome",
  "birthday",
  "expiring",
  "winback",
  "holiday",
  "tierUp",
  "tierDown",
  "manual",
] as const;
export type CampaignTrigger = (typeof campaignTriggers)[number];
export const messageChannels = ["email", "webhook"] as const;
export type MessageChannel = (typeof messageChannels)[number];
export const campaignStatuses = ["draft", "active", "paused"] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];
export const messageStatuses = ["queued", "sending", "sent", "failed", "skipped"] as const;
export type MessageStatus = (typeof messageStatuses)[number];

export type MessageTemplate = { subject: string; body: string };
/** One template per language; `second` is the firmer win-back step. */
export type CampaignTemplates = Record<"ru" | "en", MessageTemplate & { second?: MessageTemplate }>;
export type CampaignParams = {
  /** expiring: days before expiry; winback: days since the last order. */
  days?: number;
  /** winback: days after the first step before the firmer second one. */
  secondStepDays?: number;
  /** winback: personal bonus points credited with the message. */
  bonusPoints?: number;
  /** birthday: credit the program's birthday reward with the greeting. */
  isBirthdayRewarded?: boolean;
  /** holiday: "MM-DD", in the store's zone. */
  date?: string;
  /** manual: the members list filter (server/services/members/member-filter.ts). */
  filter?: Record<string, string | number>;
  /** Text for {{personalOffer}}. */
  offer?: string;
};
