import { z } from "zod";
import { inTransaction } from "@/db/transaction";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { createProgram } from "./create-program";
import { lockProgram } from "./find-program";
import { listVersions } from "./list-versions";
import { ProgramName } from "./program-config-input";

export const DuplicateProgramInput = z.object({ programId: z.string().min(1), name: ProgramName });

/** A new draft program with the settings of this one (its draft, else its latest version). */
export async function duplicateProgram({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: z.input<typeof DuplicateProgramInput>;
}) {
  const { programId, name } = DuplicateProgramInput.parse(input);
  return inTransaction(ctx.db, async (tx) => {
    await lockProgram(tx, ctx.merchantId, programId);
    const [latest] = await listVersions(tx, ctx.merchantId, programId);
    if (!latest) throw new Error("A program always has a version");
    const created = await createProgram({
      ctx: { ...ctx, db: tx },
      input: { name, config: latest.config },
    });
    await recordAudit(tx, ctx.merchantId, ctx.actor, {
      action: "program.duplicated",
      entity: "program",
      entityId: created.programId,
      before: { programId, version: latest.version },
      after: { programId: created.programId, name },
    });
    return created;
  });
}
