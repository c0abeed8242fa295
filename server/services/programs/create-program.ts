import { z } from "zod";
import { programs, programVersions } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { ProgramName, parseProgramConfig } from "./program-config-input";

export const CreateProgramInput = z.object({ name: ProgramName, config: z.unknown() });
export type CreateProgramInput = z.infer<typeof CreateProgramInput>;

/** A new program starts as draft version 1; nothing prices orders with it until it is published. */
export async function createProgram({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CreateProgramInput;
}) {
  const { name, config } = CreateProgramInput.parse(input);
  const parsed = parseProgramConfig(config);
  return inTransaction(ctx.db, async (tx) => {
    const [program] = await tx
      .insert(programs)
      .values({ merchantId: ctx.merchantId, name })
      .returning();
    if (!program) throw new Error("Program was not created");
    const [draft] = await tx
      .insert(programVersions)
      .values({ merchantId: ctx.merchantId, programId: program.id, version: 1, config: parsed })
      .returning();
    if (!draft) throw new Error("Draft was not created");
    await recordAudit(tx, ctx.merchantId, ctx.actor, {
      action: "program.created",
      entity: "program",
      entityId: program.id,
      after: { name, version: 1 },
    });
    return { programId: program.id, draftVersionId: draft.id, version: 1 };
  });
}
