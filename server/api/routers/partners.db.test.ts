import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { type Auth, createAuth } from "@/server/auth/auth";
import { enrollMember } from "@/server/services/members/enroll-member";
import { creditPartnerPoints } from "@/server/services/partners/credit-partner-points";
import { createAdminCallers, forbidden, notFound } from "@/server/testing/admin-callers";
import { simpleBonus } from "@/server/testing/loyalty-fixtures";
import { setUpTestDatabase } from "@/server/testing/test-database";

const database = setUpTestDatabase();
let auth: Auth;
beforeAll(() => {
  auth = createAuth(database.db);
});

// A day either side, whatever the store's time zone.
const around = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const period = () => ({ from: around(-1), to: around(1) });

async function setUp() {
  const callers = await createAdminCallers(database, auth);
  const { programId } = await callers.owner.programs.create({ name: "Bonus", config: simpleBonus });
  await callers.owner.programs.publish({ programId });
  await enrollMember({ ctx: callers.ctx, input: { externalId: "ann" } });
  const taxi = await callers.owner.partners.create({ name: "Taxi", monthlyCap: 1000 });
  const partner = { merchantId: callers.ctx.merchantId, partnerId: taxi.id, name: "Taxi" };
  const credit = (points: number) =>
    creditPartnerPoints({
      db: database.db,
      partner,
      input: { idempotencyKey: randomUUID(), member: { externalId: "ann" }, points },
    });
  return { ...callers, taxi, credit };
}

describe("partners router", () => {
  it("shows the key once, then a settlement per partner with the points' money value", async () => {
    const { owner, taxi, credit } = await setUp();
    expect(taxi.key).toMatch(/^ptk_/);
    const listed = await owner.partners.list();
    expect(listed).toMatchObject([{ name: "Taxi", monthlyCap: 1000 }]);
    expect(JSON.stringify(listed)).not.toContain(taxi.key);
    await owner.partners.create({ name: "Cinema" });
    await credit(150);
    await credit(50);
    const report = await owner.partners.settlement(period());
    expect(report.map((r) => [r.name, r.credits, r.points, r.value])).toEqual([
      ["Cinema", 0, 0, 0],
      ["Taxi", 2, 200, 20_000],
    ]);
    const past = await owner.partners.settlement({ from: "2020-01-01", to: "2020-01-31" });
    expect(past.find((r) => r.name === "Taxi")?.points).toBe(0);
    await owner.partners.setCap({ partnerId: taxi.id, monthlyCap: 250 });
    await expect(credit(100)).rejects.toMatchObject({ name: "LimitExceeded" });
    await owner.partners.revokeKey({ partnerId: taxi.id });
    expect((await owner.partners.list())[1]?.keyRevokedAt).toBeInstanceOf(Date);
  });

  it("an analyst reads the report but cannot register, cap or revoke", async () => {
    const { analyst, taxi } = await setUp();
    expect(await analyst.partners.list()).toHaveLength(1);
    expect(await analyst.partners.settlement(period())).toHaveLength(1);
    await expect(analyst.partners.create({ name: "Mine" })).rejects.toMatchObject(forbidden);
    await expect(
      analyst.partners.setCap({ partnerId: taxi.id, monthlyCap: null }),
    ).rejects.toMatchObject(forbidden);
    await expect(analyst.partners.revokeKey({ partnerId: taxi.id })).rejects.toMatchObject(
      forbidden,
    );
  });

  it("another store sees none of these partners and cannot change them", async () => {
    const { attacker, taxi, credit } = await setUp();
    await credit(10);
    expect(await attacker.partners.list()).toEqual([]);
    expect(await attacker.partners.settlement(period())).toEqual([]);
    await expect(
      attacker.partners.setCap({ partnerId: taxi.id, monthlyCap: null }),
    ).rejects.toMatchObject(notFound);
    await expect(attacker.partners.revokeKey({ partnerId: taxi.id })).rejects.toMatchObject(
      notFound,
    );
  });
});
