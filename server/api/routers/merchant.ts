import { z } from "zod";
import { MerchantSettingsInput } from "@/server/services/accounts/merchant-settings-input";
import { createMerchant } from "@/server/services/merchants/create-merchant";
import { getMerchant } from "@/server/services/merchants/get-merchant";
import { listMyMerchants } from "@/server/services/merchants/list-my-merchants";
import { switchMerchant } from "@/server/services/merchants/switch-merchant";
import {
  UpdateMerchantSettingsInput,
  updateMerchantSettings,
} from "@/server/services/merchants/update-merchant-settings";
import {
  createTRPCRouter,
  merchantProcedure,
  merchantWriteProcedure,
  userProcedure,
} from "../trpc";

export const merchantRouter = createTRPCRouter({
  current: merchantProcedure.query(async ({ ctx }) => ({
    ...(await getMerchant({ ctx })),
    role: ctx.actor.role,
  })),
  mine: userProcedure.query(({ ctx }) =>
    listMyMerchants({ db: ctx.db, userId: ctx.session.user.id }),
  ),
  create: userProcedure
    .input(MerchantSettingsInput)
    .mutation(({ ctx, input }) => createMerchant({ auth: ctx.auth, headers: ctx.headers, input })),
  switch: userProcedure
    .input(z.object({ merchantId: z.string().min(1) }))
    .mutation(({ ctx, input }) =>
      switchMerchant({ auth: ctx.auth, headers: ctx.headers, merchantId: input.merchantId }),
    ),
  updateSettings: merchantWriteProcedure
    .input(UpdateMerchantSettingsInput)
    .mutation(({ ctx, input }) => updateMerchantSettings({ ctx, input })),
});
