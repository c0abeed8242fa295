DROP INDEX "lots_merchant_id_member_id_expires_at_idx";--> statement-breakpoint
DROP INDEX "lots_available_at_idx";--> statement-breakpoint
DROP INDEX "lots_expires_at_idx";--> statement-breakpoint
ALTER TABLE "lots" ADD COLUMN "is_open" boolean GENERATED ALWAYS AS (remaining > 0) STORED;--> statement-breakpoint
CREATE INDEX "lots_merchant_id_member_id_expires_at_idx" ON "lots" USING btree ("merchant_id","member_id","expires_at") WHERE is_open;--> statement-breakpoint
CREATE INDEX "lots_available_at_idx" ON "lots" USING btree ("available_at") WHERE status = 'pending' and is_open;--> statement-breakpoint
CREATE INDEX "lots_expires_at_idx" ON "lots" USING btree ("expires_at") WHERE is_open and expires_at is not null;--> statement-breakpoint
-- Every paid order rewrites its buyer's member and balance rows. An index on a column the order
-- changes (total spent, last order, available points) makes each rewrite a new entry in every
-- index of the table; without one, Postgres rewrites the row in place on its page (HOT). The
-- admin lists that sort or filter by these columns read one store's members instead.
DROP INDEX IF EXISTS "members_merchant_id_total_spent_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "members_merchant_id_last_order_at_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "member_balances_merchant_id_available_idx";--> statement-breakpoint
-- Room on each page for a row's next version, so that rewrites stay on the page.
ALTER TABLE "members" SET (fillfactor = 80);--> statement-breakpoint
ALTER TABLE "member_balances" SET (fillfactor = 80);--> statement-breakpoint
ALTER TABLE "member_daily_stats" SET (fillfactor = 80);--> statement-breakpoint
ALTER TABLE "lots" SET (fillfactor = 80);
