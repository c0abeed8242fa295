import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { type Auth, createAuth } from "@/server/auth/auth";
import type { ClubSection } from "@/server/engine";
import { Conflict, InvalidInput } from "@/server/errors";
import { enrollMember } from "@/server/services/members/enroll-member";
import { markOrderPaid } from "@/server/services/orders/mark-paid";
import { quoteOrder } from "@/server/services/orders/quote-order";
import { createAdminCallers, forbidden, notFound } from "@/server/testing/admin-callers";
import { line } from "@/server/testing/loyalty-fixtures";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { readMemberPage } from "../member-page/read-member-page";
import { joinClub } from "./join-club";

const database = setUpTestDatabase();
let auth: Auth;
beforeAll(() => {
  auth = createAuth(database.db);
});

const day = 86_400_000;

async function setUp(club: Partial<ClubSection> = {}) {
  const callers = await createAdminCallers(database, auth);
  const config = {
    type: "club" as const,
    club: { discountBp: 1000, termDays: 30, joinBy: "invitation" as const, ...club },
  };
  const { programId } = await callers.owner.programs.create({ name: "Club", config });
  await callers.owner.programs.publish({ programId });
  const ann = await enrollMember({ ctx: callers.ctx, input: { externalId: "ann", name: "Ann" } });
  const bob = await enrollMember({ ctx: callers.ctx, input: { externalId: "bob", name: "Bob" } });
  const discountOf = async (memberId: string, now = new Date()) =>
    (
      await quoteOrder({
        ctx: callers.ctx,
        input: { member: { memberId }, lines: [line("TEA", 100_000)] },
        now,
      })
    ).totals.discount;
  return { ...callers, programId, ann, bob, discountOf };
}

describe("club membership", () => {
  it("an invited member gets the club discount, a non-member does not", async () => {
    const { owner, programId, ann, bob, discountOf } = await setUp({
      offers: ["Early sale access"],
    });
    await owner.club.invite({ memberId: ann.id, programId });
    expect(await discountOf(ann.id)).toBe(10_000);
    expect(await discountOf(bob.id)).toBe(0);
    const [status] = await owner.club.status({ memberId: ann.id });
    expect(status).toMatchObject({ isActive: true, offers: ["Early sale access"] });
    const link = await owner.members.pageLink({ memberId: ann.id });
    const page = await readMemberPage({ db: database.db, token: link.url.split("/m/")[1] ?? "" });
    expect(page.clubs).toMatchObject([{ isActive: true, offers: ["Early sale access"] }]);
    const bobLink = await owner.members.pageLink({ memberId: bob.id });
    const bobPage = await readMemberPage({
      db: database.db,
      token: bobLink.url.split("/m/")[1] ?? "",
    });
    expect(bobPage.clubs).toEqual([]);
    const [outsider] = await owner.club.status({ memberId: bob.id });
    expect(outsider).toMatchObject({ isActive: false, hasJoined: false, offers: [] });
  });

  it("lapses at the end of its term, and a renewal extends the term from its end", async () => {
    const { ctx, programId, ann, discountOf } = await setUp();
    const joinedAt = new Date(Date.now() - 40 * day);
    const invite = (now: Date) =>
      joinClub({
        ctx,
        input: {
          member: { memberId: ann.id },
          programId,
          source: "invitation",
          sourceRef: randomUUID(),
        },
        now,
      });
    const first = await invite(joinedAt);
    expect(first.endsAt).toBe(new Date(joinedAt.getTime() + 30 * day).toISOString());
    expect(await discountOf(ann.id)).toBe(0);
    expect(await discountOf(ann.id, new Date(joinedAt.getTime() + 29 * day))).toBe(10_000);
    const renewedAt = new Date(joinedAt.getTime() + 20 * day);
    const renewed = await invite(renewedAt);
    expect(renewed).toMatchObject({ isRenewed: true });
    expect(renewed.endsAt).toBe(new Date(joinedAt.getTime() + 60 * day).toISOString());
    expect(await discountOf(ann.id)).toBe(10_000);
  });

  it("buying a club product joins; the same payment again adds nothing, another order renews", async () => {
    const { owner, ctx, programId, ann, discountOf } = await setUp({
      joinBy: "purchase",
      productSkus: ["CLUB-CARD"],
    });
    const pay = (orderId: string, idempotencyKey: string = randomUUID()) =>
      markOrderPaid({
        ctx,
        input: {
          idempotencyKey,
          orderId,
          member: { memberId: ann.id },
          lines: [line("CLUB-CARD", 50_000)],
        },
      });
    await markOrderPaid({
      ctx,
      input: {
        idempotencyKey: randomUUID(),
        orderId: "T-1",
        member: { memberId: ann.id },
        lines: [line("TEA", 1000)],
      },
    });
    expect(await discountOf(ann.id)).toBe(0);
    await pay("A-1", "key-a1");
    await pay("A-1", "key-a1");
    await pay("A-1");
    const [joined] = await owner.club.status({ memberId: ann.id });
    expect(joined?.isActive).toBe(true);
    const firstEnd = joined?.endsAt?.getTime() ?? 0;
    expect(firstEnd - Date.now()).toBeGreaterThan(29 * day);
    expect(firstEnd - Date.now()).toBeLessThanOrEqual(30 * day);
    expect(await discountOf(ann.id)).toBe(10_000);
    await pay("A-2");
    const [renewed] = await owner.club.status({ memberId: ann.id });
    expect(renewed?.endsAt?.getTime()).toBe(firstEnd + 30 * day);
    await expect(
      joinClub({
        ctx,
        input: {
          member: { memberId: ann.id },
          programId,
          source: "fee",
          sourceRef: "x",
          feePaid: 1,
        },
      }),
    ).rejects.toBeInstanceOf(Conflict);
  });

  it("a fee at least the club's fee joins once per payment key", async () => {
    const { ctx, ann, owner } = await setUp({ joinBy: "fee", fee: 99_000 });
    const pay = (feePaid: number, sourceRef: string) =>
      joinClub({ ctx, input: { member: { memberId: ann.id }, source: "fee", sourceRef, feePaid } });
    await expect(pay(98_999, "p-0")).rejects.toBeInstanceOf(InvalidInput);
    const first = await pay(99_000, "p-1");
    const again = await pay(99_000, "p-1");
    expect(again).toEqual({ ...first, isRenewed: false });
    const [status] = await owner.club.status({ memberId: ann.id });
    expect(status?.endsAt?.toISOString()).toBe(first.endsAt);
  });

  it("an analyst cannot invite; another store can neither read nor invite this member", async () => {
    const { analyst, attacker, owner, programId, ann } = await setUp();
    expect(await analyst.club.status({ memberId: ann.id })).toHaveLength(1);
    await expect(analyst.club.invite({ memberId: ann.id, programId })).rejects.toMatchObject(
      forbidden,
    );
    await expect(attacker.club.status({ memberId: ann.id })).rejects.toMatchObject(notFound);
    await expect(attacker.club.invite({ memberId: ann.id, programId })).rejects.toMatchObject(
      notFound,
    );
    expect((await owner.club.status({ memberId: ann.id }))[0]?.hasJoined).toBe(false);
  });
});
