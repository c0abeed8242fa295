import { and, eq } from "drizzle-orm";
import { jwtVerify } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { ZodError, z } from "zod";
import { apiRequestErrors, auditLog } from "@/db/schema";
import { type Auth, createAuth } from "@/server/auth/auth";
import { callerFor, signUpOwner, signUpUser } from "@/server/testing/staff-caller";
import { setUpTestDatabase } from "@/server/testing/test-database";

const database = setUpTestDatabase();
let auth: Auth;
beforeAll(() => {
  auth = createAuth(database.db);
});

async function ownerWithAnalyst() {
  const owner = await signUpOwner(database.db, auth);
  const analyst = await signUpUser(auth);
  const invitation = await owner.caller.team.invite({ email: analyst.email, role: "analyst" });
  await auth.api.acceptInvitation({
    body: { invitationId: invitation.id },
    headers: analyst.headers,
  });
  return { owner, analyst: callerFor(database.db, auth, analyst.headers) };
}

async function auditActions(merchantId: string) {
  const rows = await database.db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(eq(auditLog.merchantId, merchantId));
  return rows.map((r) => r.action);
}

describe("integration router", () => {
  it("shows a secret key once and lists only its mask", async () => {
    const { caller } = await signUpOwner(database.db, auth);
    const created = await caller.integration.keys.create({ kind: "secret", name: "Backend" });
    expect(created.key).toMatch(/^sk_/);
    const [listed] = await caller.integration.keys.list();
    expect(listed).toMatchObject({ id: created.id, kind: "secret", publishableKey: null });
    expect(JSON.stringify(listed)).not.toContain(created.key);
    expect(listed?.maskedKey).not.toBe(created.key);
  });

  it("keeps a publishable key readable for the embed snippet and revokes keys", async () => {
    const { caller } = await signUpOwner(database.db, auth);
    const created = await caller.integration.keys.create({ kind: "publishable", name: "Site" });
    expect((await caller.integration.keys.list())[0]?.publishableKey).toBe(created.key);
    await caller.integration.keys.revoke({ id: created.id });
    expect((await caller.integration.keys.list())[0]?.revokedAt).toBeInstanceOf(Date);
    await expect(caller.integration.keys.revoke({ id: created.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("saves normalized origins and the join link, and clears the link with an empty string", async () => {
    const { caller, merchantId } = await signUpOwner(database.db, auth);
    await caller.integration.settings.update({
      allowedOrigins: ["https://shop.example.com/cart", "https://shop.example.com"],
      joinUrl: "https://shop.example.com/join",
    });
    expect(await caller.integration.settings.get()).toEqual({
      merchantId,
      allowedOrigins: ["https://shop.example.com"],
      joinUrl: "https://shop.example.com/join",
    });
    await caller.integration.settings.update({ joinUrl: "" });
    expect((await caller.integration.settings.get()).joinUrl).toBeNull();
  });

  it("rejects a bad origin with a field error", async () => {
    const { caller } = await signUpOwner(database.db, auth);
    const error = await caller.integration.settings
      .update({ allowedOrigins: ["ftp://shop.example.com"] })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    const cause = (error as { cause?: unknown }).cause;
    expect(cause).toBeInstanceOf(ZodError);
    expect(z.flattenError(cause as ZodError).fieldErrors).toHaveProperty("allowedOrigins");
    await expect(
      caller.integration.settings.update({ joinUrl: "javascript:alert(1)" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await caller.integration.settings.get()).allowedOrigins).toEqual([]);
  });

  it("reveals and rotates the token secret with an audit row each", async () => {
    const { caller, merchantId } = await signUpOwner(database.db, auth);
    const { secret } = await caller.integration.tokenSecret.reveal();
    expect(secret).toMatch(/^tsk_/);
    const rotated = await caller.integration.tokenSecret.rotate();
    expect(rotated.secret).not.toBe(secret);
    expect((await caller.integration.tokenSecret.reveal()).secret).toBe(rotated.secret);
    expect(await auditActions(merchantId)).toEqual(
      expect.arrayContaining(["token_secret.revealed", "token_secret.rotated"]),
    );
  });

  it("signs a 10-minute preview token with the store's secret", async () => {
    const { caller, merchantId } = await signUpOwner(database.db, auth);
    const { token } = await caller.integration.previewToken();
    const { secret } = await caller.integration.tokenSecret.reveal();
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
      algorithms: ["HS256"],
    });
    expect(payload).toMatchObject({
      sub: "preview-shopper",
      merchant: merchantId,
      name: "Preview buyer",
    });
    expect((payload.exp ?? 0) - Math.floor(Date.now() / 1000)).toBeLessThanOrEqual(600);
  });

  it("lists only the store's own recent API errors", async () => {
    const { caller, merchantId } = await signUpOwner(database.db, auth);
    const other = await signUpOwner(database.db, auth);
    await database.db.insert(apiRequestErrors).values([
      {
        merchantId,
        method: "POST",
        path: "/api/v1/quote",
        status: 400,
        code: "BAD_REQUEST",
        message: "Bad cart",
      },
      {
        merchantId: other.merchantId,
        method: "GET",
        path: "/api/v1/members/x",
        status: 404,
        code: "NOT_FOUND",
        message: "No member",
      },
    ]);
    expect(await caller.integration.errors.recent()).toEqual([
      expect.objectContaining({ path: "/api/v1/quote", status: 400, message: "Bad cart" }),
    ]);
  });

  it("lets an analyst read but not create, revoke, reveal or rotate", async () => {
    const { owner, analyst } = await ownerWithAnalyst();
    const key = await owner.caller.integration.keys.create({ kind: "secret", name: "Backend" });
    expect(await analyst.integration.keys.list()).toHaveLength(1);
    expect((await analyst.integration.settings.get()).merchantId).toBe(owner.merchantId);
    const forbidden = { code: "FORBIDDEN" };
    await expect(
      analyst.integration.keys.create({ kind: "secret", name: "Mine" }),
    ).rejects.toMatchObject(forbidden);
    await expect(analyst.integration.keys.revoke({ id: key.id })).rejects.toMatchObject(forbidden);
    await expect(analyst.integration.tokenSecret.reveal()).rejects.toMatchObject(forbidden);
    await expect(analyst.integration.tokenSecret.rotate()).rejects.toMatchObject(forbidden);
    await expect(analyst.integration.previewToken()).rejects.toMatchObject(forbidden);
    await expect(analyst.integration.settings.update({ allowedOrigins: [] })).rejects.toMatchObject(
      forbidden,
    );
    expect((await owner.caller.integration.keys.list())[0]?.revokedAt).toBeNull();
  });

  it("cannot revoke another store's key or read its settings", async () => {
    const victim = await signUpOwner(database.db, auth);
    const attacker = await signUpOwner(database.db, auth);
    const key = await victim.caller.integration.keys.create({ kind: "secret", name: "Backend" });
    await victim.caller.integration.settings.update({ allowedOrigins: ["https://victim.example"] });
    await expect(attacker.caller.integration.keys.revoke({ id: key.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await attacker.caller.integration.keys.list()).toEqual([]);
    expect(await attacker.caller.integration.settings.get()).toMatchObject({
      merchantId: attacker.merchantId,
      allowedOrigins: [],
    });
    const [victimKey] = await victim.caller.integration.keys.list();
    expect(victimKey?.revokedAt).toBeNull();
    const revokes = await database.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.merchantId, victim.merchantId), eq(auditLog.action, "api_key.revoked")),
      );
    expect(revokes).toEqual([]);
  });
});
