import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";
import { DomainError } from "@/server/errors";
import type { ApiContext } from "./context";
import { internalErrorMessage, toTRPCError } from "./error-mapper";
import { resolveStaff } from "./resolve-staff";

const t = initTRPC.context<ApiContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const fieldErrors =
      cause instanceof ZodError
        ? z.flattenError(cause).fieldErrors
        : cause instanceof DomainError
          ? cause.fieldErrors
          : undefined;
    const isInternal = error.code === "INTERNAL_SERVER_ERROR";
    return {
      ...shape,
      message: cause instanceof ZodError ? "Please correct the highlighted fields" : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        fieldErrors: fieldErrors ?? null,
        ...(isInternal ? { message: internalErrorMessage } : {}),
      },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.code === "INTERNAL_SERVER_ERROR") {
    throw toTRPCError(result.error.cause ?? result.error);
  }
  return result;
});

export const publicProcedure = t.procedure.use(mapErrors);

const withSession = publicProcedure.use(async ({ ctx, next }) => {
  const session = await ctx.auth.api.getSession({ headers: ctx.headers });
  if (!session) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in" });
  return next({ ctx: { session } });
});

/** Signed-in user, no store needed (creating a store, listing own stores). */
export const userProcedure = withSession;

/** Session + the tenant chosen server-side from the session + the staff role in it. */
export const merchantProcedure = withSession.use(async ({ ctx, next }) => {
  const staff = await resolveStaff(ctx.db, ctx.session);
  return next({
    ctx: {
      merchantId: staff.merchantId,
      actor: {
        kind: "staff" as const,
        userId: staff.userId,
        role: staff.role,
        label: ctx.session.user.email,
      },
    },
  });
});

export const merchantWriteProcedure = merchantProcedure.use(({ ctx, next }) => {
  if (ctx.actor.role === "analyst") {
    throw new TRPCError({ code: "FORBIDDEN", message: "Your role can view but not change this" });
  }
  return next();
});

export const ownerProcedure = merchantProcedure.use(({ ctx, next }) => {
  if (ctx.actor.role !== "owner") {
    throw new TRPCError({ code: "FORBIDDEN", message: "Only the store owner can do this" });
  }
  return next();
});
