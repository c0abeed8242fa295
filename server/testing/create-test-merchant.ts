import { randomUUID } from "node:crypto";
import type { Executor } from "@/db/database";
import { merchants } from "@/db/schema";
import type { Actor, ServiceContext } from "@/server/services/context";

export const testActor: Actor = {
  kind: "staff",
  userId: "test-user",
  role: "owner",
  label: "Test Owner",
};

/** A fresh store per test, so tests never see each other's rows and never wipe tables. */
export async function createTestMerchant(db: Executor): Promise<ServiceContext> {
  const id = `m_${randomUUID()}`;
  await db.insert(merchants).values({ id, name: "Test store", slug: `test-${id}` });
  return { merchantId: id, actor: testActor, db };
}
