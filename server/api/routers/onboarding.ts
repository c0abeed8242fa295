import { getOnboarding } from "@/server/services/merchants/get-onboarding";
import { createTRPCRouter, merchantProcedure } from "../trpc";

export const onboardingRouter = createTRPCRouter({
  get: merchantProcedure.query(({ ctx }) => getOnboarding({ ctx })),
});
