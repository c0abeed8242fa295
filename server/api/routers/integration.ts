import { z } from "zod";
import { CreateApiKeyInput, createApiKey } from "@/server/services/integration/create-api-key";
import { getIntegrationSettings } from "@/server/services/integration/get-integration-settings";
import { listApiKeys } from "@/server/services/integration/list-api-keys";
import { listRecentApiErrors } from "@/server/services/integration/list-recent-api-errors";
import { revealTokenSecret } from "@/server/services/integration/reveal-token-secret";
import { RevokeApiKeyInput, revokeApiKey } from "@/server/services/integration/revoke-api-key";
import { rotateTokenSecret } from "@/server/services/integration/rotate-token-secret";
import { signPreviewToken } from "@/server/services/integration/sign-preview-token";
import {
  UpdateIntegrationSettingsInput,
  updateIntegrationSettings,
} from "@/server/services/integration/update-integration-settings";
import {
  createTRPCRouter,
  merchantProcedure,
  merchantWriteProcedure,
  ownerProcedure,
} from "../trpc";

// The form sends "" for a cleared join link; the service stores that as no link.
const SettingsInput = UpdateIntegrationSettingsInput.extend({
  joinUrl: z.preprocess(
    (value) => (value === "" ? null : value),
    z
      .url({ protocol: /^https?$/, error: "Enter an http(s) link" })
      .nullable()
      .optional(),
  ),
});

export const integrationRouter = createTRPCRouter({
  keys: createTRPCRouter({
    list: merchantProcedure.query(({ ctx }) => listApiKeys({ ctx })),
    create: merchantWriteProcedure
      .input(CreateApiKeyInput)
      .mutation(({ ctx, input }) => createApiKey({ ctx, input })),
    revoke: merchantWriteProcedure
      .input(RevokeApiKeyInput)
      .mutation(({ ctx, input }) => revokeApiKey({ ctx, input })),
  }),
  settings: createTRPCRouter({
    get: merchantProcedure.query(async ({ ctx }) => {
      const { allowedOrigins, joinUrl } = await getIntegrationSettings(ctx.db, ctx.merchantId);
      return { merchantId: ctx.merchantId, allowedOrigins, joinUrl };
    }),
    update: merchantWriteProcedure
      .input(SettingsInput)
      .mutation(({ ctx, input }) => updateIntegrationSettings({ ctx, input })),
  }),
  tokenSecret: createTRPCRouter({
    reveal: merchantWriteProcedure.mutation(({ ctx }) => revealTokenSecret({ ctx })),
    rotate: ownerProcedure.mutation(({ ctx }) => rotateTokenSecret({ ctx })),
  }),
  errors: createTRPCRouter({
    recent: merchantProcedure.query(({ ctx }) => listRecentApiErrors({ ctx })),
  }),
  previewToken: merchantWriteProcedure.mutation(({ ctx }) => signPreviewToken({ ctx })),
});
