import { and, eq, lt } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { apiRequestErrors } from "@/db/schema";

export type ApiErrorRecord = {
  method: string;
  path: string;
  status: number;
  code: string;
  message: string;
};

// A misbehaving integration can fail thousands of times a minute: the page needs examples, not
// every one, so each store gets a few rows a minute and rows older than the horizon are pruned.
const perMinute = 30;
const keepDays = 30;
const windows = new Map<string, { startedAt: number; count: number }>();

/** Best effort: never throws, so recording an error cannot turn into another error. */
export async function recordApiError(
  db: Executor,
  merchantId: string,
  record: ApiErrorRecord,
  now = new Date(),
) {
  if (!takeSlot(merchantId, now.getTime())) return;
  try {
    await db.insert(apiRequestErrors).values({
      merchantId,
      at: now,
      method: record.method,
      path: record.path.slice(0, 300),
      status: record.status,
      code: record.code,
      message: record.message.slice(0, 500),
    });
    if (Math.random() < 0.02) await pruneOldErrors(db, merchantId, now);
  } catch (error) {
    console.error("Could not record an API error", error);
  }
}

function takeSlot(merchantId: string, now: number) {
  const window = windows.get(merchantId);
  if (!window || now - window.startedAt >= 60_000) {
    if (windows.size >= 10_000) windows.clear();
    windows.set(merchantId, { startedAt: now, count: 1 });
    return true;
  }
  window.count += 1;
  return window.count <= perMinute;
}

async function pruneOldErrors(db: Executor, merchantId: string, now: Date) {
  const horizon = new Date(now.getTime() - keepDays * 86_400_000);
  await db
    .delete(apiRequestErrors)
    .where(and(eq(apiRequestErrors.merchantId, merchantId), lt(apiRequestErrors.at, horizon)));
}
