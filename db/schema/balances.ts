import { sql } from "drizzle-orm";
import { bigint, check, foreignKey, pgTable, primaryKey, uuid } from "drizzle-orm/pg-core";
import { merchantId, updatedAt } from "./columns";
import { members } from "./members";

const points = () => bigint({ mode: "number" }).notNull().default(0);

// One row per member, always equal to the sum of the member's ledger; it is also the member's
// lock: every change to a member's points locks this row first, so concurrent spends serialise.
export const memberBalances = pgTable(
  "member_balances",
  {
    merchantId: merchantId(),
    memberId: uuid().notNull(),
    available: points(),
    pending: points(),
    held: points(),
    cashback: points(),
    pendingCashback: points(),
    debt: points(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({
      name: "member_balances_merchant_id_member_id_pk",
      columns: [t.merchantId, t.memberId],
    }),
    foreignKey({
      name: "member_balances_member_fk",
      columns: [t.merchantId, t.memberId],
      foreignColumns: [members.merchantId, members.id],
    }).onDelete("cascade"),
    check("member_balances_available_check", sql`available >= 0`),
    check("member_balances_pending_check", sql`pending >= 0`),
    check("member_balances_held_check", sql`held >= 0`),
    check("member_balances_cashback_check", sql`cashback >= 0`),
    check("member_balances_pending_cashback_check", sql`pending_cashback >= 0`),
    check("member_balances_debt_check", sql`debt >= 0`),
  ],
);
