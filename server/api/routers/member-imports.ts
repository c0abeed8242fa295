import { importMembersJobName } from "@/server/jobs/import-members";
import { requestJobRun } from "@/server/jobs/request-job-run";
import {
  AddImportRowsInput,
  addImportRows,
} from "@/server/services/member-imports/add-import-rows";
import {
  CreateMemberImportInput,
  createMemberImport,
} from "@/server/services/member-imports/create-member-import";
import {
  getMemberImport,
  listMemberImports,
} from "@/server/services/member-imports/get-member-import";
import {
  MemberImportIdInput,
  startMemberImport,
} from "@/server/services/member-imports/start-member-import";
import { createTRPCRouter, merchantProcedure, merchantWriteProcedure } from "../trpc";

/** CSV imports: open (by file hash), upload rows in parts, start; the import-members job runs it. */
export const memberImportsRouter = createTRPCRouter({
  list: merchantProcedure.query(({ ctx }) => listMemberImports({ ctx })),
  get: merchantProcedure
    .input(MemberImportIdInput)
    .query(({ ctx, input }) => getMemberImport({ ctx, importId: input.importId })),
  create: merchantWriteProcedure
    .input(CreateMemberImportInput)
    .mutation(({ ctx, input }) => createMemberImport({ ctx, input })),
  addRows: merchantWriteProcedure
    .input(AddImportRowsInput)
    .mutation(({ ctx, input }) => addImportRows({ ctx, input })),
  start: merchantWriteProcedure.input(MemberImportIdInput).mutation(async ({ ctx, input }) => {
    const started = await startMemberImport({ ctx, input });
    const isQueuedNow = started.status === "queued" && requestJobRun(importMembersJobName);
    return { ...started, isQueuedNow };
  }),
});
