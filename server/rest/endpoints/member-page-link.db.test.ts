import { beforeAll, describe, expect, it } from "vitest";
import type { ServiceContext } from "@/server/services/context";
import { MemberLinkRevoked } from "@/server/services/member-page/member-link-token";
import { readMemberPage } from "@/server/services/member-page/read-member-page";
import { enrollMember } from "@/server/services/members/enroll-member";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { getMemberByCard, getMemberPageLink, revokeMemberPageLinks } from "../contract/members";
import { useRestDb } from "../rest-db";
import { callHandler, createRestStore, type RestStore, secretHeaders } from "../testing/rest-store";
import * as cardRoute from "./member-by-card";
import * as linkRoute from "./member-page-link";
import * as revokeRoute from "./member-page-link-revoke";

const database = setUpTestDatabase();
beforeAll(() => useRestDb(database.db));

const addMember = (ctx: ServiceContext, input: { externalId: string; name?: string }) =>
  enrollMember({ ctx, input });
const link = (store: RestStore, externalId: string, query = "") =>
  callHandler(linkRoute.GET, `/members/${externalId}/page-link`, {
    method: "GET",
    query,
    headers: secretHeaders(store, null),
    params: { externalId },
  });
const revoke = (store: RestStore, externalId: string, idempotencyKey: string | null) =>
  callHandler(revokeRoute.POST, `/members/${externalId}/page-link/revoke`, {
    method: "POST",
    headers: secretHeaders(store, idempotencyKey),
    params: { externalId },
  });
const byCard = (store: RestStore, cardNumber: string) =>
  callHandler(cardRoute.GET, `/cards/${cardNumber}`, {
    method: "GET",
    headers: secretHeaders(store, null),
    params: { cardNumber },
  });

describe("GET /members/{externalId}/page-link", () => {
  it("signs a link that opens this member's page until the chosen expiry", async () => {
    const store = await createRestStore(database.db);
    const member = await addMember(store.ctx, { externalId: "cust-1", name: "Ирина" });
    const response = await link(store, "cust-1", "?expiresInDays=7");
    expect(response.status).toBe(200);
    const body = getMemberPageLink.output.parse(response.json);
    const days = (Date.parse(body.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    const page = await readMemberPage({ db: database.db, token: body.url.split("/m/")[1] ?? "" });
    expect(page.member).toMatchObject({ name: "Ирина", cardNumber: member.cardNumber });
  });

  it("refuses another store's member and a lifetime over a year", async () => {
    const store = await createRestStore(database.db);
    const other = await createRestStore(database.db);
    await addMember(other.ctx, { externalId: "theirs" });
    expect((await link(store, "theirs")).status).toBe(404);
    await addMember(store.ctx, { externalId: "mine" });
    expect((await link(store, "mine", "?expiresInDays=400")).status).toBe(400);
  });
});

describe("POST /members/{externalId}/page-link/revoke", () => {
  it("closes every earlier link; a retry with the same key spares links signed in between", async () => {
    const store = await createRestStore(database.db);
    await addMember(store.ctx, { externalId: "cust-3", name: "Ирина" });
    const tokenOf = async () =>
      getMemberPageLink.output.parse((await link(store, "cust-3")).json).url.split("/m/")[1] ?? "";
    const old = await tokenOf();
    const first = await revoke(store, "cust-3", "revoke-1");
    expect(first.status).toBe(200);
    expect(revokeMemberPageLinks.output.parse(first.json).externalId).toBe("cust-3");
    await expect(readMemberPage({ db: database.db, token: old })).rejects.toBeInstanceOf(
      MemberLinkRevoked,
    );
    const fresh = await tokenOf();
    const retry = await revoke(store, "cust-3", "revoke-1");
    expect(retry.json).toEqual(first.json);
    expect((await readMemberPage({ db: database.db, token: fresh })).member.name).toBe("Ирина");
  });

  it("needs an idempotency key and refuses another store's member, changing nothing", async () => {
    const store = await createRestStore(database.db);
    const other = await createRestStore(database.db);
    await addMember(other.ctx, { externalId: "theirs", name: "Анна" });
    const theirs = getMemberPageLink.output.parse((await link(other, "theirs")).json);
    expect((await revoke(store, "theirs", "k-1")).status).toBe(404);
    expect((await revoke(other, "theirs", null)).status).toBe(400);
    const token = theirs.url.split("/m/")[1] ?? "";
    expect((await readMemberPage({ db: database.db, token })).member.name).toBe("Анна");
  });
});

describe("GET /cards/{cardNumber}", () => {
  it("finds the member by the number as printed, only in the caller's store", async () => {
    const store = await createRestStore(database.db);
    const other = await createRestStore(database.db);
    const member = await addMember(store.ctx, { externalId: "cust-2" });
    const printed = member.cardNumber.replace(/(\d{4})(?=\d)/g, "$1 ");
    const found = await byCard(store, printed);
    expect(found.status).toBe(200);
    expect(getMemberByCard.output.parse(found.json)).toMatchObject({
      externalId: "cust-2",
      cardNumber: member.cardNumber,
    });
    expect((await byCard(other, member.cardNumber)).status).toBe(404);
    expect((await byCard(store, "12345")).status).toBe(400);
  });
});
