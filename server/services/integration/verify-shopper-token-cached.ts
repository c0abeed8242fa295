import { decodeJwt } from "jose";
import { type Shopper, verifyShopperToken } from "./verify-shopper-token";

// The widget sends the same token with every quote of a visit: a token verified once with a
// store's secret is trusted again until it expires (or for a minute), never past either.
const ttlMs = 60_000;
const maxEntries = 20_000;
const verified = new Map<string, { shopper: Shopper; secret: string; usableUntil: number }>();

export async function verifyShopperTokenCached(args: {
  token: string;
  secret: string;
  merchantId: string;
  now?: Date;
}): Promise<Shopper> {
  const now = (args.now ?? new Date()).getTime();
  const key = `${args.merchantId}\u0000${args.token}`;
  const cached = verified.get(key);
  if (cached && cached.secret === args.secret && now < cached.usableUntil) return cached.shopper;
  const shopper = await verifyShopperToken(args);
  const expiresAt = (decodeJwt(args.token).exp ?? 0) * 1000;
  if (verified.size >= maxEntries) verified.clear();
  verified.set(key, {
    shopper,
    secret: args.secret,
    usableUntil: Math.min(now + ttlMs, expiresAt),
  });
  return shopper;
}
