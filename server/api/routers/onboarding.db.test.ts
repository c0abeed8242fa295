import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { makeTemplate } from "@/components/programs/templates";
import { type Auth, createAuth } from "@/server/auth/auth";
import { createApiKey } from "@/server/services/integration/create-api-key";
import { enrollMember } from "@/server/services/members/enroll-member";
import { markOrderPaid } from "@/server/services/orders/mark-paid";
import { createAdminCallers } from "@/server/testing/admin-callers";
import { line } from "@/server/testing/loyalty-fixtures";
import { setUpTestDatabase } from "@/server/testing/test-database";

const database = setUpTestDatabase();
let auth: Auth;
beforeAll(() => {
  auth = createAuth(database.db);
});

const done = (result: { steps: { step: string; isDone: boolean }[] }) =>
  result.steps.filter((s) => s.isDone).map((s) => s.step);

describe("onboarding router", () => {
  it("ticks each step from what exists; analysts see it; other stores do not count", async () => {
    const { owner, analyst, attacker, ctx } = await createAdminCallers(database, auth);
    expect(done(await owner.onboarding.get())).toEqual(["store"]);
    const { programId } = await owner.programs.create({
      name: "VIP",
      config: makeTemplate("vipTiers", "en"),
    });
    expect(done(await owner.onboarding.get())).toEqual(["store"]);
    await owner.programs.publish({ programId });
    await createApiKey({ ctx, input: { kind: "publishable", name: "Widget" } });
    await enrollMember({ ctx, input: { externalId: "b" } });
    await markOrderPaid({
      ctx,
      input: {
        idempotencyKey: randomUUID(),
        orderId: "1",
        member: { externalId: "b" },
        lines: [line("A", 100)],
      },
    });
    const all = await analyst.onboarding.get();
    expect(done(all)).toEqual(["store", "program", "widget", "order"]);
    expect(all.isComplete).toBe(true);
    expect(done(await attacker.onboarding.get())).toEqual(["store"]);
  });
});
