import { and, eq } from "drizzle-orm";
import { z } from "zod";
import {
  findConfigConflicts,
  hasBlockingConflict,
} from "@/components/programs/find-config-conflicts";
import { programVersions } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { Conflict } from "@/server/errors";
import type { ServiceContext } from "../context";
import { collectsBirthdays } from "./collects-birthdays";
import { lockProgram } from "./find-program";
import { parseProgramConfig } from "./program-config-input";
import { publishProgram } from "./publish-program";
import { syncActiveVersion } from "./sync-active-version";

export const PublishDraftInput = z.object({ programId: z.string().min(1) });

/**
 * Publishes the draft unless its settings conflict, then keeps a paused or scheduled program
 * off until it runs. Orders already priced keep their version: versions are immutable.
 */
export async function publishDraft({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: ServiceContext;
  input: z.infer<typeof PublishDraftInput>;
  now?: Date;
}) {
  const { programId } = PublishDraftInput.parse(input);
  return inTransaction(ctx.db, async (tx) => {
    await lockProgram(tx, ctx.merchantId, programId);
    const [draft] = await tx
      .select({ config: programVersions.config })
      .from(programVersions)
      .where(
        and(
          eq(programVersions.merchantId, ctx.merchantId),
          eq(programVersions.programId, programId),
          eq(programVersions.status, "draft"),
        ),
      );
    if (!draft) throw new Conflict("There is no draft to publish");
    const config = parseProgramConfig(draft.config);
    const conflicts = findConfigConflicts(config, {
      collectsBirthdays: await collectsBirthdays(tx, ctx.merchantId),
    });
    if (hasBlockingConflict(conflicts)) {
      const fieldErrors: Record<string, string[]> = {};
      for (const c of conflicts) {
        if (c.severity === "error") fieldErrors[c.path] = [...(fieldErrors[c.path] ?? []), c.code];
      }
      throw new Conflict("The program has conflicting settings", fieldErrors);
    }
    const published = await publishProgram({ ctx: { ...ctx, db: tx }, input: { programId }, now });
    const { after } = await syncActiveVersion(tx, ctx.merchantId, programId, now);
    return { ...published, isPricing: after !== null };
  });
}
