import {
  PartnerIdInput,
  revokePartnerKey,
  SetPartnerCapInput,
  setPartnerCap,
} from "@/server/services/partners/change-partner";
import { CreatePartnerInput, createPartner } from "@/server/services/partners/create-partner";
import { listPartners } from "@/server/services/partners/list-partners";
import {
  reportPartnerSettlement,
  SettlementInput,
} from "@/server/services/partners/report-partner-settlement";
import { createTRPCRouter, merchantProcedure, merchantWriteProcedure } from "../trpc";

export const partnersRouter = createTRPCRouter({
  list: merchantProcedure.query(({ ctx }) => listPartners({ ctx })),
  settlement: merchantProcedure
    .input(SettlementInput)
    .query(({ ctx, input }) => reportPartnerSettlement({ ctx, input })),
  create: merchantWriteProcedure
    .input(CreatePartnerInput)
    .mutation(({ ctx, input }) => createPartner({ ctx, input })),
  revokeKey: merchantWriteProcedure
    .input(PartnerIdInput)
    .mutation(({ ctx, input }) => revokePartnerKey({ ctx, input })),
  setCap: merchantWriteProcedure
    .input(SetPartnerCapInput)
    .mutation(({ ctx, input }) => setPartnerCap({ ctx, input })),
});
