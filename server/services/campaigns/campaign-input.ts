import { z } from "zod";
import { campaignTriggers, messageChannels } from "@/db/schema/campaigns";

const Subject = z.string().trim().min(1, { error: "Write a subject" }).max(200);
const Body = z.string().trim().min(1, { error: "Write the message" }).max(10_000);
const Template = z.object({ subject: Subject, body: Body });
const LanguageTemplates = Template.extend({ second: Template.optional() });

export const CampaignParamsInput = z.object({
  days: z.number().int().min(1).max(3650).optional(),
  secondStepDays: z.number().int().min(1).max(3650).optional(),
  bonusPoints: z.number().int().min(0).max(1_000_000).optional(),
  isBirthdayRewarded: z.boolean().optional(),
  date: z
    .string()
    .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: "Use MM-DD, e.g. 03-08" })
    .optional(),
  filter: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  offer: z.string().trim().max(500).optional(),
});

const needs: Partial<Record<(typeof campaignTriggers)[number], "days" | "date">> = {
  expiring: "days",
  winback: "days",
  holiday: "date",
};

export const CampaignInput = z
  .object({
    name: z.string().trim().min(1, { error: "Name the campaign" }).max(200),
    trigger: z.enum(campaignTriggers),
    channel: z.enum(messageChannels).default("email"),
    isTransactional: z.boolean().default(false),
    params: CampaignParamsInput.default({}),
    templates: z.object({ ru: LanguageTemplates, en: LanguageTemplates }),
  })
  .superRefine((campaign, issue) => {
    const field = needs[campaign.trigger];
    if (field && campaign.params[field] === undefined) {
      issue.addIssue({
        code: "custom",
        path: ["params", field],
        message: field === "date" ? "Choose the date (MM-DD)" : "Choose the number of days",
      });
    }
  });
export type CampaignInput = z.input<typeof CampaignInput>;

export const CampaignId = z.object({ campaignId: z.uuid({ error: "Unknown campaign" }) });
export const UpdateCampaignInput = z.object({ campaignId: z.uuid(), campaign: CampaignInput });
