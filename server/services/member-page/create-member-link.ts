import { z } from "zod";
import { env } from "@/server/env";
import type { ServiceContext } from "../context";
import { findMember, type MemberRef } from "../members/find-member";
import { signMemberLinkToken } from "./member-link-token";

export const defaultLinkDays = 30;
export const LinkDays = z.number().int().min(1).max(365);

/** A signed, expiring link to the member's own page; anyone holding it sees that page only. */
export async function createMemberLink({
  ctx,
  member,
  days = defaultLinkDays,
  now = new Date(),
}: {
  ctx: ServiceContext;
  member: MemberRef;
  days?: number;
  now?: Date;
}) {
  const { id, externalId, pageLinkGeneration } = await findMember({ ctx, ref: member });
  const link = await signMemberLink({
    merchantId: ctx.merchantId,
    memberId: id,
    generation: pageLinkGeneration,
    days,
    now,
  });
  return { externalId, ...link };
}

/** Signing only, for callers that already hold the member's id (the widget's hot path). */
export async function signMemberLink({
  merchantId,
  memberId,
  generation,
  days = defaultLinkDays,
  now = new Date(),
}: {
  merchantId: string;
  memberId: string;
  generation: number;
  days?: number;
  now?: Date;
}) {
  const expiresAt = new Date(now.getTime() + LinkDays.parse(days) * 86_400_000);
  const token = await signMemberLinkToken({
    merchantId,
    memberId,
    expiresAt,
    generation,
    serverSecret: env.AUTH_SECRET,
  });
  return { url: `${env.APP_URL}/m/${token}`, expiresAt: expiresAt.toISOString() };
}
