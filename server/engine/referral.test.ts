import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ReferralBlockReason } from "@/db/schema/referrals";
import { ReferralSection } from "./config/extras";
import { quote } from "./quote";
import {
  type BlockReason,
  buildReferralLink,
  CODE_ALPHABET,
  CODE_LENGTH,
  canonicalCode,
  decideReferral,
  findBurst,
  findSelfReferral,
  makeReferralCode,
  normalizeEmail,
  normalizePhone,
  type ReferralFacts,
  startOfLocalMonth,
} from "./referral";
import { line, makeInput, makeMember } from "./testing";

describe("referral codes", () => {
  it("are 8 characters from an alphabet without look-alikes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: CODE_LENGTH, maxLength: CODE_LENGTH }), (bytes) => {
        const code = makeReferralCode(bytes);
        expect(code).toHaveLength(CODE_LENGTH);
        expect(code).toMatch(/^[2-9A-HJKMNP-TV-Z]+$/);
        expect(canonicalCode(code)).toBe(code);
      }),
    );
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it("read the same typed in lower case, with spaces or dashes", () => {
    expect(canonicalCode(" ab2c-d3ef ")).toBe("AB2CD3EF");
  });

  it("make a link with ?ref= added to the store's landing page", () => {
    expect(buildReferralLink("https://shop.example/welcome?utm=a", "AB2CD3EF")).toBe(
      "https://shop.example/welcome?utm=a&ref=AB2CD3EF",
    );
    expect(buildReferralLink(null, "AB2CD3EF")).toBeNull();
  });
});

describe("referral settings", () => {
  it("take an http(s) landing page only, and sane defaults", () => {
    expect(ReferralSection.parse({})).toMatchObject({
      refundWindowDays: 14,
      burstLimit: 3,
      burstWindowHours: 24,
      landingUrl: null,
    });
    expect(ReferralSection.safeParse({ landingUrl: "https://shop.example/hi" }).success).toBe(true);
    for (const landingUrl of ["javascript:alert(1)", "ftp://shop.example", "shop.example"]) {
      const parsed = ReferralSection.safeParse({ landingUrl });
      expect(parsed.error?.issues[0]?.message).toBe("The landing page is an http(s) address");
    }
  });
});

describe("normalised identity", () => {
  it.each([
    ["Ira.Petrova+shop@GMail.com", "irapetrova@gmail.com"],
    ["i.r.a@googlemail.com", "ira@gmail.com"],
    ["ira.petrova+x@yandex.ru", "ira.petrova@yandex.ru"],
    ["  IRA@Example.COM ", "ira@example.com"],
  ])("%s is the mailbox %s", (email, mailbox) => {
    expect(normalizeEmail(email)).toBe(mailbox);
  });

  it("reads +7 and 8 prefixes of one phone alike", () => {
    expect(normalizePhone("+7 (999) 123-45-67")).toBe(normalizePhone("89991234567"));
  });
});

const referrer = { memberId: "r", email: "ira.petrova@gmail.com", phone: "+7 999 123-45-67" };
const stranger = { memberId: "f", email: "oleg@example.com", phone: "+7 916 000-00-00" };

describe("self-referral", () => {
  it.each<[string, Partial<typeof stranger>, BlockReason]>([
    ["the same customer", { memberId: "r" }, "sameCustomer"],
    ["the same email in other case", { email: "IRA.PETROVA@gmail.com" }, "sameEmail"],
    ["a dotted Gmail alias", { email: "irapetrova+2@gmail.com" }, "sameNormalizedEmail"],
    ["the same phone written differently", { phone: "8 (999) 1234567" }, "samePhone"],
  ])("blocks %s", (_name, friend, reason) => {
    expect(findSelfReferral(referrer, { ...stranger, ...friend })).toBe(reason);
  });

  it("passes a different person, and never matches on missing contacts", () => {
    expect(findSelfReferral(referrer, stranger)).toBeNull();
    expect(findSelfReferral({ memberId: "r", email: null, phone: null }, stranger)).toBeNull();
    expect(findSelfReferral(referrer, { memberId: "f", email: null, phone: null })).toBeNull();
  });
});

describe("bursts", () => {
  const rules = { burstLimit: 3 };
  it("blocks the sign-up after the limit from one IP or one device", () => {
    expect(findBurst({ sameIp: 3, sameDevice: 0 }, rules)).toBe("ipBurst");
    expect(findBurst({ sameIp: 0, sameDevice: 3 }, rules)).toBe("deviceBurst");
  });
  it("passes sign-ups under the limit", () => {
    expect(findBurst({ sameIp: 2, sameDevice: 2 }, rules)).toBeNull();
  });
});

describe("deciding a waiting referral", () => {
  const rules = ReferralSection.parse({ refundWindowDays: 14, minFirstOrderAmount: 100_000 });
  const paidAt = new Date("2026-11-01T10:00:00Z");
  const clears = new Date("2026-11-15T10:00:00Z");
  const facts = (over: Partial<ReferralFacts> = {}): ReferralFacts => ({
    referredAt: new Date("2026-10-30T10:00:00Z"),
    friendFirstOrderAt: paidAt,
    order: { paidAt, amount: 150_000, firstRefundAt: null },
    isPaidByReferrer: false,
    rewardedThisMonth: 0,
    ...over,
  });

  it("waits for a first order, then for the refund window to pass", () => {
    expect(decideReferral(facts({ order: null, friendFirstOrderAt: null }), rules, clears)).toEqual(
      { kind: "wait", until: null },
    );
    const justBefore = new Date(clears.getTime() - 1);
    expect(decideReferral(facts(), rules, justBefore)).toEqual({ kind: "wait", until: clears });
    expect(decideReferral(facts(), rules, clears)).toEqual({ kind: "reward" });
  });

  it("cancels when the order is refunded inside the window, not after it", () => {
    const inside = { paidAt, amount: 150_000, firstRefundAt: new Date("2026-11-10T00:00:00Z") };
    expect(decideReferral(facts({ order: inside }), rules, clears)).toEqual({ kind: "cancel" });
    const after = { ...inside, firstRefundAt: new Date("2026-11-20T00:00:00Z") };
    expect(decideReferral(facts({ order: after }), rules, clears)).toEqual({ kind: "reward" });
  });

  it.each<[string, Partial<ReferralFacts>, BlockReason]>([
    [
      "a friend who had ordered before",
      { friendFirstOrderAt: new Date("2026-01-01") },
      "notFirstOrder",
    ],
    [
      "a first order under the minimum",
      { order: { paidAt, amount: 99_999, firstRefundAt: null } },
      "firstOrderTooSmall",
    ],
    ["an order paid by the referrer", { isPaidByReferrer: true }, "referrerPlacedOrder"],
    ["a referrer at the monthly cap", { rewardedThisMonth: 10 }, "monthlyCap"],
  ])("blocks %s", (_name, over, reason) => {
    expect(decideReferral(facts(over), rules, clears)).toEqual({ kind: "block", reason });
  });

  it("rewards under the cap", () => {
    expect(decideReferral(facts({ rewardedThisMonth: 9 }), rules, clears)).toEqual({
      kind: "reward",
    });
  });
});

describe("the store's month", () => {
  it("starts at local midnight of the 1st", () => {
    const now = new Date("2026-11-30T22:30:00Z"); // already 1 December in Moscow
    expect(startOfLocalMonth(now, "Europe/Moscow").toISOString()).toBe("2026-11-30T21:00:00.000Z");
  });
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
it("names the same block reasons as the database (tsc fails this file on drift)", () => {
  const same: Same<BlockReason, ReferralBlockReason> = true;
  expect(same).toBe(true);
});

describe("the friend's first-order discount", () => {
  const referral = { type: "referral", referral: { friendDiscountBp: 1000 } } as const;
  const tier = {
    type: "discount",
    discount: { rule: { kind: "fixed", percentBp: 500 } },
  } as const;

  it("takes the percent off a referred newcomer's order, with its reason", () => {
    const newcomer = makeMember({ isReferredNewcomer: true });
    const q = quote(makeInput([referral], [line("a", 100_000)], newcomer));
    expect(q.totals.discount).toBe(10_000);
    expect(q.reasons).toContainEqual({
      key: "discount.referralFirstOrder",
      params: { programId: "p1", percent: 10 },
    });
  });

  it("gives nothing to anyone else, and stacks as the store's discounts do", () => {
    expect(quote(makeInput([referral], [line("a", 100_000)])).totals.discount).toBe(0);
    const newcomer = makeMember({ isReferredNewcomer: true });
    expect(quote(makeInput([tier, referral], [line("a", 100_000)], newcomer)).totals.discount).toBe(
      10_000,
    );
  });
});
