import { signMemberLink } from "./create-member-link";

// The widget asks for a quote on every cart change, and each answer carries the member's page
// link. A day-long link is signed once an hour per member and handed out again until then, so
// a buyer always gets a link with at least 23 of its 24 hours left. The generation is part of
// the key, so once the store revokes the member's links the next quote signs a new one.
const linkDays = 1;
const reuseMs = 3_600_000;
const maxEntries = 20_000;
type Link = Awaited<ReturnType<typeof signMemberLink>>;
const signed = new Map<string, { link: Link; signedAt: number }>();

export async function signMemberLinkCached({
  merchantId,
  memberId,
  generation,
  now = new Date(),
}: {
  merchantId: string;
  memberId: string;
  generation: number;
  now?: Date;
}): Promise<Link> {
  const key = `${merchantId}\u0000${memberId}\u0000${generation}`;
  const at = now.getTime();
  const cached = signed.get(key);
  if (cached && at >= cached.signedAt && at - cached.signedAt < reuseMs) return cached.link;
  const link = await signMemberLink({ merchantId, memberId, generation, days: linkDays, now });
  if (signed.size >= maxEntries) signed.clear();
  signed.set(key, { link, signedAt: at });
  return link;
}
