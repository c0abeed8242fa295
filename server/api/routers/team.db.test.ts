import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { emailOutbox } from "@/db/schema";
import { type Auth, createAuth } from "@/server/auth/auth";
import { callerFor, signUpOwner, signUpUser } from "@/server/testing/staff-caller";
import { setUpTestDatabase } from "@/server/testing/test-database";

const database = setUpTestDatabase();
let auth: Auth;
beforeAll(() => {
  auth = createAuth(database.db);
});

async function inviteAndAccept(role: "manager" | "analyst") {
  const owner = await signUpOwner(database.db, auth);
  const teammate = await signUpUser(auth);
  const invitation = await owner.caller.team.invite({ email: teammate.email, role });
  await auth.api.acceptInvitation({
    body: { invitationId: invitation.id },
    headers: teammate.headers,
  });
  return { owner, teammate, invitation, caller: callerFor(database.db, auth, teammate.headers) };
}

describe("team router", () => {
  it("emails an accept link that joins the teammate with the chosen role", async () => {
    const { owner, teammate, invitation, caller } = await inviteAndAccept("analyst");
    const [email] = await database.db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.to, teammate.email), eq(emailOutbox.kind, "invitation")));
    expect(email?.body).toContain(`/invite/${invitation.id}`);
    expect(await caller.merchant.current()).toMatchObject({
      id: owner.merchantId,
      role: "analyst",
    });
    const team = await owner.caller.team.list();
    expect(team.members.map((m) => m.role).sort()).toEqual(["analyst", "owner"]);
  });

  it("lets an analyst read but not change settings or the team", async () => {
    const { caller } = await inviteAndAccept("analyst");
    expect((await caller.team.list()).members).toHaveLength(2);
    await expect(
      caller.merchant.updateSettings({
        name: "Hijacked",
        currency: "RUB",
        timezone: "Europe/Moscow",
        locale: "ru",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      caller.team.invite({ email: "friend@example.com", role: "owner" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await caller.merchant.current()).name).toBe("Test store");
  });

  it("lets the owner promote and remove a teammate", async () => {
    const { owner, caller } = await inviteAndAccept("analyst");
    const membership = (await owner.caller.team.list()).members.find((m) => m.role === "analyst");
    await owner.caller.team.changeRole({
      membershipId: membership?.membershipId ?? "",
      role: "manager",
    });
    expect((await caller.merchant.current()).role).toBe("manager");
    await owner.caller.team.remove({ membershipId: membership?.membershipId ?? "" });
    await expect(caller.merchant.current()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("cannot touch another merchant's teammates", async () => {
    const { owner: victim } = await inviteAndAccept("analyst");
    const attacker = await signUpOwner(database.db, auth);
    const target = (await victim.caller.team.list()).members.find((m) => m.role === "analyst");
    await expect(
      attacker.caller.team.changeRole({ membershipId: target?.membershipId ?? "", role: "owner" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      attacker.caller.team.remove({ membershipId: target?.membershipId ?? "" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await attacker.caller.team.list()).members).toHaveLength(1);
  });

  it("rejects a malformed invitation", async () => {
    const owner = await signUpOwner(database.db, auth);
    await expect(
      owner.caller.team.invite({ email: "not-an-email", role: "analyst" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
