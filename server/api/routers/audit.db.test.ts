import { beforeAll, describe, expect, it } from "vitest";
import { type Auth, createAuth } from "@/server/auth/auth";
import { createAdminCallers } from "@/server/testing/admin-callers";
import { callerFor, signUpUser } from "@/server/testing/staff-caller";
import { setUpTestDatabase } from "@/server/testing/test-database";

const database = setUpTestDatabase();
let auth: Auth;
beforeAll(() => {
  auth = createAuth(database.db);
});

describe("audit router", () => {
  it("pages the store's log newest first with before and after; the analyst reads it too", async () => {
    const { owner, analyst, ctx } = await createAdminCallers(database, auth);
    for (const name of ["One", "Two", "Three"]) {
      await owner.programs.create({ name, config: { type: "bonus" } });
    }
    const first = await owner.audit.list({ pageSize: 10, action: "program" });
    expect(first.total).toBe(3);
    expect(first.rows.map((r) => (r.after as { name: string }).name)).toEqual([
      "Three",
      "Two",
      "One",
    ]);
    expect(first.rows[0]).toMatchObject({ actorLabel: ctx.actor.label, entity: "program" });
    const viaAnalyst = await analyst.audit.list({ page: 2, pageSize: 10 });
    expect(viaAnalyst.page).toBe(2);
    expect((await analyst.audit.list({})).total).toBeGreaterThanOrEqual(3);
  });

  it("another store never sees these rows; a user without a store is refused", async () => {
    const { owner, attacker } = await createAdminCallers(database, auth);
    await owner.programs.create({ name: "Secret", config: { type: "bonus" } });
    const theirs = await attacker.audit.list({ action: "program" });
    expect(theirs.total).toBe(0);
    const stranger = await signUpUser(auth);
    await expect(
      callerFor(database.db, auth, stranger.headers).audit.list({}),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
