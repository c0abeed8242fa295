import path from "node:path";

/**
 * What the demo storefront's backend knows about its Kopilka account, like a real shop's
 * configuration: written once by the seed, read only by app/demo/api (docs/demo-store.md).
 */
export type DemoStoreCredentials = {
  merchantId: string;
  publishableKey: string;
  secretKey: string;
  tokenSecret: string;
};

export function demoStoreFile(dataDir: string): string {
  return path.join(dataDir, "demo-store.json");
}
