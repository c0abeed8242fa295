import { SignUpInput, signUpMerchant } from "@/server/services/accounts/sign-up-merchant";
import { createTRPCRouter, publicProcedure, userProcedure } from "../trpc";

export const accountRouter = createTRPCRouter({
  signUp: publicProcedure.input(SignUpInput).mutation(async ({ ctx, input }) => {
    const result = await signUpMerchant({ auth: ctx.auth, input });
    for (const cookie of result.headers.getSetCookie()) ctx.resHeaders.append("set-cookie", cookie);
    return { merchantId: result.merchantId };
  }),
  /** The signed-in user as the session knows them; no store needed. */
  me: userProcedure.query(({ ctx }) => ({
    id: ctx.session.user.id,
    name: ctx.session.user.name,
    email: ctx.session.user.email,
  })),
});
