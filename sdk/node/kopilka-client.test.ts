import { describe, expect, it } from "vitest";
import type { z } from "zod";
import type * as club from "@/server/rest/contract/club";
import type * as guestOrders from "@/server/rest/contract/guest-orders";
import type * as members from "@/server/rest/contract/members";
import type * as orders from "@/server/rest/contract/orders";
import type * as partners from "@/server/rest/contract/partners";
import type * as referrals from "@/server/rest/contract/referrals";
import type * as widget from "@/server/rest/contract/widget";
import { buildOpenApi } from "@/server/rest/openapi/build-openapi";
import { KopilkaClient, KopilkaError } from "./kopilka-client";
import type * as sdk from "./types";

const document = buildOpenApi("https://kopilka.example/api/v1");
type Described = { operationId: string; parameters?: { $ref?: string }[] };
const described = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, op]) => ({ path, method, ...(op as Described) })),
);

type Sent = { method: string; url: URL; headers: Headers; body: unknown };

function recordingClient() {
  const sent: Sent[] = [];
  const client = new KopilkaClient({
    baseUrl: "https://kopilka.example/",
    secretKey: "sk_test",
    publishableKey: "pk_test",
    partnerKey: "ptk_test",
    fetch: async (input, init) => {
      const body = init?.body ? JSON.parse(String(init.body)) : undefined;
      sent.push({
        method: init?.method ?? "GET",
        url: new URL(String(input)),
        headers: new Headers(init?.headers),
        body,
      });
      return Response.json({});
    },
  });
  return { client, sent };
}

const key = { idempotencyKey: "key-1" };
const line = { sku: "TEA-1", unitPrice: 100, quantity: 1 };

/** One call per operation; the test below proves this table, the client and the document agree. */
const calls: Record<string, (client: KopilkaClient) => Promise<unknown>> = {
  upsertMember: (c) => c.upsertMember("cust-42", { name: "Ирина" }, key),
  getMember: (c) => c.getMember("cust-42"),
  listMemberHistory: (c) => c.listMemberHistory("cust-42", { limit: 2 }),
  adjustPoints: (c) => c.adjustPoints("cust-42", { amount: 5, reason: "gift" }, key),
  rewardAction: (c) => c.rewardAction("cust-42", { action: "review" }, key),
  getMemberReferral: (c) => c.getMemberReferral("cust-42"),
  getMemberPageLink: (c) => c.getMemberPageLink("cust-42", { expiresInDays: 30 }),
  revokeMemberPageLinks: (c) => c.revokeMemberPageLinks("cust-42", key),
  getMemberByCard: (c) => c.getMemberByCard("1000 0000 0042"),
  payClubFee: (c) => c.payClubFee("cust-42", { amount: 99_000 }, key),
  creditPartnerPoints: (c) =>
    c.creditPartnerPoints({ member: { email: "irina@example.com" }, points: 150 }, key),
  listPartnerCredits: (c) => c.listPartnerCredits({ limit: 1 }),
  quote: (c) => c.quote({ member: { externalId: "cust-42" }, lines: [line] }),
  reserveOrder: (c) =>
    c.reserveOrder({ member: { externalId: "cust-42" }, cartId: "c1", lines: [line] }, key),
  confirmOrder: (c) => c.confirmOrder("A-1001", { cartId: "c1" }, key),
  markOrderPaid: (c) => c.markOrderPaid("A-1001", {}, key),
  cancelOrder: (c) => c.cancelOrder("A-1001", key),
  refundOrder: (c) => c.refundOrder("A-1001", { amount: 100 }, key),
  recordGuestOrder: (c) =>
    c.recordGuestOrder(
      "A-2001",
      { customerRef: "c-1", amount: 100, paidAt: "2026-11-23T12:00:00Z" },
      key,
    ),
  refundGuestOrder: (c) => c.refundGuestOrder("A-2001", {}, key),
  widgetQuote: (c) =>
    c.widgetQuote({ cart: { currency: "RUB", lines: [line] } }, { shopperToken: "jwt" }),
  widgetReserve: (c) =>
    c.widgetReserve({ cart: { currency: "RUB", lines: [line] }, cartId: "ab".repeat(16) }),
};

describe("KopilkaClient against the OpenAPI document", () => {
  it("has exactly one method per operation", () => {
    const methods = Object.getOwnPropertyNames(KopilkaClient.prototype).filter(
      (name) => name !== "constructor",
    );
    const operationIds = described.map((op) => op.operationId);
    expect(methods.sort()).toEqual([...operationIds].sort());
    expect(Object.keys(calls).sort()).toEqual([...operationIds].sort());
  });

  it.each(described.map((op) => [op.operationId, op] as const))(
    "%s sends the documented method, path, key and Idempotency-Key",
    async (id, op) => {
      const { client, sent } = recordingClient();
      await calls[id]?.(client);
      const [request] = sent;
      expect(request?.method.toLowerCase()).toBe(op.method);
      const pattern = new RegExp(`^/api/v1${op.path.replace(/\{\w+\}/g, "[^/]+")}$`);
      expect(request?.url.pathname).toMatch(pattern);
      const isIdempotent = (op.parameters ?? []).some((p) => p.$ref?.endsWith("IdempotencyKey"));
      expect(request?.headers.get("idempotency-key")).toBe(isIdempotent ? "key-1" : null);
      const isWidget = op.path.startsWith("/widget/");
      expect(request?.headers.get("x-kopilka-key")).toBe(isWidget ? "pk_test" : null);
      const bearer = op.path.startsWith("/partner/") ? "Bearer ptk_test" : "Bearer sk_test";
      if (!isWidget) expect(request?.headers.get("authorization")).toBe(bearer);
    },
  );

  it("encodes ids in paths and throws typed errors", async () => {
    const client = new KopilkaClient({
      baseUrl: "https://kopilka.example",
      secretKey: "sk_test",
      fetch: async (input) => {
        expect(new URL(String(input)).pathname).toBe("/api/v1/members/a%2Fb%20c");
        return Response.json(
          { error: { code: "NOT_FOUND", message: "Member not found" } },
          { status: 404 },
        );
      },
    });
    const error = await client.getMember("a/b c").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KopilkaError);
    expect(error).toMatchObject({ status: 404, code: "NOT_FOUND", isRetryable: false });
  });
});

// The SDK's hand-written types must stay the contract's: tsc fails on this block if they drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Out<O extends { output: z.ZodType }> = z.output<O["output"]>;
type In<O extends { body: z.ZodType }> = z.input<O["body"]>;
it("keeps the SDK's types the contract's (tsc fails this file on drift)", () => {
  const checks: [
    Same<sdk.UpsertMemberResult, Out<typeof members.upsertMember>>,
    Same<sdk.MemberProfileInput, In<typeof members.upsertMember>>,
    Same<sdk.Member, Out<typeof members.getMember>>,
    Same<sdk.MemberHistory, Out<typeof members.listMemberHistory>>,
    Same<sdk.AdjustPointsInput, In<typeof members.adjustPoints>>,
    Same<sdk.AdjustPointsResult, Out<typeof members.adjustPoints>>,
    Same<sdk.RewardActionInput, In<typeof members.rewardAction>>,
    Same<sdk.RewardActionResult, Out<typeof members.rewardAction>>,
    Same<sdk.MemberReferral, Out<typeof referrals.getMemberReferral>>,
    Same<sdk.MemberPageLink, Out<typeof members.getMemberPageLink>>,
    Same<sdk.MemberPageLinksRevoked, Out<typeof members.revokeMemberPageLinks>>,
    Same<sdk.Member, Out<typeof members.getMemberByCard>>,
    Same<sdk.PayClubFeeInput, In<typeof club.payClubFee>>,
    Same<sdk.ClubFeeResult, Out<typeof club.payClubFee>>,
    Same<sdk.CreditPartnerPointsInput, In<typeof partners.creditPartnerPoints>>,
    Same<sdk.PartnerCredit, Out<typeof partners.creditPartnerPoints>>,
    Same<sdk.PartnerCredits, Out<typeof partners.listPartnerCredits>>,
    Same<sdk.QuoteInput, In<typeof orders.quote>>,
    Same<sdk.Quote, Out<typeof orders.quote>>,
    Same<sdk.ReserveOrderInput, In<typeof orders.reserveOrder>>,
    Same<sdk.Reservation, Out<typeof orders.reserveOrder>>,
    Same<sdk.ConfirmOrderInput, In<typeof orders.confirmOrder>>,
    Same<sdk.Order, Out<typeof orders.confirmOrder>>,
    Same<sdk.MarkOrderPaidInput, In<typeof orders.markOrderPaid>>,
    Same<sdk.Order, Out<typeof orders.cancelOrder>>,
    Same<sdk.RefundOrderInput, In<typeof orders.refundOrder>>,
    Same<sdk.Refund, Out<typeof orders.refundOrder>>,
    Same<sdk.RecordGuestOrderInput, In<typeof guestOrders.recordGuestOrder>>,
    Same<sdk.GuestOrder, Out<typeof guestOrders.recordGuestOrder>>,
    Same<sdk.RefundGuestOrderInput, In<typeof guestOrders.refundGuestOrder>>,
    Same<sdk.GuestOrder, Out<typeof guestOrders.refundGuestOrder>>,
    Same<sdk.WidgetQuoteInput, In<typeof widget.widgetQuote>>,
    Same<sdk.WidgetQuote, Out<typeof widget.widgetQuote>>,
    Same<sdk.WidgetReserveInput, In<typeof widget.widgetReserve>>,
    Same<sdk.WidgetReservation, Out<typeof widget.widgetReserve>>,
  ] = [
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
  ];
  expect(checks.every(Boolean)).toBe(true);
});
