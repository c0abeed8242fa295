import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { organization } from "better-auth/plugins";
import type { Db } from "@/db/database";
import * as schema from "@/db/schema";
import { env } from "@/server/env";
import { queueEmail } from "@/server/services/email/queue-email";
import { accessControl } from "./roles";

export const minPasswordLength = 10;

/** better-auth over our own tables: users/sessions, and merchants as its "organizations". */
export function createAuth(db: Db) {
  return betterAuth({
    appName: "Kopilka",
    baseURL: env.APP_URL,
    secret: env.AUTH_SECRET,
    database: drizzleAdapter(db, { provider: "pg", schema }),
    user: { modelName: "users" },
    session: {
      modelName: "sessions",
      expiresIn: 60 * 60 * 24 * 7,
      updateAge: 60 * 60 * 24,
    },
    account: { modelName: "accounts" },
    verification: { modelName: "verifications" },
    rateLimit: {
      enabled: true,
      storage: "database",
      modelName: "rateLimits",
      window: 60,
      max: 200,
      customRules: {
        "/sign-in/email": { window: 60, max: env.SIGN_IN_ATTEMPTS_PER_MINUTE },
        "/request-password-reset": { window: 60, max: 5 },
      },
    },
    advanced: {
      ipAddress: { ipAddressHeaders: ["x-forwarded-for", "x-real-ip"] },
    },
    emailAndPassword: {
      enabled: true,
      minPasswordLength,
      maxPasswordLength: 128,
      resetPasswordTokenExpiresIn: 60 * 60,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, url }) => {
        await queueEmail(db, {
          to: user.email,
          kind: "password-reset",
          subject: "Kopilka: reset your password / сброс пароля",
          body: `Open this link to set a new password (valid 1 hour):\n${url}`,
          data: { url },
        });
      },
    },
    plugins: [
      organization({
        ...accessControl,
        creatorRole: "owner",
        invitationExpiresIn: 60 * 60 * 24 * 7,
        sendInvitationEmail: async ({ id, email, organization: merchant, inviter }) => {
          const url = `${env.APP_URL}/invite/${id}`;
          await queueEmail(db, {
            merchantId: merchant.id,
            to: email,
            kind: "invitation",
            subject: `Kopilka: ${inviter.user.name} invites you to ${merchant.name}`,
            body: `${inviter.user.name} invites you to manage "${merchant.name}" in Kopilka.\nAccept: ${url}`,
            data: { url, invitationId: id },
          });
        },
        schema: {
          session: { fields: { activeOrganizationId: "activeMerchantId" } },
          organization: {
            modelName: "merchants",
            additionalFields: {
              currency: { type: "string", required: false, defaultValue: "RUB" },
              timezone: { type: "string", required: false, defaultValue: "Europe/Moscow" },
              locale: { type: "string", required: false, defaultValue: "ru" },
            },
          },
          member: { modelName: "memberships", fields: { organizationId: "merchantId" } },
          invitation: { modelName: "invitations", fields: { organizationId: "merchantId" } },
        },
      }),
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
