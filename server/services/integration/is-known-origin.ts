import { sql } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { integrationSettings } from "@/db/schema";

// A preflight carries no API key, so it can only ask "is this origin some store's?"; the real
// request then checks the origin against its own store's list.
const ttlMs = 60_000;
const maxEntries = 10_000;
const answers = new Map<string, { isKnown: boolean; expiresAt: number }>();

export async function isKnownOrigin(db: Executor, origin: string, now = Date.now()) {
  const cached = answers.get(origin);
  if (cached && cached.expiresAt > now) return cached.isKnown;
  const rows = await db
    .select({ merchantId: integrationSettings.merchantId })
    .from(integrationSettings)
    .where(sql`${origin} = any(${integrationSettings.allowedOrigins})`)
    .limit(1);
  if (answers.size >= maxEntries) answers.clear();
  answers.set(origin, { isKnown: rows.length > 0, expiresAt: now + ttlMs });
  return rows.length > 0;
}

export function forgetKnownOrigins() {
  answers.clear();
}
