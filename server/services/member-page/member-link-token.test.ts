import { createHmac } from "node:crypto";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { Unauthorized } from "@/server/errors";
import { MemberLinkExpired, signMemberLinkToken, verifyMemberLinkToken } from "./member-link-token";

const serverSecret = "s".repeat(40);
const now = new Date("2026-11-23T12:00:00Z");
const claims = {
  merchantId: "m_1",
  memberId: "6f1d2c3b-0000-4000-8000-000000000001",
  expiresAt: new Date("2026-12-23T12:00:00Z"),
  generation: 3,
};

describe("member link token", () => {
  it("opens for the member and store it was signed for, until it expires", async () => {
    const token = await signMemberLinkToken({ ...claims, serverSecret });
    expect(await verifyMemberLinkToken({ token, serverSecret, now })).toEqual(claims);
    await expect(
      verifyMemberLinkToken({ token, serverSecret, now: new Date("2026-12-24T00:00:00Z") }),
    ).rejects.toBeInstanceOf(MemberLinkExpired);
  });

  it("reads a link signed before generations existed as generation 0", async () => {
    const key = createHmac("sha256", serverSecret).update("kopilka member page link v1").digest();
    const old = await new SignJWT({ merchant: claims.merchantId })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(claims.memberId)
      .setAudience("kopilka:member-page")
      .setExpirationTime(Math.floor(claims.expiresAt.getTime() / 1000))
      .sign(key);
    expect(await verifyMemberLinkToken({ token: old, serverSecret, now })).toEqual({
      ...claims,
      generation: 0,
    });
  });

  it("refuses a tampered payload (a bumped generation), another secret, and junk", async () => {
    const token = await signMemberLinkToken({ ...claims, serverSecret });
    const [header, payload, signature] = token.split(".");
    const forged = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload ?? "", "base64url").toString()),
        gen: 4,
      }),
    ).toString("base64url");
    for (const bad of [
      `${header}.${forged}.${signature}`,
      await signMemberLinkToken({ ...claims, serverSecret: "t".repeat(40) }),
      "not-a-token",
    ]) {
      const error = await verifyMemberLinkToken({ token: bad, serverSecret, now }).catch((e) => e);
      expect(error).toBeInstanceOf(Unauthorized);
      expect(error).not.toBeInstanceOf(MemberLinkExpired);
    }
  });
});
