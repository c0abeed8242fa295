import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { Unauthorized } from "@/server/errors";
import { verifyShopperToken } from "./verify-shopper-token";

const secret = "tsk_test_secret_that_is_long_enough_for_hs256";
const now = new Date("2026-11-23T12:00:00Z");
const nowSeconds = now.getTime() / 1000;

function sign(claims: Record<string, unknown>, key = secret, alg = "HS256") {
  return new SignJWT(claims).setProtectedHeader({ alg }).sign(new TextEncoder().encode(key));
}

const valid = { sub: "cust-42", merchant: "m1", exp: nowSeconds + 600, name: "Ирина" };

describe("verifyShopperToken", () => {
  it("accepts a fresh token for this store and returns the shopper", async () => {
    const shopper = await verifyShopperToken({
      token: await sign(valid),
      secret,
      merchantId: "m1",
      now,
    });
    expect(shopper).toEqual({ customerId: "cust-42", name: "Ирина" });
  });

  it.each([
    ["expired", { ...valid, exp: nowSeconds - 120 }, secret, "has expired"],
    ["another store's", { ...valid, merchant: "m2" }, secret, "another store"],
    ["signed with another secret", valid, "tsk_someone_elses_secret_of_enough_length", "invalid"],
    [
      "living longer than 15 minutes",
      { ...valid, exp: nowSeconds + 3600 },
      secret,
      "within 15 minutes",
    ],
    ["without a subject", { merchant: "m1", exp: nowSeconds + 60 }, secret, "invalid"],
  ])("rejects a token %s", async (_, claims, key, message) => {
    const token = await sign(claims, key);
    const attempt = verifyShopperToken({ token, secret, merchantId: "m1", now });
    await expect(attempt).rejects.toBeInstanceOf(Unauthorized);
    await expect(attempt).rejects.toThrow(message);
  });

  it("rejects a tampered payload and the none algorithm", async () => {
    const [header, , signature] = (await sign(valid)).split(".");
    const forgedPayload = Buffer.from(JSON.stringify({ ...valid, sub: "someone-else" })).toString(
      "base64url",
    );
    await expect(
      verifyShopperToken({
        token: `${header}.${forgedPayload}.${signature}`,
        secret,
        merchantId: "m1",
        now,
      }),
    ).rejects.toThrow("invalid");
    const unsigned = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from(JSON.stringify(valid)).toString("base64url")}.`;
    await expect(
      verifyShopperToken({ token: unsigned, secret, merchantId: "m1", now }),
    ).rejects.toThrow("invalid");
  });
});
