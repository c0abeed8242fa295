import { ListAuditInput, listAudit } from "@/server/services/audit/list-audit";
import { createTRPCRouter, merchantProcedure } from "../trpc";

export const auditRouter = createTRPCRouter({
  list: merchantProcedure
    .input(ListAuditInput)
    .query(({ ctx, input }) => listAudit({ ctx, input })),
});
