import type { Db } from "@/db/database";
import { merchants } from "@/db/schema";
import type { ServiceContext } from "@/server/services/context";
import { adjustPoints } from "@/server/services/members/adjust-points";
import { enrollMember } from "@/server/services/members/enroll-member";
import { createProgram } from "@/server/services/programs/create-program";
import { publishProgram } from "@/server/services/programs/publish-program";
import { benchProgram } from "./bench-program";
import { runConcurrently } from "./run-concurrently";

export const hotMember = "hot-member";
export const memberId = (i: number) => `member-${String(i).padStart(5, "0")}`;

/** A store, the program, `members` members with 5,000 points each and one very rich hot member. */
export async function setupStore(
  db: Db,
  members: number,
  clients: number,
): Promise<ServiceContext> {
  const ctx: ServiceContext = {
    merchantId: "bench-store",
    actor: { kind: "system", label: "bench" },
    db,
  };
  await db
    .insert(merchants)
    .values({ id: ctx.merchantId, name: "Bench store", slug: "bench-store" });
  const { programId } = await createProgram({
    ctx,
    input: { name: "Bench", config: benchProgram },
  });
  await publishProgram({ ctx, input: { programId } });
  const open = async (externalId: string, amount: number) => {
    await enrollMember({ ctx, input: { externalId, name: externalId } });
    const input = {
      idempotencyKey: `open-${externalId}`,
      member: { externalId },
      amount,
      reason: "opening balance",
    };
    await adjustPoints({ ctx, input });
  };
  await open(hotMember, 100_000_000);
  let next = 0;
  await runConcurrently(clients, async () => {
    while (next < members) await open(memberId(next++), 5_000);
  });
  return ctx;
}
