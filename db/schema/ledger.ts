import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  foreignKey,
  index,
  pgTable,
  primaryKey,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, merchantId } from "./columns";
import { members } from "./members";

export const ledgerKinds = [
  "earn",
  "activate",
  "spend",
  "hold",
  "release",
  "expire",
  "adjust",
  "reverse",
  "return",
  "cashback",
] as const;
export type LedgerKind = (typeof ledgerKinds)[number];

const delta = () => bigint({ mode: "number" }).notNull().default(0);

// Append-only (a trigger refuses UPDATE and DELETE). Each row carries its effect on every balance
// column, so member_balances = sum of these deltas, column by column.
export const ledgerEntries = pgTable(
  "ledger_entries",
  {
    merchantId: merchantId(),
    id: bigint({ mode: "number" }).notNull().generatedAlwaysAsIdentity(),
    memberId: uuid().notNull(),
    kind: text({ enum: ledgerKinds }).notNull(),
    amount: bigint({ mode: "number" }).notNull(),
    available: delta(),
    pending: delta(),
    held: delta(),
    cashback: delta(),
    pendingCashback: delta(),
    debt: delta(),
    reason: text().notNull(),
    orderId: uuid(),
    programVersionId: uuid(),
    actorLabel: text().notNull(),
    actorUserId: text(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: "ledger_entries_merchant_id_id_pk", columns: [t.merchantId, t.id] }),
    check(
      "ledger_entries_kind_check",
      sql.raw(`kind in (${ledgerKinds.map((k) => `'${k}'`).join(", ")})`),
    ),
    foreignKey({
      name: "ledger_entries_member_fk",
      columns: [t.merchantId, t.memberId],
      foreignColumns: [members.merchantId, members.id],
    }),
    index("ledger_entries_merchant_id_member_id_id_idx").on(t.merchantId, t.memberId, t.id),
  ],
);
