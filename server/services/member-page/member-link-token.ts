import { createHmac } from "node:crypto";
import { errors, jwtVerify, SignJWT } from "jose";
import { z } from "zod";
import { Unauthorized } from "@/server/errors";

const audience = "kopilka:member-page";
const clockSkewSeconds = 30;

const LinkClaims = z.object({
  sub: z.string().min(1),
  merchant: z.string().min(1),
  exp: z.number().int(),
  // Links signed before revocation existed carry none: they are generation 0.
  gen: z.number().int().min(0).default(0),
});
export type MemberLinkClaims = {
  merchantId: string;
  memberId: string;
  expiresAt: Date;
  /** The member's link generation at signing; the page opens only while it is still current. */
  generation: number;
};

/** Its own key, derived from the server secret, so a member link can never pass as anything else. */
function linkKey(serverSecret: string): Uint8Array {
  return createHmac("sha256", serverSecret).update("kopilka member page link v1").digest();
}

export async function signMemberLinkToken({
  merchantId,
  memberId,
  expiresAt,
  generation,
  serverSecret,
}: MemberLinkClaims & { serverSecret: string }): Promise<string> {
  return new SignJWT({ merchant: merchantId, gen: generation })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(memberId)
    .setAudience(audience)
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(linkKey(serverSecret));
}

/** HS256 with the member-page key and audience only; a tampered or expired link says which. */
export async function verifyMemberLinkToken({
  token,
  serverSecret,
  now = new Date(),
}: {
  token: string;
  serverSecret: string;
  now?: Date;
}): Promise<MemberLinkClaims> {
  let payload: unknown;
  try {
    ({ payload } = await jwtVerify(token, linkKey(serverSecret), {
      algorithms: ["HS256"],
      audience,
      currentDate: now,
      clockTolerance: clockSkewSeconds,
      requiredClaims: ["sub", "exp"],
    }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw new MemberLinkExpired("The link has expired");
    throw new Unauthorized("The link is invalid");
  }
  const claims = LinkClaims.safeParse(payload);
  if (!claims.success) throw new Unauthorized("The link is invalid");
  return {
    merchantId: claims.data.merchant,
    memberId: claims.data.sub,
    expiresAt: new Date(claims.data.exp * 1000),
    generation: claims.data.gen,
  };
}

export class MemberLinkExpired extends Unauthorized {}

/** A link signed before the store revoked the member's links. */
export class MemberLinkRevoked extends Unauthorized {}
