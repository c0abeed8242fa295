import { bigint, foreignKey, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, merchantId } from "./columns";
import { members } from "./members";

export const memberActions = ["signUp", "birthday", "profileCompleted", "review"] as const;
export type MemberAction = (typeof memberActions)[number];

// The key makes each reward once-only: occasion is "once", or the year for a birthday.
export const actionRewards = pgTable(
  "action_rewards",
  {
    merchantId: merchantId(),
    memberId: uuid().notNull(),
    action: text({ enum: memberActions }).notNull(),
    occasion: text().notNull(),
    points: bigint({ mode: "number" }).notNull(),
    programVersionId: uuid(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({
      name: "action_rewards_merchant_id_member_id_action_occasion_pk",
      columns: [t.merchantId, t.memberId, t.action, t.occasion],
    }),
    foreignKey({
      name: "action_rewards_member_fk",
      columns: [t.merchantId, t.memberId],
      foreignColumns: [members.merchantId, members.id],
    }),
  ],
);
