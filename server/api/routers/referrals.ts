import { ListReferralsInput, listReferrals } from "@/server/services/referrals/list-referrals";
import { summarizeReferrals } from "@/server/services/referrals/summarize-referrals";
import { createTRPCRouter, merchantProcedure } from "../trpc";

export const referralsRouter = createTRPCRouter({
  summary: merchantProcedure.query(({ ctx }) => summarizeReferrals({ ctx })),
  list: merchantProcedure
    .input(ListReferralsInput)
    .query(({ ctx, input }) => listReferrals({ ctx, input })),
});
