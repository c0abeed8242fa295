import { z } from "zod";
import { EndpointUrl } from "../webhooks/endpoint-input";

const Minute = z
  .number()
  .int()
  .min(0)
  .max(24 * 60 - 1);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => value || null)
    .nullable();

/** A password left out keeps the stored one; an empty string clears it. */
export const UpdateMessagingSettingsInput = z.object({
  smtpHost: optionalText(253),
  smtpPort: z.number().int().min(1).max(65_535),
  smtpSecure: z.boolean(),
  smtpUser: optionalText(320),
  smtpPassword: z.string().max(1000).optional(),
  fromAddress: z
    .string()
    .trim()
    .max(320)
    .refine((value) => value === "" || /^[^<>]*<?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>?$/.test(value), {
      error: 'Enter an address, e.g. shop@example.com or "Shop" <shop@example.com>',
    })
    .transform((value) => value || null)
    .nullable(),
  webhookUrl: EndpointUrl.or(z.literal("").transform(() => null)).nullable(),
  frequencyCap: z.number().int().min(1).max(100),
  frequencyWindowDays: z.number().int().min(1).max(90),
  quietStartMinute: Minute,
  quietEndMinute: Minute,
});
export type UpdateMessagingSettingsInput = z.input<typeof UpdateMessagingSettingsInput>;
