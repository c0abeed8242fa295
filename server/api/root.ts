import { accountRouter } from "./routers/account";
import { analyticsRouter } from "./routers/analytics";
import { auditRouter } from "./routers/audit";
import { campaignsRouter } from "./routers/campaigns";
import { clubRouter } from "./routers/club";
import { integrationRouter } from "./routers/integration";
import { jobsRouter } from "./routers/jobs";
import { memberImportsRouter } from "./routers/member-imports";
import { membersRouter } from "./routers/members";
import { merchantRouter } from "./routers/merchant";
import { onboardingRouter } from "./routers/onboarding";
import { ordersRouter } from "./routers/orders";
import { partnersRouter } from "./routers/partners";
import { programsRouter } from "./routers/programs";
import { referralsRouter } from "./routers/referrals";
import { simulationsRouter } from "./routers/simulations";
import { teamRouter } from "./routers/team";
import { webhooksRouter } from "./routers/webhooks";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  analytics: analyticsRouter,
  audit: auditRouter,
  campaigns: campaignsRouter,
  club: clubRouter,
  integration: integrationRouter,
  jobs: jobsRouter,
  memberImports: memberImportsRouter,
  members: membersRouter,
  merchant: merchantRouter,
  onboarding: onboardingRouter,
  orders: ordersRouter,
  partners: partnersRouter,
  programs: programsRouter,
  referrals: referralsRouter,
  simulations: simulationsRouter,
  team: teamRouter,
  webhooks: webhooksRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
