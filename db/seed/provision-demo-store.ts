import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { normalizeOrigin } from "@/server/rest/cors";
import type { ServiceContext } from "@/server/services/context";
import { createApiKey } from "@/server/services/integration/create-api-key";
import { getIntegrationSettings } from "@/server/services/integration/get-integration-settings";
import { revealTokenSecret } from "@/server/services/integration/reveal-token-secret";
import { updateIntegrationSettings } from "@/server/services/integration/update-integration-settings";
import type { Db } from "../database";
import { type DemoStoreCredentials, demoStoreFile } from "./demo-store-file";

/**
 * Gives the demo storefront what a store's developer would set up on the Integration page: a
 * publishable and a secret key, the token-signing secret, and the app's origin allowed for the
 * widget. Keys are made once per data folder; the origin is re-checked on every start.
 */
export async function provisionDemoStore({
  db,
  merchantId,
  dataDir,
  appUrl,
}: {
  db: Db;
  merchantId: string;
  dataDir: string;
  appUrl: string;
}) {
  const ctx: ServiceContext = { merchantId, actor: { kind: "system", label: "Demo store" }, db };
  const origin = normalizeOrigin(appUrl);
  const settings = await getIntegrationSettings(db, merchantId);
  if (origin && !settings.allowedOrigins.includes(origin)) {
    await updateIntegrationSettings({
      ctx,
      input: { allowedOrigins: [...settings.allowedOrigins, origin] },
    });
  }

  const file = demoStoreFile(dataDir);
  if (readMerchantId(file) === merchantId) return { created: false };
  const publishable = await createApiKey({
    ctx,
    input: { kind: "publishable", name: "Demo storefront (/demo)" },
  });
  const secret = await createApiKey({
    ctx,
    input: { kind: "secret", name: "Demo storefront backend" },
  });
  const { secret: tokenSecret } = await revealTokenSecret({ ctx });
  const credentials: DemoStoreCredentials = {
    merchantId,
    publishableKey: publishable.key,
    secretKey: secret.key,
    tokenSecret,
  };
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  // The mode above only applies to a new file; an old one may have been readable by others.
  chmodSync(file, 0o600);
  return { created: true };
}

function readMerchantId(file: string): string | null {
  if (!existsSync(file)) return null;
  try {
    return (
      (JSON.parse(readFileSync(file, "utf8")) as Partial<DemoStoreCredentials>).merchantId ?? null
    );
  } catch {
    return null;
  }
}
