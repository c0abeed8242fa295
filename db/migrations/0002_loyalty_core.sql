CREATE TABLE "action_rewards" (
	"merchant_id" text NOT NULL,
	"member_id" uuid NOT NULL,
	"action" text NOT NULL,
	"occasion" text NOT NULL,
	"points" bigint NOT NULL,
	"program_version_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_rewards_merchant_id_member_id_action_occasion_pk" PRIMARY KEY("merchant_id","member_id","action","occasion")
);
--> statement-breakpoint
CREATE TABLE "member_balances" (
	"merchant_id" text NOT NULL,
	"member_id" uuid NOT NULL,
	"available" bigint DEFAULT 0 NOT NULL,
	"pending" bigint DEFAULT 0 NOT NULL,
	"held" bigint DEFAULT 0 NOT NULL,
	"cashback" bigint DEFAULT 0 NOT NULL,
	"pending_cashback" bigint DEFAULT 0 NOT NULL,
	"debt" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "member_balances_merchant_id_member_id_pk" PRIMARY KEY("merchant_id","member_id"),
	CONSTRAINT "member_balances_available_check" CHECK (available >= 0),
	CONSTRAINT "member_balances_pending_check" CHECK (pending >= 0),
	CONSTRAINT "member_balances_held_check" CHECK (held >= 0),
	CONSTRAINT "member_balances_cashback_check" CHECK (cashback >= 0),
	CONSTRAINT "member_balances_pending_cashback_check" CHECK (pending_cashback >= 0),
	CONSTRAINT "member_balances_debt_check" CHECK (debt >= 0)
);
--> statement-breakpoint
CREATE TABLE "holds" (
	"merchant_id" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"amount" bigint NOT NULL,
	"status" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "holds_merchant_id_id_pk" PRIMARY KEY("merchant_id","id"),
	CONSTRAINT "holds_amount_check" CHECK (amount > 0),
	CONSTRAINT "holds_status_check" CHECK (status in ('active', 'released', 'spent'))
);
--> statement-breakpoint
CREATE TABLE "lot_allocations" (
	"merchant_id" text NOT NULL,
	"hold_id" uuid NOT NULL,
	"lot_id" uuid NOT NULL,
	"amount" bigint NOT NULL,
	"returned" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "lot_allocations_merchant_id_hold_id_lot_id_pk" PRIMARY KEY("merchant_id","hold_id","lot_id"),
	CONSTRAINT "lot_allocations_returned_check" CHECK (returned >= 0 and returned <= amount and amount > 0)
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"merchant_id" text NOT NULL,
	"key" text NOT NULL,
	"operation" text NOT NULL,
	"request_hash" text NOT NULL,
	"response" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_merchant_id_key_pk" PRIMARY KEY("merchant_id","key")
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"merchant_id" text NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "ledger_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"member_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount" bigint NOT NULL,
	"available" bigint DEFAULT 0 NOT NULL,
	"pending" bigint DEFAULT 0 NOT NULL,
	"held" bigint DEFAULT 0 NOT NULL,
	"cashback" bigint DEFAULT 0 NOT NULL,
	"pending_cashback" bigint DEFAULT 0 NOT NULL,
	"debt" bigint DEFAULT 0 NOT NULL,
	"reason" text NOT NULL,
	"order_id" uuid,
	"program_version_id" uuid,
	"actor_label" text NOT NULL,
	"actor_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_entries_merchant_id_id_pk" PRIMARY KEY("merchant_id","id"),
	CONSTRAINT "ledger_entries_kind_check" CHECK (kind in ('earn', 'activate', 'spend', 'hold', 'release', 'expire', 'adjust', 'reverse', 'return', 'cashback'))
);
--> statement-breakpoint
CREATE TABLE "lots" (
	"merchant_id" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"wallet" text DEFAULT 'points' NOT NULL,
	"status" text NOT NULL,
	"amount" bigint NOT NULL,
	"remaining" bigint NOT NULL,
	"available_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone,
	"order_id" uuid,
	"program_version_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lots_merchant_id_id_pk" PRIMARY KEY("merchant_id","id"),
	CONSTRAINT "lots_remaining_check" CHECK (remaining >= 0 and remaining <= amount),
	CONSTRAINT "lots_status_check" CHECK (status in ('pending', 'available') and wallet in ('points', 'cashback'))
);
--> statement-breakpoint
CREATE TABLE "loyalty_settings" (
	"merchant_id" text PRIMARY KEY NOT NULL,
	"debt_policy" text DEFAULT 'debt' NOT NULL,
	"hold_ttl_minutes" integer DEFAULT 30 NOT NULL,
	"placed_hold_days" integer DEFAULT 14 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "member_daily_stats" (
	"merchant_id" text NOT NULL,
	"member_id" uuid NOT NULL,
	"day" date NOT NULL,
	"spend" bigint DEFAULT 0 NOT NULL,
	"orders" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "member_daily_stats_merchant_id_member_id_day_pk" PRIMARY KEY("merchant_id","member_id","day")
);
--> statement-breakpoint
CREATE TABLE "members" (
	"merchant_id" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"external_id" text NOT NULL,
	"name" text,
	"email" text,
	"phone" text,
	"birthday" date,
	"tier" text,
	"tier_below_since" timestamp with time zone,
	"is_blocked" boolean DEFAULT false NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	"orders_count" integer DEFAULT 0 NOT NULL,
	"total_spent" bigint DEFAULT 0 NOT NULL,
	"first_order_at" timestamp with time zone,
	"last_order_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "members_merchant_id_id_pk" PRIMARY KEY("merchant_id","id")
);
--> statement-breakpoint
CREATE TABLE "order_refunds" (
	"merchant_id" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"lines" jsonb NOT NULL,
	"amount" bigint DEFAULT 0 NOT NULL,
	"earned_reversed" bigint DEFAULT 0 NOT NULL,
	"spent_returned" bigint DEFAULT 0 NOT NULL,
	"cashback_reversed" bigint DEFAULT 0 NOT NULL,
	"debt_recorded" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "order_refunds_merchant_id_id_pk" PRIMARY KEY("merchant_id","id")
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"merchant_id" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"external_id" text,
	"cart_id" text,
	"status" text NOT NULL,
	"lines" jsonb NOT NULL,
	"quote" jsonb NOT NULL,
	"quoted_at" timestamp with time zone NOT NULL,
	"snapshot" jsonb,
	"program_version_ids" uuid[] NOT NULL,
	"subtotal" bigint DEFAULT 0 NOT NULL,
	"discount" bigint DEFAULT 0 NOT NULL,
	"redeemed_points" bigint DEFAULT 0 NOT NULL,
	"earned_points" bigint DEFAULT 0 NOT NULL,
	"cashback" bigint DEFAULT 0 NOT NULL,
	"total" bigint DEFAULT 0 NOT NULL,
	"refunded_amount" bigint DEFAULT 0 NOT NULL,
	"placed_at" timestamp with time zone,
	"paid_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "orders_merchant_id_id_pk" PRIMARY KEY("merchant_id","id"),
	CONSTRAINT "orders_status_check" CHECK (status in ('reserved', 'placed', 'paid', 'cancelled', 'refunded'))
);
--> statement-breakpoint
CREATE TABLE "program_versions" (
	"merchant_id" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"config" jsonb NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_versions_merchant_id_id_pk" PRIMARY KEY("merchant_id","id"),
	CONSTRAINT "program_versions_published_at_check" CHECK ((status = 'published') = (published_at is not null))
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"merchant_id" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"active_version_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programs_merchant_id_id_pk" PRIMARY KEY("merchant_id","id")
);
--> statement-breakpoint
ALTER TABLE "action_rewards" ADD CONSTRAINT "action_rewards_member_fk" FOREIGN KEY ("merchant_id","member_id") REFERENCES "public"."members"("merchant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_balances" ADD CONSTRAINT "member_balances_member_fk" FOREIGN KEY ("merchant_id","member_id") REFERENCES "public"."members"("merchant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "holds" ADD CONSTRAINT "holds_member_fk" FOREIGN KEY ("merchant_id","member_id") REFERENCES "public"."members"("merchant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lot_allocations" ADD CONSTRAINT "lot_allocations_hold_fk" FOREIGN KEY ("merchant_id","hold_id") REFERENCES "public"."holds"("merchant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lot_allocations" ADD CONSTRAINT "lot_allocations_lot_fk" FOREIGN KEY ("merchant_id","lot_id") REFERENCES "public"."lots"("merchant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_member_fk" FOREIGN KEY ("merchant_id","member_id") REFERENCES "public"."members"("merchant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lots" ADD CONSTRAINT "lots_member_fk" FOREIGN KEY ("merchant_id","member_id") REFERENCES "public"."members"("merchant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loyalty_settings" ADD CONSTRAINT "loyalty_settings_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_daily_stats" ADD CONSTRAINT "member_daily_stats_member_fk" FOREIGN KEY ("merchant_id","member_id") REFERENCES "public"."members"("merchant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_refunds" ADD CONSTRAINT "order_refunds_order_fk" FOREIGN KEY ("merchant_id","order_id") REFERENCES "public"."orders"("merchant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_member_fk" FOREIGN KEY ("merchant_id","member_id") REFERENCES "public"."members"("merchant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_versions" ADD CONSTRAINT "program_versions_program_fk" FOREIGN KEY ("merchant_id","program_id") REFERENCES "public"."programs"("merchant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "holds_merchant_id_order_id_idx" ON "holds" USING btree ("merchant_id","order_id");--> statement-breakpoint
CREATE INDEX "holds_expires_at_idx" ON "holds" USING btree ("expires_at") WHERE status = 'active';--> statement-breakpoint
CREATE INDEX "ledger_entries_merchant_id_member_id_id_idx" ON "ledger_entries" USING btree ("merchant_id","member_id","id");--> statement-breakpoint
CREATE INDEX "ledger_entries_merchant_id_order_id_idx" ON "ledger_entries" USING btree ("merchant_id","order_id") WHERE order_id is not null;--> statement-breakpoint
CREATE INDEX "lots_merchant_id_member_id_expires_at_idx" ON "lots" USING btree ("merchant_id","member_id","expires_at") WHERE remaining > 0;--> statement-breakpoint
CREATE INDEX "lots_merchant_id_order_id_idx" ON "lots" USING btree ("merchant_id","order_id") WHERE order_id is not null;--> statement-breakpoint
CREATE INDEX "lots_available_at_idx" ON "lots" USING btree ("available_at") WHERE status = 'pending' and remaining > 0;--> statement-breakpoint
CREATE INDEX "lots_expires_at_idx" ON "lots" USING btree ("expires_at") WHERE remaining > 0 and expires_at is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "members_merchant_id_external_id_idx" ON "members" USING btree ("merchant_id","external_id");--> statement-breakpoint
CREATE INDEX "members_merchant_id_joined_at_idx" ON "members" USING btree ("merchant_id","joined_at");--> statement-breakpoint
CREATE INDEX "order_refunds_merchant_id_order_id_idx" ON "order_refunds" USING btree ("merchant_id","order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_merchant_id_external_id_idx" ON "orders" USING btree ("merchant_id","external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_merchant_id_cart_id_idx" ON "orders" USING btree ("merchant_id","cart_id") WHERE status = 'reserved';--> statement-breakpoint
CREATE INDEX "orders_merchant_id_member_id_paid_at_idx" ON "orders" USING btree ("merchant_id","member_id","paid_at");--> statement-breakpoint
CREATE UNIQUE INDEX "program_versions_merchant_id_program_id_version_idx" ON "program_versions" USING btree ("merchant_id","program_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "program_versions_merchant_id_program_id_draft_idx" ON "program_versions" USING btree ("merchant_id","program_id") WHERE status = 'draft';--> statement-breakpoint
CREATE INDEX "programs_merchant_id_status_idx" ON "programs" USING btree ("merchant_id","status");--> statement-breakpoint
-- Hand-written below: the ledger is append-only (corrections are reversing entries) and a
-- published program version never changes (orders priced with it are refunded with it).
CREATE FUNCTION "refuse_ledger_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ledger_entries is append-only; write a reversing entry instead';
END $$;
--> statement-breakpoint
CREATE TRIGGER "ledger_entries_append_only" BEFORE UPDATE OR DELETE ON "ledger_entries"
  FOR EACH ROW EXECUTE FUNCTION "refuse_ledger_change"();
--> statement-breakpoint
CREATE FUNCTION "refuse_published_version_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'published' THEN
    RAISE EXCEPTION 'program version % is published and cannot change', OLD.id;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "program_versions_frozen_when_published" BEFORE UPDATE ON "program_versions"
  FOR EACH ROW EXECUTE FUNCTION "refuse_published_version_change"();
