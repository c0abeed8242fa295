import type { Executor } from "@/db/database";
import { programStates } from "@/db/schema";

type StateChange = Partial<{
  startsAt: Date | null;
  endsAt: Date | null;
  pausedAt: Date | null;
  pausedBy: string | null;
}>;

export async function upsertProgramState(
  db: Executor,
  merchantId: string,
  programId: string,
  change: StateChange,
) {
  await db
    .insert(programStates)
    .values({ merchantId, programId, ...change })
    .onConflictDoUpdate({
      target: [programStates.merchantId, programStates.programId],
      set: change,
    });
}
