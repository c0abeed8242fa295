import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type Auth, createAuth } from "@/server/auth/auth";
import { authenticateApiKey } from "@/server/services/integration/authenticate-api-key";
import { getIntegrationSettings } from "@/server/services/integration/get-integration-settings";
import { listApiKeys } from "@/server/services/integration/list-api-keys";
import { revealTokenSecret } from "@/server/services/integration/reveal-token-secret";
import { signUpOwner } from "@/server/testing/staff-caller";
import { setUpTestDatabase } from "@/server/testing/test-database";
import type { DemoStoreCredentials } from "./demo-store-file";
import { provisionDemoStore } from "./provision-demo-store";

const database = setUpTestDatabase();
let auth: Auth;
beforeAll(() => {
  auth = createAuth(database.db);
});

const appUrl = "http://localhost:3000/";
const readFile = (dataDir: string) =>
  JSON.parse(readFileSync(path.join(dataDir, "demo-store.json"), "utf8")) as DemoStoreCredentials;

describe("provisionDemoStore", () => {
  it("gives the demo shop working keys, the token secret and the app's origin, once", async () => {
    const { merchantId } = await signUpOwner(database.db, auth);
    const dataDir = mkdtempSync(path.join(tmpdir(), "kopilka-demo-"));
    const first = await provisionDemoStore({ db: database.db, merchantId, dataDir, appUrl });

    const credentials = readFile(dataDir);
    expect(first.created).toBe(true);
    expect(credentials.merchantId).toBe(merchantId);
    expect(statSync(path.join(dataDir, "demo-store.json")).mode & 0o077).toBe(0);
    const db = database.db;
    expect(await authenticateApiKey(db, credentials.secretKey, "secret")).toMatchObject({
      merchantId,
    });
    expect(await authenticateApiKey(db, credentials.publishableKey, "publishable")).toMatchObject({
      merchantId,
    });
    const ctx = { merchantId, actor: { kind: "system" as const, label: "Test" }, db };
    expect((await revealTokenSecret({ ctx })).secret).toBe(credentials.tokenSecret);
    expect((await getIntegrationSettings(db, merchantId)).allowedOrigins).toEqual([
      "http://localhost:3000",
    ]);

    const again = await provisionDemoStore({ db, merchantId, dataDir, appUrl });
    expect(again.created).toBe(false);
    expect(readFile(dataDir)).toEqual(credentials);
    expect(await listApiKeys({ ctx })).toHaveLength(2);
    expect((await getIntegrationSettings(db, merchantId)).allowedOrigins).toHaveLength(1);
  });

  it("provisions again when the file belongs to another store", async () => {
    const { merchantId } = await signUpOwner(database.db, auth);
    const dataDir = mkdtempSync(path.join(tmpdir(), "kopilka-demo-"));
    writeFileSync(path.join(dataDir, "demo-store.json"), JSON.stringify({ merchantId: "old" }));
    const result = await provisionDemoStore({ db: database.db, merchantId, dataDir, appUrl });
    expect(result.created).toBe(true);
    expect(readFile(dataDir).merchantId).toBe(merchantId);
    expect(statSync(path.join(dataDir, "demo-store.json")).mode & 0o077).toBe(0);
  });
});
