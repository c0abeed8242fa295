import "server-only";
import { SignJWT } from "jose";
import type { DemoStoreCredentials } from "@/db/seed/demo-store-file";
import type { DemoCustomer } from "./demo-customers";

/** HS256 with the store's token secret, 15 minutes: what docs/integration.md step 4 asks for. */
export function signShopperToken(store: DemoStoreCredentials, buyer: DemoCustomer) {
  return new SignJWT({ merchant: store.merchantId, name: buyer.name, email: buyer.email })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(buyer.id)
    .setIssuedAt()
    .setExpirationTime("15m")
    .sign(new TextEncoder().encode(store.tokenSecret));
}
