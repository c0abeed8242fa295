import { beforeAll, describe, expect, it } from "vitest";
import { type Auth, createAuth } from "@/server/auth/auth";
import { callerFor, signUpOwner, signUpUser } from "@/server/testing/staff-caller";
import { setUpTestDatabase } from "@/server/testing/test-database";

const database = setUpTestDatabase();
let auth: Auth;
beforeAll(() => {
  auth = createAuth(database.db);
});

describe("account.me", () => {
  it("returns the signed-in user, with or without a store", async () => {
    const owner = await signUpOwner(database.db, auth);
    expect(await owner.caller.account.me()).toMatchObject({ email: owner.email, name: "Owner" });
    const user = await signUpUser(auth);
    const caller = callerFor(database.db, auth, user.headers);
    expect(await caller.account.me()).toEqual({
      id: user.userId,
      name: "Teammate",
      email: user.email,
    });
  });

  it("refuses a caller without a session", async () => {
    const anonymous = callerFor(database.db, auth, new Headers());
    await expect(anonymous.account.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("answers each session with its own user, never another merchant's", async () => {
    const a = await signUpOwner(database.db, auth, "Store A");
    const b = await signUpOwner(database.db, auth, "Store B");
    expect((await a.caller.account.me()).id).toBe(a.userId);
    expect((await b.caller.account.me()).id).toBe(b.userId);
  });
});
