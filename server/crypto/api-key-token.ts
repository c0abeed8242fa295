import { createHash, randomBytes } from "node:crypto";

export type ApiKeyKind = "publishable" | "secret";
const prefixes: Record<ApiKeyKind, string> = { publishable: "pk_", secret: "sk_" };

/** A key is `pk_`/`sk_` + 32 random bytes; only its SHA-256 is needed to authenticate it. */
export function generateApiKey(kind: ApiKeyKind): string {
  return `${prefixes[kind]}${randomBytes(32).toString("base64url")}`;
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export function kindOfKey(key: string): ApiKeyKind | undefined {
  if (key.startsWith(prefixes.publishable)) return "publishable";
  if (key.startsWith(prefixes.secret)) return "secret";
  return undefined;
}

/** What the admin may show after creation: enough to recognise the key, not to use it. */
export function maskApiKey(key: string): string {
  return `${key.slice(0, 7)}…${key.slice(-4)}`;
}
