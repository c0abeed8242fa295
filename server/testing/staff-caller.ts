import { randomUUID } from "node:crypto";
import type { Db } from "@/db/database";
import { createCaller } from "@/server/api/root";
import type { Auth } from "@/server/auth/auth";
import { SignUpInput, signUpMerchant } from "@/server/services/accounts/sign-up-merchant";

export const testPassword = "correct horse 42";

export function cookieHeaders(setCookie: Headers): Headers {
  const cookie = setCookie
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return new Headers({ cookie });
}

export function callerFor(db: Db, auth: Auth, headers: Headers) {
  return createCaller({ db, auth, headers, resHeaders: new Headers() });
}

/** A fresh owner with their own store, signed in: each test makes its own tenant. */
export async function signUpOwner(db: Db, auth: Auth, storeName = "Test store") {
  const email = `owner-${randomUUID()}@example.com`;
  const result = await signUpMerchant({
    auth,
    input: SignUpInput.parse({
      name: "Owner",
      email,
      password: testPassword,
      store: { name: storeName, currency: "RUB", timezone: "Europe/Moscow" },
    }),
  });
  const headers = cookieHeaders(result.headers);
  return { ...result, email, headers, caller: callerFor(db, auth, headers) };
}

/** Signs up a plain user (no store) and returns their signed-in headers. */
export async function signUpUser(auth: Auth, email = `user-${randomUUID()}@example.com`) {
  const result = await auth.api.signUpEmail({
    body: { name: "Teammate", email, password: testPassword },
    returnHeaders: true,
  });
  return { email, userId: result.response.user.id, headers: cookieHeaders(result.headers) };
}
