import { errors, jwtVerify } from "jose";
import { z } from "zod";
import { Unauthorized } from "@/server/errors";

const maxLifetimeSeconds = 15 * 60;
const clockSkewSeconds = 30;

const ShopperClaims = z.object({
  sub: z.string().min(1).max(200),
  merchant: z.string().min(1),
  exp: z.number().int(),
  iat: z.number().int().optional(),
  name: z.string().max(200).optional(),
  email: z.email().optional(),
  phone: z.string().max(40).optional(),
  birthday: z.iso.date().optional(),
});
export type Shopper = {
  customerId: string;
  name?: string;
  email?: string;
  phone?: string;
  birthday?: string;
};

/** HS256 only, signed with the store's token secret, for this store, living ≤ 15 minutes. */
export async function verifyShopperToken({
  token,
  secret,
  merchantId,
  now = new Date(),
}: {
  token: string;
  secret: string;
  merchantId: string;
  now?: Date;
}): Promise<Shopper> {
  let payload: unknown;
  try {
    ({ payload } = await jwtVerify(token, await verificationKey(secret), {
      algorithms: ["HS256"],
      currentDate: now,
      clockTolerance: clockSkewSeconds,
      requiredClaims: ["sub", "exp"],
    }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw new Unauthorized("The shopper token has expired");
    throw new Unauthorized("The shopper token is invalid");
  }
  const claims = ShopperClaims.safeParse(payload);
  if (!claims.success) throw new Unauthorized("The shopper token is missing required claims");
  if (claims.data.merchant !== merchantId)
    throw new Unauthorized("The shopper token is for another store");
  const nowSeconds = Math.floor(now.getTime() / 1000);
  if (claims.data.exp - nowSeconds > maxLifetimeSeconds + clockSkewSeconds) {
    throw new Unauthorized("The shopper token must expire within 15 minutes");
  }
  const { sub, name, email, phone, birthday } = claims.data;
  return { customerId: sub, name, email, phone, birthday };
}

// Importing the key is half the cost of a verification: each store secret is imported once.
const keys = new Map<string, Promise<CryptoKey>>();

function verificationKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    if (keys.size >= 1000) keys.clear();
    const raw = new TextEncoder().encode(secret);
    key = crypto.subtle.importKey("raw", raw, { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
    keys.set(secret, key);
  }
  return key;
}
