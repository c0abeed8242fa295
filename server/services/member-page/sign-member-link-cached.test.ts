import { describe, expect, it } from "vitest";
import { env } from "@/server/env";
import { verifyMemberLinkToken } from "./member-link-token";
import { signMemberLinkCached } from "./sign-member-link-cached";

const start = new Date("2026-11-23T12:00:00Z");
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
const tokenOf = (url: string) => url.slice(url.lastIndexOf("/") + 1);

describe("signMemberLinkCached", () => {
  it("hands out the same link within the hour, a fresh one after, each valid for the member only", async () => {
    const first = await signMemberLinkCached({
      merchantId: "m1",
      memberId: "a",
      generation: 0,
      now: at(0),
    });
    expect(
      await signMemberLinkCached({ merchantId: "m1", memberId: "a", generation: 0, now: at(59) }),
    ).toEqual(first);
    const later = await signMemberLinkCached({
      merchantId: "m1",
      memberId: "a",
      generation: 0,
      now: at(61),
    });
    expect(later.url).not.toBe(first.url);
    expect(later.expiresAt).toBe(at(61 + 24 * 60).toISOString());

    const claims = await verifyMemberLinkToken({
      token: tokenOf(first.url),
      serverSecret: env.AUTH_SECRET,
      now: at(23 * 60 + 59),
    });
    expect(claims).toMatchObject({ merchantId: "m1", memberId: "a" });
  });

  it("never hands one member's or store's link to another", async () => {
    const a = await signMemberLinkCached({
      merchantId: "m1",
      memberId: "a",
      generation: 0,
      now: at(0),
    });
    const b = await signMemberLinkCached({
      merchantId: "m1",
      memberId: "b",
      generation: 0,
      now: at(0),
    });
    const other = await signMemberLinkCached({
      merchantId: "m2",
      memberId: "a",
      generation: 0,
      now: at(0),
    });
    expect(new Set([a.url, b.url, other.url]).size).toBe(3);
    const claims = await verifyMemberLinkToken({
      token: tokenOf(other.url),
      serverSecret: env.AUTH_SECRET,
      now: at(1),
    });
    expect(claims).toMatchObject({ merchantId: "m2", memberId: "a" });
  });

  it("signs a new link once the member's links are revoked", async () => {
    const before = await signMemberLinkCached({
      merchantId: "m1",
      memberId: "c",
      generation: 0,
      now: at(0),
    });
    const after = await signMemberLinkCached({
      merchantId: "m1",
      memberId: "c",
      generation: 1,
      now: at(1),
    });
    expect(after.url).not.toBe(before.url);
    const claims = await verifyMemberLinkToken({
      token: tokenOf(after.url),
      serverSecret: env.AUTH_SECRET,
      now: at(2),
    });
    expect(claims).toMatchObject({ memberId: "c", generation: 1 });
  });
});
