import "server-only";
import { readFileSync } from "node:fs";
import { type DemoStoreCredentials, demoStoreFile } from "@/db/seed/demo-store-file";
import { KopilkaClient } from "@/sdk/node/kopilka-client";
import { env } from "@/server/env";

/** The demo buyer's id in the shop (the `sub` of their token) and how the shop knows them. */
export const demoBuyer = {
  id: "demo-buyer",
  name: "Ирина Смирнова",
  email: "buyer@demo.kopilka.dev",
} as const;

export class DemoStoreNotReady extends Error {}

/** The shop's configuration, as a real store keeps its KOPILKA_* settings. */
export function readDemoStore(): DemoStoreCredentials {
  try {
    return JSON.parse(readFileSync(demoStoreFile(env.DATA_DIR), "utf8")) as DemoStoreCredentials;
  } catch {
    throw new DemoStoreNotReady(
      "The demo store has no Kopilka credentials yet: start the app with SEED_DEMO=true",
    );
  }
}

/** Kopilka's REST API over HTTP with the shop's secret key, exactly as another server would call it. */
export function kopilkaFor(store: DemoStoreCredentials): KopilkaClient {
  return new KopilkaClient({ baseUrl: env.APP_URL, secretKey: store.secretKey, timeoutMs: 5_000 });
}
