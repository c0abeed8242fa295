import { createHash, randomBytes } from "node:crypto";

export type ApiKeyKind = "publishable" | "secret";
/** A partner's key lives with its partner (partners table), never among the store's own keys. */
export type KeyKind = ApiKeyKind | "partner";
const prefixes: Record<KeyKind, string> = { publishable: "pk_", secret: "sk_", partner: "ptk_" };

/** A key is its prefix + 32 random bytes; only its SHA-256 is needed to authenticate it. */
export function generateApiKey(kind: KeyKind): string {
  return `${prefixes[kind]}${randomBytes(32).toString("base64url")}`;
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export function kindOfKey(key: string): KeyKind | undefined {
  if (key.startsWith(prefixes.publishable)) return "publishable";
  if (key.startsWith(prefixes.secret)) return "secret";
  if (key.startsWith(prefixes.partner)) return "partner";
  return undefined;
}

/** What the admin may show after creation: enough to recognise the key, not to use it. */
export function maskApiKey(key: string): string {
  return `${key.slice(0, key.startsWith(prefixes.partner) ? 8 : 7)}…${key.slice(-4)}`;
}
