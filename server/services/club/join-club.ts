import type { Executor } from "@/db/database";
import type { ClubSource } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import type { ClubSection } from "@/server/engine";
import { Conflict, InvalidInput, NotFound } from "@/server/errors";
import type { ServiceContext } from "../context";
import { runStatement } from "../execute-prepared";
import { rowsOf } from "../ledger/rows-of";
import type { MemberRef } from "../members/find-member";
import { lockMember } from "../members/lock-member";
import { type ActiveVersion, listActiveVersions } from "../programs/list-active-versions";
import { clubTermStatement } from "./club-term-statement";
import { type ClubProgram, findClubPrograms } from "./find-club-programs";
import { listClubTerms } from "./list-club-terms";

export type JoinRequest = {
  member: MemberRef;
  /** Needed only when the store runs more than one club. */
  programId?: string;
  source: Exclude<ClubSource, "purchase">;
  sourceRef: string;
  feePaid?: number;
};

/**
 * Starts or renews a membership by invitation or fee, under the member's lock. The same
 * sourceRef again (a retried fee payment) adds no term and answers the membership as it is.
 */
export async function joinClub({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: ServiceContext;
  input: JoinRequest;
  now?: Date;
}) {
  const program = pickClub(await listActiveVersions({ ctx }), input.programId);
  checkFee(program.club, input);
  return inTransaction(ctx.db, (tx) => addTerm(tx, ctx, program, input, now));
}

/** The term itself, in the caller's transaction (a fee payment runs it under its key). */
export async function addTerm(
  tx: Executor,
  ctx: ServiceContext,
  program: ClubProgram<ActiveVersion>,
  input: JoinRequest,
  now: Date,
) {
  const { member } = await lockMember(tx, ctx.merchantId, input.member);
  if (member.isBlocked) throw new Conflict("A blocked member cannot join the club");
  const statement = clubTermStatement({
    merchantId: ctx.merchantId,
    programId: program.programId,
    memberId: member.id,
    source: input.source,
    sourceRef: input.sourceRef,
    feePaid: input.feePaid ?? null,
    now,
    termDays: program.club.termDays,
    actorLabel: ctx.actor.label,
  });
  const added = rowsOf(await runStatement(tx, statement.text, statement.params));
  const terms = await listClubTerms(tx, { merchantId: ctx.merchantId, memberId: member.id });
  const mine = terms.filter((term) => term.programId === program.programId);
  return {
    externalId: member.externalId,
    programId: program.programId,
    programName: program.programName,
    isRenewed: added.length > 0 && mine.length > 1,
    endsAt: latestEnd(mine),
  };
}

export function checkFee(club: ClubSection, input: Pick<JoinRequest, "source" | "feePaid">) {
  if (input.source !== "fee") return;
  if (club.joinBy !== "fee") throw new Conflict("This club is not joined by paying a fee");
  if ((input.feePaid ?? 0) < club.fee) {
    throw new InvalidInput(`The club's fee is ${club.fee}`, { amount: ["Below the fee"] });
  }
}

export function pickClub(versions: readonly ActiveVersion[], programId: string | undefined) {
  const clubs = findClubPrograms(versions);
  const program = programId ? clubs.find((c) => c.programId === programId) : clubs[0];
  if (!program) throw new NotFound("The store has no live club program");
  if (!programId && clubs.length > 1) {
    throw new InvalidInput("The store runs several clubs: name one", { programId: ["Required"] });
  }
  return program;
}

/** null: no end. */
function latestEnd(terms: { endsAt: Date | null }[]): string | null {
  if (terms.some((term) => term.endsAt === null)) return null;
  const last = Math.max(...terms.map((term) => term.endsAt?.getTime() ?? 0));
  return new Date(last).toISOString();
}
