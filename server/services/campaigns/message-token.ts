import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { env } from "@/server/env";

type Purpose = "unsubscribe" | "open";

function sign(purpose: Purpose, payload: string): string {
  const key = Buffer.from(hkdfSync("sha256", env.AUTH_SECRET, "kopilka", "message-links", 32));
  return createHmac("sha256", key).update(`${purpose}:${payload}`).digest("base64url").slice(0, 32);
}

/** A link token that works without sign-in: the parts, then an HMAC over them. */
export function signMessageToken(purpose: Purpose, parts: string[]): string {
  const payload = Buffer.from(parts.join("|")).toString("base64url");
  return `${payload}.${sign(purpose, payload)}`;
}

/** The parts, or null for a token that was altered or made for another purpose. */
export function readMessageToken(purpose: Purpose, token: string): string[] | null {
  const [payload, signature] = token.split(".");
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(purpose, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return Buffer.from(payload, "base64url").toString("utf8").split("|");
}
