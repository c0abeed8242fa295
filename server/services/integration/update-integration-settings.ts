import { eq } from "drizzle-orm";
import { z } from "zod";
import { integrationSettings } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { normalizeOrigin } from "@/server/rest/cors";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { getIntegrationSettings } from "./get-integration-settings";
import { forgetKnownOrigins } from "./is-known-origin";
import { forgetApiClients } from "./resolve-api-client";

const Origin = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const origin = normalizeOrigin(value);
    if (!origin) ctx.addIssue({ code: "custom", message: `${value} is not an http(s) origin` });
    return origin ?? value;
  });

export const UpdateIntegrationSettingsInput = z.object({
  allowedOrigins: z.array(Origin).max(20, "At most 20 origins").optional(),
  joinUrl: z
    .url({ protocol: /^https?$/ })
    .nullable()
    .optional(),
});
export type UpdateIntegrationSettingsInput = z.input<typeof UpdateIntegrationSettingsInput>;

/** The widget's allowed origins and the guests' "join" link; takes effect on the next request. */
export async function updateIntegrationSettings({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: UpdateIntegrationSettingsInput;
}) {
  const { allowedOrigins, joinUrl } = UpdateIntegrationSettingsInput.parse(input);
  const saved = await inTransaction(ctx.db, async (tx) => {
    const before = await getIntegrationSettings(tx, ctx.merchantId);
    const after = {
      allowedOrigins: allowedOrigins ? [...new Set(allowedOrigins)] : before.allowedOrigins,
      joinUrl: joinUrl === undefined ? before.joinUrl : joinUrl,
    };
    await tx
      .update(integrationSettings)
      .set(after)
      .where(eq(integrationSettings.merchantId, ctx.merchantId));
    await recordAudit(tx, ctx.merchantId, ctx.actor, {
      action: "integration.updated",
      entity: "integration",
      entityId: ctx.merchantId,
      before: { allowedOrigins: before.allowedOrigins, joinUrl: before.joinUrl },
      after,
    });
    return after;
  });
  forgetApiClients({ merchantId: ctx.merchantId });
  forgetKnownOrigins();
  return saved;
}
