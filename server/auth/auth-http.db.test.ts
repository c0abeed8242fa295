import { randomUUID } from "node:crypto";
import { desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { emailOutbox } from "@/db/schema";
import { env } from "@/server/env";
import { signUpUser, testPassword } from "@/server/testing/staff-caller";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { type Auth, createAuth } from "./auth";

const database = setUpTestDatabase();
let auth: Auth;
beforeAll(() => {
  auth = createAuth(database.db);
});

/** Calls better-auth the way the browser does: over HTTP, through its handler. */
function post(path: string, body: unknown, ip = "203.0.113.10") {
  return auth.handler(
    new Request(`${env.APP_URL}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: env.APP_URL, "x-forwarded-for": ip },
      body: JSON.stringify(body),
    }),
  );
}

describe("sign-in over HTTP", () => {
  it("refuses a wrong password without creating a session", async () => {
    const user = await signUpUser(auth);
    const response = await post("/sign-in/email", { email: user.email, password: "wrong-pass-1" });
    expect(response.status).toBe(401);
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it("rate-limits repeated wrong passwords from one address, even the right one after", async () => {
    const user = await signUpUser(auth);
    const ip = `198.51.100.${Math.floor(Math.random() * 250)}`;
    const statuses: number[] = [];
    for (let i = 0; i < env.SIGN_IN_ATTEMPTS_PER_MINUTE + 1; i++) {
      statuses.push(
        (await post("/sign-in/email", { email: user.email, password: "nope-123456" }, ip)).status,
      );
    }
    expect(statuses.slice(0, env.SIGN_IN_ATTEMPTS_PER_MINUTE).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const right = await post("/sign-in/email", { email: user.email, password: testPassword }, ip);
    expect(right.status).toBe(429);
    const elsewhere = await post("/sign-in/email", { email: user.email, password: testPassword });
    expect(elsewhere.status).toBe(200);
  });
});

describe("password reset", () => {
  it("emails a one-hour link whose token sets a new password once", async () => {
    const user = await signUpUser(auth);
    const request = await post("/request-password-reset", {
      email: user.email,
      redirectTo: "/reset-password",
    });
    expect(request.status).toBe(200);
    const [email] = await database.db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.to, user.email))
      .orderBy(desc(emailOutbox.createdAt));
    expect(email?.kind).toBe("password-reset");
    const token = new URL(email?.data.url ?? "").pathname.split("/").at(-1);
    expect(token).toBeTruthy();

    const reset = await post("/reset-password", { newPassword: "brand new pass 7", token });
    expect(reset.status).toBe(200);
    expect(
      (await post("/sign-in/email", { email: user.email, password: testPassword })).status,
    ).toBe(401);
    expect(
      (await post("/sign-in/email", { email: user.email, password: "brand new pass 7" })).status,
    ).toBe(200);
    const replay = await post("/reset-password", { newPassword: "another pass 8", token });
    expect(replay.status).toBe(400);
  });

  it("answers the same for an unknown email and queues nothing", async () => {
    const email = `ghost-${randomUUID()}@example.com`;
    const response = await post("/request-password-reset", {
      email,
      redirectTo: "/reset-password",
    });
    expect(response.status).toBe(200);
    expect(await database.db.$count(emailOutbox, eq(emailOutbox.to, email))).toBe(0);
  });
});
