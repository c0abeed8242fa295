import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { memberships, merchants } from "@/db/schema";
import { type Auth, createAuth } from "@/server/auth/auth";
import { Conflict } from "@/server/errors";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { SignUpInput, signUpMerchant } from "./sign-up-merchant";

const database = setUpTestDatabase();
let auth: Auth;
beforeAll(() => {
  auth = createAuth(database.db);
});

const input = (email: string) =>
  SignUpInput.parse({
    name: "Anna",
    email,
    password: "correct horse 42",
    store: { name: "Чайная лавка", currency: "RUB", timezone: "Europe/Moscow" },
  });

describe("signUpMerchant", () => {
  it("creates the owner, the store in Russian, and an active session", async () => {
    const email = `anna-${randomUUID()}@example.com`;
    const result = await signUpMerchant({ auth, input: input(email) });
    const [merchant] = await database.db
      .select()
      .from(merchants)
      .where(eq(merchants.id, result.merchantId));
    expect(merchant).toMatchObject({ name: "Чайная лавка", currency: "RUB", locale: "ru" });
    const [membership] = await database.db
      .select()
      .from(memberships)
      .where(eq(memberships.merchantId, result.merchantId));
    expect(membership).toMatchObject({ userId: result.userId, role: "owner" });

    const cookie = result.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const session = await auth.api.getSession({ headers: new Headers({ cookie }) });
    expect(session?.user.email).toBe(email);
    expect(session?.session.activeOrganizationId).toBe(result.merchantId);
  });

  it("rejects a taken email and creates no second store", async () => {
    const email = `taken-${randomUUID()}@example.com`;
    await signUpMerchant({ auth, input: input(email) });
    const before = await database.db.$count(merchants);
    await expect(signUpMerchant({ auth, input: input(email) })).rejects.toBeInstanceOf(Conflict);
    expect(await database.db.$count(merchants)).toBe(before);
  });

  it("rejects weak passwords with a field message", () => {
    const parsed = SignUpInput.safeParse({ ...input("a@b.co"), password: "short" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["password"]);
  });
});
