// Plain constants (no drizzle) so the admin's client components can import them.
/** Events a store can subscribe to; `webhook.test` is sent only by the admin's "Send test". */
export const webhookEventTypes = [
  "member.created",
  "points.earned",
  "points.spent",
  "points.expired",
  "tier.changed",
  "order.refunded",
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];
export const webhookTestEventType = "webhook.test";

export const webhookDeliveryStatuses = ["queued", "succeeded", "failed"] as const;
export type WebhookDeliveryStatus = (typeof webhookDeliveryStatuses)[number];
