import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { programs } from "@/db/schema";
import { NotFound } from "@/server/errors";
import { isUuid } from "../is-uuid";

/** Locks the program row: drafts and publishing of one program happen one at a time. */
export async function lockProgram(db: Executor, merchantId: string, programId: string) {
  if (!isUuid(programId)) throw new NotFound("Program not found");
  const [program] = await db
    .select()
    .from(programs)
    .where(and(eq(programs.merchantId, merchantId), eq(programs.id, programId)))
    .for("update");
  if (!program) throw new NotFound("Program not found");
  return program;
}
