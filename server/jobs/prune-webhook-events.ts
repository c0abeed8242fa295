import type { Db } from "@/db/database";
import { env } from "@/server/env";
import { pruneWebhookEvents } from "@/server/services/webhooks/prune-webhook-events";

/** Keeps webhook events and their delivery log for WEBHOOK_RETENTION_DAYS. */
export const pruneWebhookEventsJob = ({ db, now }: { db: Db; now: Date }) =>
  pruneWebhookEvents({ db, now, retentionDays: env.WEBHOOK_RETENTION_DAYS });
