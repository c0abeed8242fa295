import type { Executor } from "@/db/database";
import type { ActiveVersion } from "../programs/list-active-versions";
import { findClubPrograms } from "./find-club-programs";
import { listClubTerms } from "./list-club-terms";

/**
 * The member in each live club: active now or not, until when, and (only while active) the
 * members-only offers. A club they never joined is listed too, so the admin can invite them.
 */
export async function describeClubStatus(
  db: Executor,
  key: { merchantId: string; memberId: string },
  versions: readonly ActiveVersion[],
  now: Date,
) {
  const clubs = findClubPrograms(versions);
  if (clubs.length === 0) return [];
  const terms = await listClubTerms(db, key);
  return clubs.map(({ programId, programName, club }) => {
    const mine = terms.filter((term) => term.programId === programId);
    const isActive = mine.some(
      (term) => term.startsAt <= now && (term.endsAt === null || term.endsAt > now),
    );
    const isOpenEnded = mine.some((term) => term.endsAt === null);
    const ends = mine.flatMap((term) => (term.endsAt ? [term.endsAt.getTime()] : []));
    return {
      programId,
      name: programName,
      discountBp: club.discountBp,
      joinBy: club.joinBy,
      fee: club.fee,
      isActive,
      hasJoined: mine.length > 0,
      endsAt: isOpenEnded || ends.length === 0 ? null : new Date(Math.max(...ends)),
      offers: isActive ? club.offers : [],
    };
  });
}
export type ClubStatus = Awaited<ReturnType<typeof describeClubStatus>>[number];
