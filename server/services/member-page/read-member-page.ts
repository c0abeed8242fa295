import type { Executor } from "@/db/database";
import { env } from "@/server/env";
import { describeClubStatus } from "../club/describe-club-status";
import type { ServiceContext } from "../context";
import { describeMemberTier } from "../members/describe-member-tier";
import { findMember } from "../members/find-member";
import { getMemberBalance } from "../members/get-balance";
import { listExpiringLots } from "../members/list-expiring-lots";
import { listLedger } from "../members/list-ledger";
import { getMerchant } from "../merchants/get-merchant";
import { listActiveVersions } from "../programs/list-active-versions";
import { describeInvite } from "../widget/describe-invite";
import { MemberLinkRevoked, verifyMemberLinkToken } from "./member-link-token";
import { renderCardQr } from "./render-card-qr";

const historyLength = 30;

/**
 * Everything the member page shows, opened by its signed link alone: the link names the store
 * and the member, so nothing from the request can point it at anyone else. A link signed
 * before the store revoked the member's links opens nothing.
 */
export async function readMemberPage({
  db,
  token,
  now = new Date(),
}: {
  db: Executor;
  token: string;
  now?: Date;
}) {
  const claims = await verifyMemberLinkToken({ token, serverSecret: env.AUTH_SECRET, now });
  const ctx: ServiceContext = {
    merchantId: claims.merchantId,
    actor: { kind: "system", label: "member page" },
    db,
  };
  const [merchant, member] = await Promise.all([
    getMerchant({ ctx }),
    findMember({ ctx, ref: { memberId: claims.memberId } }),
  ]);
  if (member.pageLinkGeneration !== claims.generation) {
    throw new MemberLinkRevoked("The store has revoked this link");
  }
  const key = { merchantId: ctx.merchantId, memberId: member.id };
  const versions = await listActiveVersions({ ctx });
  const [balance, tier, expiring, history, qrSvg, clubs, invite] = await Promise.all([
    getMemberBalance({ ctx, member: { memberId: member.id }, now }),
    describeMemberTier(ctx, member, { now, timezone: merchant.timezone }),
    listExpiringLots(db, key, now),
    listLedger({ ctx, member: { memberId: member.id }, limit: historyLength }),
    renderCardQr(member.cardNumber),
    describeClubStatus(db, key, versions, now),
    describeInvite(ctx, member.id, versions),
  ]);
  return {
    store: {
      name: merchant.name,
      currency: merchant.currency,
      timezone: merchant.timezone,
      locale: merchant.locale,
    },
    member: { name: member.name, cardNumber: member.cardNumber, joinedAt: member.joinedAt },
    card: { qrSvg },
    balance: {
      available: balance.available,
      spendable: balance.spendable,
      pending: balance.pending,
      cashback: balance.cashback,
    },
    expiring: expiring.map((lot) => ({
      wallet: lot.wallet,
      remaining: lot.remaining,
      expiresAt: lot.expiresAt,
    })),
    tier,
    referralUrl: invite?.link ?? null,
    clubs: clubs.filter((club) => club.hasJoined),
    history: history.map((e) => ({
      id: e.id,
      at: e.createdAt,
      kind: e.kind,
      amount: e.amount,
      reason: e.reason,
    })),
    expiresAt: claims.expiresAt,
  };
}
export type MemberPageData = Awaited<ReturnType<typeof readMemberPage>>;
