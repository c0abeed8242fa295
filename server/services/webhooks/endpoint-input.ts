import { z } from "zod";
import { webhookEventTypes } from "@/db/schema/webhooks";

export const EndpointUrl = z
  .url({ protocol: /^https?$/, error: "Enter an http(s) address, e.g. https://shop.example/hooks" })
  .max(2000);

export const EndpointEventTypes = z
  .array(z.enum(webhookEventTypes))
  .min(1, "Choose at least one event")
  .transform((types) => webhookEventTypes.filter((type) => types.includes(type)));

export const EndpointDescription = z.string().trim().max(200).default("");

export const EndpointId = z.object({ id: z.uuid("Unknown id") });
