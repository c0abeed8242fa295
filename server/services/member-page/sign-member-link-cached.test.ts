import { describe, expect, it } from "vitest";
import { env } from "@/server/env";
import { verifyMemberLinkToken } from "./member-link-token";
import { signMemberLinkCached } from "./sign-member-link-cached";

const start = new Date("2026-11-23T12:00:00Z");
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
const sign = (merchantId: string, memberId: string, minutes: number, generation = 0) =>
  signMemberLinkCached({ merchantId, memberId, generation, now: at(minutes) });
const claimsOf = (url: string, minutes: number) =>
  verifyMemberLinkToken({
    token: url.slice(url.lastIndexOf("/") + 1),
    serverSecret: env.AUTH_SECRET,
    now: at(minutes),
  });

describe("signMemberLinkCached", () => {
  it("hands out the same link within the hour, a fresh one after, each valid for the member only", async () => {
    const first = await sign("m1", "a", 0);
    expect(await sign("m1", "a", 59)).toEqual(first);
    const later = await sign("m1", "a", 61);
    expect(later.url).not.toBe(first.url);
    expect(later.expiresAt).toBe(at(61 + 24 * 60).toISOString());
    expect(await claimsOf(first.url, 23 * 60 + 59)).toMatchObject({
      merchantId: "m1",
      memberId: "a",
    });
  });

  it("never hands one member's or store's link to another", async () => {
    const a = await sign("m1", "a", 0);
    const b = await sign("m1", "b", 0);
    const other = await sign("m2", "a", 0);
    expect(new Set([a.url, b.url, other.url]).size).toBe(3);
    expect(await claimsOf(other.url, 1)).toMatchObject({ merchantId: "m2", memberId: "a" });
  });

  it("signs a new link once the member's links are revoked", async () => {
    const before = await sign("m1", "c", 0);
    const after = await sign("m1", "c", 1, 1);
    expect(after.url).not.toBe(before.url);
    expect(await claimsOf(after.url, 2)).toMatchObject({ memberId: "c", generation: 1 });
  });
});
