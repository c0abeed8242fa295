import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { Unauthorized } from "@/server/errors";
import { verifyShopperTokenCached } from "./verify-shopper-token-cached";

const secret = "tsk_cached_test_secret_long_enough_for_hs256";
const start = new Date("2026-11-23T12:00:00Z");
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);

function sign(expiresInSeconds: number, key = secret) {
  return new SignJWT({
    sub: "cust-1",
    merchant: "m1",
    exp: start.getTime() / 1000 + expiresInSeconds,
  })
    .setProtectedHeader({ alg: "HS256" })
    .sign(new TextEncoder().encode(key));
}

describe("verifyShopperTokenCached", () => {
  it("trusts a verified token again, but never past its expiry", async () => {
    const token = await sign(90);
    const call = (now: Date, key = secret) =>
      verifyShopperTokenCached({ token, secret: key, merchantId: "m1", now });
    expect(await call(at(0))).toEqual({ customerId: "cust-1" });
    expect(await call(at(59))).toEqual({ customerId: "cust-1" });
    await expect(call(at(200))).rejects.toBeInstanceOf(Unauthorized);
  });

  it("does not carry a verification over to another secret or store", async () => {
    const token = await sign(600);
    await verifyShopperTokenCached({ token, secret, merchantId: "m1", now: at(0) });
    const rotated = verifyShopperTokenCached({
      token,
      secret: "tsk_rotated_secret_of_the_store_long_enough",
      merchantId: "m1",
      now: at(1),
    });
    await expect(rotated).rejects.toThrow("invalid");
    const elsewhere = verifyShopperTokenCached({ token, secret, merchantId: "m2", now: at(1) });
    await expect(elsewhere).rejects.toThrow("another store");
  });
});
