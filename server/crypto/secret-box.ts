import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/server/env";

const version = "v1";

function boxKey(): Buffer {
  return Buffer.from(hkdfSync("sha256", env.AUTH_SECRET, "kopilka", "secret-box", 32));
}

/** AES-256-GCM for secrets we must read back (token signing, webhook signing). */
export function sealSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", boxKey(), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [version, iv, cipher.getAuthTag(), data]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

export function openSecret(sealed: string): string {
  const [tag, iv, authTag, data] = sealed.split(".");
  if (tag !== version || !iv || !authTag || !data) throw new Error("Unreadable sealed secret");
  const decipher = createDecipheriv("aes-256-gcm", boxKey(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(authTag, "base64url"));
  return Buffer.concat([
    decipher.update(Buffer.from(data, "base64url")),
    decipher.final(),
  ]).toString("utf8");
}
