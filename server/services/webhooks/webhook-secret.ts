import { randomBytes } from "node:crypto";

/** The signing secret the store keeps; we keep it sealed (server/crypto/secret-box.ts). */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64url")}`;
}
