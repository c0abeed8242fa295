import { z } from "zod";
import { inTransaction } from "@/db/transaction";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { lockProgram } from "./find-program";
import { loadProgramState } from "./load-program-state";
import { syncActiveVersion } from "./sync-active-version";
import { upsertProgramState } from "./upsert-program-state";

export const ScheduleProgramInput = z
  .object({
    programId: z.string().min(1),
    startsAt: z.coerce.date().nullable(),
    endsAt: z.coerce.date().nullable(),
  })
  .refine((s) => !s.startsAt || !s.endsAt || s.endsAt > s.startsAt, {
    error: "The end must be after the start",
    path: ["endsAt"],
  });
export type ScheduleProgramInput = z.input<typeof ScheduleProgramInput>;

/**
 * Sets when the program runs (either end open). Takes effect now for the current moment;
 * the schedules job switches it on and off later.
 */
export async function scheduleProgram({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: ServiceContext;
  input: ScheduleProgramInput;
  now?: Date;
}) {
  const { programId, startsAt, endsAt } = ScheduleProgramInput.parse(input);
  return inTransaction(ctx.db, async (tx) => {
    await lockProgram(tx, ctx.merchantId, programId);
    const state = await loadProgramState(tx, ctx.merchantId, programId);
    await upsertProgramState(tx, ctx.merchantId, programId, { startsAt, endsAt });
    const sync = await syncActiveVersion(tx, ctx.merchantId, programId, now);
    await recordAudit(tx, ctx.merchantId, ctx.actor, {
      action: "program.scheduled",
      entity: "program",
      entityId: programId,
      before: {
        startsAt: state.startsAt?.toISOString() ?? null,
        endsAt: state.endsAt?.toISOString() ?? null,
      },
      after: { startsAt: startsAt?.toISOString() ?? null, endsAt: endsAt?.toISOString() ?? null },
    });
    return { startsAt, endsAt, isPricing: sync.after !== null };
  });
}
