import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { programs, programVersions } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { Conflict } from "@/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { lockProgram } from "./find-program";
import { parseProgramConfig } from "./program-config-input";

export const PublishProgramInput = z.object({ programId: z.string() });
export type PublishProgramInput = z.infer<typeof PublishProgramInput>;

/**
 * Freezes the draft into an immutable version and makes it the one new orders are priced with.
 * Orders already priced keep the version they recorded.
 */
export async function publishProgram({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: ServiceContext;
  input: PublishProgramInput;
  now?: Date;
}) {
  const { programId } = PublishProgramInput.parse(input);
  return inTransaction(ctx.db, async (tx) => {
    const program = await lockProgram(tx, ctx.merchantId, programId);
    const [draft] = await tx
      .select()
      .from(programVersions)
      .where(
        and(
          eq(programVersions.merchantId, ctx.merchantId),
          eq(programVersions.programId, programId),
          eq(programVersions.status, "draft"),
        ),
      );
    if (!draft) throw new Conflict("There is no draft to publish");
    parseProgramConfig(draft.config);
    await tx
      .update(programVersions)
      .set({ status: "published", publishedAt: now, publishedBy: ctx.actor.label })
      .where(and(eq(programVersions.merchantId, ctx.merchantId), eq(programVersions.id, draft.id)));
    await tx
      .update(programs)
      .set({ activeVersionId: draft.id, status: "active" })
      .where(and(eq(programs.merchantId, ctx.merchantId), eq(programs.id, programId)));
    await recordAudit(tx, ctx.merchantId, ctx.actor, {
      action: "program.published",
      entity: "program",
      entityId: programId,
      before: { versionId: program.activeVersionId },
      after: { versionId: draft.id, version: draft.version },
    });
    return { versionId: draft.id, version: draft.version, publishedAt: now.toISOString() };
  });
}
