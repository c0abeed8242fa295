import { SignJWT } from "jose";
import { openSecret } from "@/server/crypto/secret-box";
import type { ServiceContext } from "../context";
import { getIntegrationSettings } from "./get-integration-settings";

const previewLifetimeSeconds = 10 * 60;

/** A short-lived token for a made-up buyer, so the admin page can show the live widget. */
export async function signPreviewToken({
  ctx,
  now = new Date(),
}: {
  ctx: ServiceContext;
  now?: Date;
}) {
  const settings = await getIntegrationSettings(ctx.db, ctx.merchantId);
  const issuedAt = Math.floor(now.getTime() / 1000);
  const expiresAt = issuedAt + previewLifetimeSeconds;
  const token = await new SignJWT({ merchant: ctx.merchantId, name: "Preview buyer" })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject("preview-shopper")
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(new TextEncoder().encode(openSecret(settings.sealedTokenSecret)));
  return { token, expiresAt: new Date(expiresAt * 1000) };
}
