import { index, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAt, merchantId } from "./columns";

export const staffRoles = ["owner", "manager", "analyst"] as const;
export type StaffRole = (typeof staffRoles)[number];

// A merchant (store) is better-auth's "organization"; its settings live beside it.
export const merchants = pgTable("merchants", {
  id: text().primaryKey(),
  name: text().notNull(),
  slug: text().notNull().unique(),
  logo: text(),
  metadata: text(),
  currency: text().notNull().default("RUB"),
  timezone: text().notNull().default("Europe/Moscow"),
  locale: text().notNull().default("ru"),
  createdAt: createdAt(),
});

export const memberships = pgTable(
  "memberships",
  {
    id: text().primaryKey(),
    merchantId: merchantId().references(() => merchants.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("memberships_merchant_id_user_id_idx").on(t.merchantId, t.userId),
    index("memberships_user_id_idx").on(t.userId),
  ],
);

export const invitations = pgTable(
  "invitations",
  {
    id: text().primaryKey(),
    merchantId: merchantId().references(() => merchants.id, { onDelete: "cascade" }),
    email: text().notNull(),
    role: text().notNull(),
    status: text().notNull().default("pending"),
    teamId: text(),
    inviterId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("invitations_merchant_id_email_idx").on(t.merchantId, t.email)],
);
