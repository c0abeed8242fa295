import { and, eq, max } from "drizzle-orm";
import { z } from "zod";
import { programVersions } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import type { ServiceContext } from "../context";
import { lockProgram } from "./find-program";
import { parseProgramConfig } from "./program-config-input";

export const SaveDraftInput = z.object({ programId: z.string(), config: z.unknown() });
export type SaveDraftInput = z.infer<typeof SaveDraftInput>;

/** Edits the program's one draft, or opens a new draft after the latest published version. */
export async function saveProgramDraft({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: SaveDraftInput;
}) {
  const { programId, config } = SaveDraftInput.parse(input);
  const parsed = parseProgramConfig(config);
  return inTransaction(ctx.db, async (tx) => {
    await lockProgram(tx, ctx.merchantId, programId);
    const ofProgram = and(
      eq(programVersions.merchantId, ctx.merchantId),
      eq(programVersions.programId, programId),
    );
    const [draft] = await tx
      .update(programVersions)
      .set({ config: parsed })
      .where(and(ofProgram, eq(programVersions.status, "draft")))
      .returning({ id: programVersions.id, version: programVersions.version });
    if (draft) return { draftVersionId: draft.id, version: draft.version };
    const [latest] = await tx
      .select({ version: max(programVersions.version) })
      .from(programVersions)
      .where(ofProgram);
    const version = (latest?.version ?? 0) + 1;
    const [created] = await tx
      .insert(programVersions)
      .values({ merchantId: ctx.merchantId, programId, version, config: parsed })
      .returning({ id: programVersions.id });
    if (!created) throw new Error("Draft was not created");
    return { draftVersionId: created.id, version };
  });
}
