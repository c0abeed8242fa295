import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, sessions } from "@/db/schema";
import { type Auth, createAuth } from "@/server/auth/auth";
import { callerFor, signUpOwner, signUpUser } from "@/server/testing/staff-caller";
import { setUpTestDatabase } from "@/server/testing/test-database";

const database = setUpTestDatabase();
let auth: Auth;
beforeAll(() => {
  auth = createAuth(database.db);
});

const settings = {
  name: "Renamed",
  currency: "EUR",
  timezone: "Europe/Berlin",
  locale: "en",
} as const;

describe("merchant router", () => {
  it("returns the signed-in owner's store and role", async () => {
    const owner = await signUpOwner(database.db, auth, "Цветочный");
    const current = await owner.caller.merchant.current();
    expect(current).toMatchObject({ id: owner.merchantId, name: "Цветочный", role: "owner" });
  });

  it("saves settings with an audit row holding before and after", async () => {
    const owner = await signUpOwner(database.db, auth);
    await owner.caller.merchant.updateSettings(settings);
    expect(await owner.caller.merchant.current()).toMatchObject(settings);
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.merchantId, owner.merchantId), eq(auditLog.action, "settings.updated")),
      );
    expect(audit?.before).toMatchObject({ name: "Test store", currency: "RUB" });
    expect(audit?.after).toMatchObject(settings);
  });

  it("rejects malformed settings with field errors and changes nothing", async () => {
    const owner = await signUpOwner(database.db, auth);
    const error = await owner.caller.merchant
      // @ts-expect-error: a client can send any string; the server must refuse it
      .updateSettings({ ...settings, currency: "XXX", timezone: "Mars/Olympus" })
      .catch((e) => e);
    expect(error.code).toBe("BAD_REQUEST");
    expect((await owner.caller.merchant.current()).name).toBe("Test store");
  });

  it("refuses a user without a session or with a forged cookie", async () => {
    const anonymous = callerFor(database.db, auth, new Headers());
    await expect(anonymous.merchant.current()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const forged = callerFor(
      database.db,
      auth,
      new Headers({ cookie: "better-auth.session_token=forged.value" }),
    );
    await expect(forged.merchant.current()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("refuses an expired session", async () => {
    const owner = await signUpOwner(database.db, auth);
    await database.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(eq(sessions.userId, owner.userId));
    await expect(owner.caller.merchant.current()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("does not let merchant A switch into or read merchant B", async () => {
    const a = await signUpOwner(database.db, auth, "Store A");
    const b = await signUpOwner(database.db, auth, "Store B");
    await expect(a.caller.merchant.switch({ merchantId: b.merchantId })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await a.caller.merchant.current()).id).toBe(a.merchantId);
    expect((await a.caller.merchant.mine()).map((m) => m.id)).toEqual([a.merchantId]);
  });

  it("lets one user own several stores and switch between them", async () => {
    const owner = await signUpOwner(database.db, auth, "First");
    const second = await owner.caller.merchant.create({
      name: "Second",
      currency: "USD",
      timezone: "America/New_York",
    });
    expect((await owner.caller.merchant.current()).id).toBe(second.id);
    expect((await owner.caller.merchant.current()).locale).toBe("en");
    await owner.caller.merchant.switch({ merchantId: owner.merchantId });
    expect((await owner.caller.merchant.current()).name).toBe("First");
    expect(await owner.caller.merchant.mine()).toHaveLength(2);
  });

  it("gives a user with no store FORBIDDEN on store data", async () => {
    const user = await signUpUser(auth);
    const caller = callerFor(database.db, auth, user.headers);
    await expect(caller.merchant.current()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
