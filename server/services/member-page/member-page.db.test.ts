import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { makeTemplate } from "@/components/programs/templates";
import { auditLog } from "@/db/schema";
import { type Auth, createAuth } from "@/server/auth/auth";
import { Unauthorized } from "@/server/errors";
import { enrollMember } from "@/server/services/members/enroll-member";
import { markOrderPaid } from "@/server/services/orders/mark-paid";
import { ensureReferralCode } from "@/server/services/referrals/ensure-referral-code";
import { createAdminCallers, forbidden, notFound } from "@/server/testing/admin-callers";
import { line } from "@/server/testing/loyalty-fixtures";
import { referralRules } from "@/server/testing/referral-fixtures";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { MemberLinkExpired, MemberLinkRevoked } from "./member-link-token";
import { readMemberPage } from "./read-member-page";

const database = setUpTestDatabase();
let auth: Auth;
beforeAll(() => {
  auth = createAuth(database.db);
});

async function setUp() {
  const callers = await createAdminCallers(database, auth);
  const { programId } = await callers.owner.programs.create({
    name: "Bonus",
    config: makeTemplate("bonusPoints", "en"),
  });
  await callers.owner.programs.publish({ programId });
  const ann = await enrollMember({
    ctx: callers.ctx,
    input: { externalId: "ext-ann", name: "Anna Petrova" },
  });
  await markOrderPaid({
    ctx: callers.ctx,
    input: {
      idempotencyKey: randomUUID(),
      orderId: "A-1",
      member: { memberId: ann.id },
      lines: [line("T", 100_000)],
    },
  });
  await callers.owner.members.adjust({ memberId: ann.id, amount: 25, reason: "welcome gift" });
  return { ...callers, ann };
}

const tokenOf = (url: string) => url.split("/m/")[1] ?? "";

describe("member page", () => {
  it("opens from the admin's link with balance, pending points, history, card and QR", async () => {
    const { owner, ann } = await setUp();
    const link = await owner.members.pageLink({ memberId: ann.id });
    expect(link.url).toMatch(/\/m\/[\w-]+\.[\w-]+\.[\w-]+$/);
    const page = await readMemberPage({ db: database.db, token: tokenOf(link.url) });
    expect(page.member).toMatchObject({ name: "Anna Petrova", cardNumber: ann.cardNumber });
    expect(ann.cardNumber).toMatch(/^\d{12}$/);
    expect(page.balance).toMatchObject({ available: 25, pending: 50 });
    expect(page.history.map((e) => [e.kind, e.amount, e.reason])).toEqual([
      ["adjust", 25, "welcome gift"],
      ["earn", 50, "points earned on the order"],
    ]);
    expect(page.card.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(page.card.qrSvg).not.toMatch(/<script/i);
  });

  it("shows the member's invite link only while a referral program runs", async () => {
    const { owner, ann, ctx } = await setUp();
    const token = tokenOf((await owner.members.pageLink({ memberId: ann.id })).url);
    expect((await readMemberPage({ db: database.db, token })).referralUrl).toBeNull();
    const { programId } = await owner.programs.create({
      name: "Friends",
      config: {
        type: "referral",
        referral: { ...referralRules, landingUrl: "https://shop.example/join" },
      },
    });
    await owner.programs.publish({ programId });
    const { referralUrl } = await readMemberPage({ db: database.db, token });
    const code = await ensureReferralCode(ctx.db, ctx.merchantId, ann.id);
    expect(referralUrl).toBe(`https://shop.example/join?ref=${code}`);
  });

  it("the card number, typed with spaces, finds the member in the admin search", async () => {
    const { owner, attacker, ann } = await setUp();
    const typed = ann.cardNumber.replace(/(\d{4})(?=\d)/g, "$1 ");
    expect((await owner.members.list({ q: typed })).rows.map((r) => r.id)).toEqual([ann.id]);
    expect((await attacker.members.list({ q: typed })).rows).toEqual([]);
    const page = await owner.members.get({ memberId: ann.id });
    expect(page.member.cardNumber).toBe(ann.cardNumber);
  });

  it("a tampered, foreign or expired link shows nothing", async () => {
    const { owner, ann } = await setUp();
    const token = tokenOf((await owner.members.pageLink({ memberId: ann.id })).url);
    const [header, , signature] = token.split(".");
    const body = Buffer.from(JSON.stringify({ sub: ann.id, merchant: "m_other", exp: 4e9 }));
    const forged = `${header}.${body.toString("base64url")}.${signature}`;
    await expect(readMemberPage({ db: database.db, token: forged })).rejects.toBeInstanceOf(
      Unauthorized,
    );
    const later = new Date(Date.now() + 31 * 86_400_000);
    await expect(readMemberPage({ db: database.db, token, now: later })).rejects.toBeInstanceOf(
      MemberLinkExpired,
    );
  });

  it("revoking a member's links closes every link sent so far; a link signed after opens", async () => {
    const { owner, ann, ctx } = await setUp();
    const first = tokenOf((await owner.members.pageLink({ memberId: ann.id })).url);
    const second = tokenOf((await owner.members.pageLink({ memberId: ann.id })).url);
    await owner.members.revokePageLinks({ memberId: ann.id });
    for (const token of [first, second]) {
      await expect(readMemberPage({ db: database.db, token })).rejects.toBeInstanceOf(
        MemberLinkRevoked,
      );
    }
    const fresh = tokenOf((await owner.members.pageLink({ memberId: ann.id })).url);
    expect((await readMemberPage({ db: database.db, token: fresh })).member.name).toBe(
      "Anna Petrova",
    );
    const revocations = await ctx.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.merchantId, ctx.merchantId),
          eq(auditLog.action, "member.page_links_revoked"),
        ),
      );
    expect(revocations).toEqual([
      expect.objectContaining({
        entityId: ann.id,
        before: { pageLinkGeneration: 0 },
        after: { pageLinkGeneration: 1 },
      }),
    ]);
  });

  it("an analyst cannot hand out or revoke links; another store can do neither for this member", async () => {
    const { owner, analyst, attacker, ann } = await setUp();
    const token = tokenOf((await owner.members.pageLink({ memberId: ann.id })).url);
    await expect(analyst.members.pageLink({ memberId: ann.id })).rejects.toMatchObject(forbidden);
    await expect(attacker.members.pageLink({ memberId: ann.id })).rejects.toMatchObject(notFound);
    await expect(analyst.members.revokePageLinks({ memberId: ann.id })).rejects.toMatchObject(
      forbidden,
    );
    await expect(attacker.members.revokePageLinks({ memberId: ann.id })).rejects.toMatchObject(
      notFound,
    );
    expect((await readMemberPage({ db: database.db, token })).member.name).toBe("Anna Petrova");
  });
});
