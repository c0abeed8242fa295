import { accountRouter } from "./routers/account";
import { analyticsRouter } from "./routers/analytics";
import { auditRouter } from "./routers/audit";
import { clubRouter } from "./routers/club";
import { integrationRouter } from "./routers/integration";
import { membersRouter } from "./routers/members";
import { merchantRouter } from "./routers/merchant";
import { onboardingRouter } from "./routers/onboarding";
import { ordersRouter } from "./routers/orders";
import { partnersRouter } from "./routers/partners";
import { programsRouter } from "./routers/programs";
import { simulationsRouter } from "./routers/simulations";
import { teamRouter } from "./routers/team";
import { webhooksRouter } from "./routers/webhooks";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  analytics: analyticsRouter,
  audit: auditRouter,
  club: clubRouter,
  integration: integrationRouter,
  members: membersRouter,
  merchant: merchantRouter,
  onboarding: onboardingRouter,
  orders: ordersRouter,
  partners: partnersRouter,
  programs: programsRouter,
  simulations: simulationsRouter,
  team: teamRouter,
  webhooks: webhooksRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
