import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { programs } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { lockProgram } from "./find-program";
import { ProgramName } from "./program-config-input";

export const RenameProgramInput = z.object({ programId: z.string().min(1), name: ProgramName });

export async function renameProgram({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: z.input<typeof RenameProgramInput>;
}) {
  const { programId, name } = RenameProgramInput.parse(input);
  return inTransaction(ctx.db, async (tx) => {
    const program = await lockProgram(tx, ctx.merchantId, programId);
    if (program.name === name) return { name };
    await tx
      .update(programs)
      .set({ name })
      .where(and(eq(programs.merchantId, ctx.merchantId), eq(programs.id, programId)));
    await recordAudit(tx, ctx.merchantId, ctx.actor, {
      action: "program.renamed",
      entity: "program",
      entityId: programId,
      before: { name: program.name },
      after: { name },
    });
    return { name };
  });
}
