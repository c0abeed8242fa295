import type { ClubSource } from "@/db/schema";
import type { Statement } from "../ledger/write-batch";

// A new term starts now, or where the member's current term ends (a renewal extends it); an
// open-ended term that already covers now needs nothing. A repeated source (the same order,
// fee payment or invitation) inserts nothing.
const insertTerm = `insert into club_memberships (merchant_id, program_id, member_id, source,
    source_ref, fee_paid, starts_at, ends_at, actor_label)
  select $1, $2::uuid, $3::uuid, $4, $5, $6::bigint, t.starts_at,
    case when $8::int is null then null else t.starts_at + make_interval(days => $8::int) end, $9
  from (select greatest($7::timestamptz, coalesce(max(c.ends_at), $7::timestamptz)) as starts_at,
          coalesce(bool_or(c.ends_at is null and c.starts_at <= $7::timestamptz), false) as is_open
        from club_memberships c
        where c.merchant_id = $1 and c.program_id = $2::uuid and c.member_id = $3::uuid
          and (c.ends_at is null or c.ends_at > $7::timestamptz)) t
  where not t.is_open
  on conflict do nothing
  returning starts_at, ends_at`;

export type ClubTerm = {
  merchantId: string;
  programId: string;
  memberId: string;
  source: ClubSource;
  sourceRef: string;
  feePaid: number | null;
  now: Date;
  termDays: number | null;
  actorLabel: string;
};

/** Run under the member's lock: two renewals at once would otherwise start at the same end. */
export function clubTermStatement(term: ClubTerm): Statement {
  return {
    text: insertTerm,
    params: [
      term.merchantId,
      term.programId,
      term.memberId,
      term.source,
      term.sourceRef,
      term.feePaid,
      term.now.toISOString(),
      term.termDays,
      term.actorLabel,
    ],
  };
}
