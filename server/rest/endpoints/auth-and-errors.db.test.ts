import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { listRecentApiErrors } from "@/server/services/integration/list-recent-api-errors";
import { revokeApiKey } from "@/server/services/integration/revoke-api-key";
import { addMember } from "@/server/testing/loyalty-fixtures";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { ErrorOutput } from "../contract/common";
import { maxBodyBytes } from "../read-json-body";
import { useRestDb } from "../rest-db";
import { callHandler, createRestStore, secretHeaders } from "../testing/rest-store";
import * as memberRoute from "./member";
import * as quoteRoute from "./quote";

const database = setUpTestDatabase();
beforeAll(() => useRestDb(database.db));

const getMember = (headers: Record<string, string>, externalId = "cust-1") =>
  callHandler(memberRoute.GET, `/members/${externalId}`, {
    method: "GET",
    headers,
    params: { externalId },
  });

describe("secret-key authentication", () => {
  it.each([
    ["no key", {}],
    ["a malformed header", { authorization: "Token abc" }],
    ["an unknown key", { authorization: `Bearer sk_${randomUUID()}` }],
  ])("answers 401 to %s", async (_, headers) => {
    const response = await getMember(headers);
    expect(response.status).toBe(401);
    expect(ErrorOutput.parse(response.json).error.code).toBe("UNAUTHORIZED");
  });

  it("refuses the publishable key on a secret endpoint", async () => {
    const store = await createRestStore(database.db);
    await addMember(store.ctx, 0, "cust-1");
    const response = await getMember({ authorization: `Bearer ${store.publishableKey}` });
    expect(response.status).toBe(401);
    expect(response.json.error.message).toMatch(/secret key/);
  });

  it("stops accepting a key as soon as it is revoked", async () => {
    const store = await createRestStore(database.db);
    await addMember(store.ctx, 0, "cust-1");
    expect((await getMember(secretHeaders(store, null))).status).toBe(200);
    await revokeApiKey({ ctx: store.ctx, input: { id: store.secretKeyId } });
    const response = await getMember(secretHeaders(store, null));
    expect(response.status).toBe(401);
    expect(response.json.error.message).toMatch(/unknown or revoked/);
  });
});

describe("bodies and error answers", () => {
  it("answers 413 past the body limit and 400 to broken JSON, without a stack trace", async () => {
    const store = await createRestStore(database.db);
    const call = (rawBody: string) =>
      callHandler(quoteRoute.POST, "/quote", { headers: secretHeaders(store, null), rawBody });
    const huge = await call(JSON.stringify({ padding: "x".repeat(maxBodyBytes) }));
    expect(huge.status).toBe(413);
    expect(huge.json.error.code).toBe("PAYLOAD_TOO_LARGE");
    const broken = await call("{ not json");
    expect(broken.status).toBe(400);
    expect(broken.json).toEqual({
      error: { code: "BAD_REQUEST", message: "The body is not valid JSON" },
    });
    expect(JSON.stringify(broken.json)).not.toMatch(/at .*\.ts/);
  });

  it("keeps the store's failed answers for its Integration page, newest first", async () => {
    const store = await createRestStore(database.db);
    await getMember(secretHeaders(store, null), "nobody");
    await callHandler(quoteRoute.POST, "/quote", {
      headers: secretHeaders(store, null),
      body: { lines: [] },
    });
    const recorded = await listRecentApiErrors({ ctx: store.ctx });
    expect(
      recorded.map(({ method, path, status, code }) => ({ method, path, status, code })),
    ).toEqual([
      { method: "POST", path: "/api/v1/quote", status: 400, code: "BAD_REQUEST" },
      { method: "GET", path: "/api/v1/members/nobody", status: 404, code: "NOT_FOUND" },
    ]);
    const other = await createRestStore(database.db);
    expect(await listRecentApiErrors({ ctx: other.ctx })).toEqual([]);
  });
});
