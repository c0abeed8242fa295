import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { invitations } from "@/db/schema";
import { type Auth, createAuth } from "@/server/auth/auth";
import { callerFor, signUpOwner, signUpUser } from "@/server/testing/staff-caller";
import { setUpTestDatabase } from "@/server/testing/test-database";

const database = setUpTestDatabase();
let auth: Auth;
beforeAll(() => {
  auth = createAuth(database.db);
});

const anonymous = () => callerFor(database.db, auth, new Headers());

describe("team.invitation (public preview)", () => {
  it("shows the store, role and invited address to the holder of the link", async () => {
    const owner = await signUpOwner(database.db, auth, "Чайная лавка");
    const invitation = await owner.caller.team.invite({
      email: "Friend@Example.com",
      role: "analyst",
    });
    const preview = await anonymous().team.invitation({ invitationId: invitation.id });
    expect(preview).toEqual({
      email: "friend@example.com",
      role: "analyst",
      status: "pending",
      storeName: "Чайная лавка",
      inviterName: "Owner",
    });
  });

  it("reports accepted and expired invitations instead of offering them again", async () => {
    const owner = await signUpOwner(database.db, auth);
    const teammate = await signUpUser(auth);
    const accepted = await owner.caller.team.invite({ email: teammate.email, role: "manager" });
    await auth.api.acceptInvitation({
      body: { invitationId: accepted.id },
      headers: teammate.headers,
    });
    expect((await anonymous().team.invitation({ invitationId: accepted.id })).status).toBe(
      "accepted",
    );
    const stale = await owner.caller.team.invite({ email: "late@example.com", role: "analyst" });
    await database.db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, stale.id));
    expect((await anonymous().team.invitation({ invitationId: stale.id })).status).toBe("expired");
  });

  it("answers NOT_FOUND for an unknown id", async () => {
    await expect(anonymous().team.invitation({ invitationId: "nope" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("gives another merchant's owner no ids and no way to join through it", async () => {
    const victim = await signUpOwner(database.db, auth, "Victim store");
    const attacker = await signUpOwner(database.db, auth, "Attacker store");
    const invitation = await victim.caller.team.invite({ email: "x@example.com", role: "owner" });
    const preview = await attacker.caller.team.invitation({ invitationId: invitation.id });
    expect(Object.keys(preview).sort()).toEqual(
      ["email", "inviterName", "role", "status", "storeName"].sort(),
    );
    await expect(
      auth.api.acceptInvitation({
        body: { invitationId: invitation.id },
        headers: attacker.headers,
      }),
    ).rejects.toMatchObject({ statusCode: 403 });
    expect((await attacker.caller.merchant.mine()).map((m) => m.id)).toEqual([attacker.merchantId]);
    expect((await attacker.caller.team.list()).invitations).toEqual([]);
  });
});
