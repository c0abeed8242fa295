import { foreignKey, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { merchantId, updatedAt } from "./columns";
import { programs } from "./programs";

// Pause and schedule sit beside the program: a paused or out-of-window program keeps its
// published versions but has no active version, so pricing (which joins on it) skips it.
export const programStates = pgTable(
  "program_states",
  {
    merchantId: merchantId(),
    programId: uuid().notNull(),
    startsAt: timestamp({ withTimezone: true }),
    endsAt: timestamp({ withTimezone: true }),
    pausedAt: timestamp({ withTimezone: true }),
    pausedBy: text(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({
      name: "program_states_merchant_id_program_id_pk",
      columns: [t.merchantId, t.programId],
    }),
    foreignKey({
      name: "program_states_program_fk",
      columns: [t.merchantId, t.programId],
      foreignColumns: [programs.merchantId, programs.id],
    }).onDelete("cascade"),
  ],
);
