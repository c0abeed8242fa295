import { z } from "zod";
import { collectsBirthdays } from "@/server/services/programs/collects-birthdays";
import { CreateProgramInput, createProgram } from "@/server/services/programs/create-program";
import { diffProgram } from "@/server/services/programs/diff-program";
import {
  DuplicateProgramInput,
  duplicateProgram,
} from "@/server/services/programs/duplicate-program";
import { getProgram, ProgramIdInput } from "@/server/services/programs/get-program";
import { listPrograms } from "@/server/services/programs/list-programs";
import { pauseProgram } from "@/server/services/programs/pause-program";
import { PublishDraftInput, publishDraft } from "@/server/services/programs/publish-draft";
import { RenameProgramInput, renameProgram } from "@/server/services/programs/rename-program";
import { resumeProgram } from "@/server/services/programs/resume-program";
import { SaveDraftInput, saveProgramDraft } from "@/server/services/programs/save-draft";
import { ScheduleProgramInput, scheduleProgram } from "@/server/services/programs/schedule-program";
import { createTRPCRouter, merchantProcedure, merchantWriteProcedure } from "../trpc";

export const programsRouter = createTRPCRouter({
  list: merchantProcedure.query(({ ctx }) => listPrograms({ ctx })),
  get: merchantProcedure
    .input(ProgramIdInput)
    .query(({ ctx, input }) => getProgram({ ctx, input })),
  diff: merchantProcedure
    .input(ProgramIdInput)
    .query(({ ctx, input }) => diffProgram({ ctx, input })),
  /** Facts the designer needs to explain conflicts (e.g. birthdays on file). */
  storeFacts: merchantProcedure.query(async ({ ctx }) => ({
    collectsBirthdays: (await collectsBirthdays(ctx.db, ctx.merchantId)) ?? null,
  })),
  create: merchantWriteProcedure
    .input(CreateProgramInput)
    .mutation(({ ctx, input }) => createProgram({ ctx, input })),
  saveDraft: merchantWriteProcedure
    .input(SaveDraftInput.extend({ programId: z.string().min(1) }))
    .mutation(({ ctx, input }) => saveProgramDraft({ ctx, input })),
  publish: merchantWriteProcedure
    .input(PublishDraftInput)
    .mutation(({ ctx, input }) => publishDraft({ ctx, input })),
  pause: merchantWriteProcedure
    .input(ProgramIdInput)
    .mutation(({ ctx, input }) => pauseProgram({ ctx, input })),
  resume: merchantWriteProcedure
    .input(ProgramIdInput)
    .mutation(({ ctx, input }) => resumeProgram({ ctx, input })),
  schedule: merchantWriteProcedure
    .input(ScheduleProgramInput)
    .mutation(({ ctx, input }) => scheduleProgram({ ctx, input })),
  duplicate: merchantWriteProcedure
    .input(DuplicateProgramInput)
    .mutation(({ ctx, input }) => duplicateProgram({ ctx, input })),
  rename: merchantWriteProcedure
    .input(RenameProgramInput)
    .mutation(({ ctx, input }) => renameProgram({ ctx, input })),
});
