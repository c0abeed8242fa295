import { z } from "zod";
import type { ServiceContext } from "../context";
import { IdempotencyKey, runIdempotent } from "../idempotency/run-idempotent";
import type { MemberRef } from "../members/find-member";
import { listActiveVersions } from "../programs/list-active-versions";
import { addTerm, checkFee, pickClub } from "./join-club";

export const PayClubFeeInput = z.object({
  idempotencyKey: IdempotencyKey,
  amount: z.number().int().min(1).max(1e12),
  programId: z.uuid().optional(),
});

/** The store took the club's fee: starts or renews the membership, once per key. */
export async function payClubFee({
  ctx,
  member,
  input,
  now = new Date(),
}: {
  ctx: ServiceContext;
  member: MemberRef;
  input: z.input<typeof PayClubFeeInput>;
  now?: Date;
}) {
  const { idempotencyKey, ...request } = PayClubFeeInput.parse(input);
  const program = pickClub(await listActiveVersions({ ctx }), request.programId);
  const join = { source: "fee" as const, feePaid: request.amount };
  checkFee(program.club, join);
  const call = { ctx, key: idempotencyKey, operation: "club.fee", input: { member, ...request } };
  return runIdempotent(call, (tx) =>
    addTerm(tx, ctx, program, { member, ...join, sourceRef: idempotencyKey }, now),
  );
}
