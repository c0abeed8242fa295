CREATE TABLE "program_states" (
	"merchant_id" text NOT NULL,
	"program_id" uuid NOT NULL,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"paused_at" timestamp with time zone,
	"paused_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_states_merchant_id_program_id_pk" PRIMARY KEY("merchant_id","program_id")
);
--> statement-breakpoint
ALTER TABLE "program_states" ADD CONSTRAINT "program_states_program_fk" FOREIGN KEY ("merchant_id","program_id") REFERENCES "public"."programs"("merchant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Admin lists (members, orders) sort and filter per store; these indexes live in SQL only
-- because the tables are declared in other schema files.
CREATE INDEX "members_merchant_id_last_order_at_idx" ON "members" ("merchant_id", "last_order_at" DESC NULLS LAST);
--> statement-breakpoint
CREATE INDEX "members_merchant_id_total_spent_idx" ON "members" ("merchant_id", "total_spent");
--> statement-breakpoint
CREATE INDEX "members_merchant_id_tier_idx" ON "members" ("merchant_id", "tier");
--> statement-breakpoint
CREATE INDEX "members_merchant_id_email_pattern_idx" ON "members" ("merchant_id", lower("email") text_pattern_ops);
--> statement-breakpoint
CREATE INDEX "members_merchant_id_external_id_pattern_idx" ON "members" ("merchant_id", "external_id" text_pattern_ops);
--> statement-breakpoint
CREATE INDEX "member_balances_merchant_id_available_idx" ON "member_balances" ("merchant_id", "available");
--> statement-breakpoint
CREATE INDEX "orders_merchant_id_created_at_idx" ON "orders" ("merchant_id", "created_at");
--> statement-breakpoint
CREATE INDEX "orders_merchant_id_status_created_at_idx" ON "orders" ("merchant_id", "status", "created_at");
