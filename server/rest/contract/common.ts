import { z } from "zod";
import { CartLine } from "@/server/engine";

export const errorCodes = [
  "BAD_REQUEST",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "PAYLOAD_TOO_LARGE",
  "UNPROCESSABLE_CONTENT",
  "TOO_MANY_REQUESTS",
  "INTERNAL_SERVER_ERROR",
] as const;

export const ErrorOutput = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string().meta({ description: "Plain words for a developer; safe to log." }),
    fieldErrors: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .meta({ description: "Messages per field path, e.g. `lines.0.unitPrice`." }),
  }),
});
export type ErrorOutput = z.infer<typeof ErrorOutput>;

export const ExternalId = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .meta({ description: "The store's own id for the customer." });
export const ExternalOrderId = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .meta({ description: "The store's own order number." });
export const CartId = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .meta({ description: "The cart's id; reserving the same cart again replaces the hold." });

export const MemberRef = z.object({ externalId: ExternalId });
export const OrderLines = z
  .array(CartLine)
  .min(1, { error: "An order has at least one line" })
  .max(1000);
export const PointsToSpend = z.number().int().min(0).max(1e12).default(0);
export const Points = z.number().int();
export const Money = z
  .number()
  .int()
  .meta({ description: "Integer minor units (kopecks, cents)." });
export const Timestamp = z.iso.datetime({ offset: true });
export const Reason = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.number(), z.string()])),
});
