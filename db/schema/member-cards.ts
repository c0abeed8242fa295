import { foreignKey, index, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { merchantId } from "./columns";
import { members } from "./members";

// Finds a member by the card number a cashier scans or types. It lives beside `members`, not
// as an index on it: every paid order rewrites the member row, and a unique index there was
// written and checked on each of those writes. A trigger on members fills it at enrolment.
export const memberCards = pgTable(
  "member_cards",
  {
    merchantId: merchantId(),
    cardNumber: text().notNull(),
    memberId: uuid().notNull(),
  },
  (t) => [
    primaryKey({
      name: "member_cards_merchant_id_card_number_pk",
      columns: [t.merchantId, t.cardNumber],
    }),
    foreignKey({
      name: "member_cards_member_fk",
      columns: [t.merchantId, t.memberId],
      foreignColumns: [members.merchantId, members.id],
    }).onDelete("cascade"),
    index("member_cards_merchant_id_member_id_idx").on(t.merchantId, t.memberId),
  ],
);
