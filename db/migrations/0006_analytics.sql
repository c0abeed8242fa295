CREATE TABLE "analytics_customers" (
	"merchant_id" text NOT NULL,
	"is_member" boolean NOT NULL,
	"customer_key" text NOT NULL,
	"member_id" uuid,
	"joined_month" integer NOT NULL,
	"first_order_month" integer,
	"first_order_at" timestamp with time zone,
	"second_order_at" timestamp with time zone,
	"active_months" integer[] NOT NULL,
	"active_mask" bigint DEFAULT 0 NOT NULL,
	"tier" text,
	CONSTRAINT "analytics_customers_pk" PRIMARY KEY("merchant_id","is_member","customer_key")
);
--> statement-breakpoint
CREATE TABLE "analytics_expiry_months" (
	"merchant_id" text NOT NULL,
	"month" integer NOT NULL,
	"points" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "analytics_expiry_months_pk" PRIMARY KEY("merchant_id","month")
);
--> statement-breakpoint
CREATE TABLE "analytics_order_days" (
	"merchant_id" text NOT NULL,
	"day" date NOT NULL,
	"is_member" boolean NOT NULL,
	"orders" integer DEFAULT 0 NOT NULL,
	"revenue" bigint DEFAULT 0 NOT NULL,
	"discount" bigint DEFAULT 0 NOT NULL,
	"points_value" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "analytics_order_days_pk" PRIMARY KEY("merchant_id","day","is_member")
);
--> statement-breakpoint
CREATE TABLE "analytics_point_days" (
	"merchant_id" text NOT NULL,
	"day" date NOT NULL,
	"earned" bigint DEFAULT 0 NOT NULL,
	"spent" bigint DEFAULT 0 NOT NULL,
	"expired" bigint DEFAULT 0 NOT NULL,
	"reversed" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "analytics_point_days_pk" PRIMARY KEY("merchant_id","day")
);
--> statement-breakpoint
CREATE TABLE "analytics_state" (
	"merchant_id" text PRIMARY KEY NOT NULL,
	"orders_seen_at" timestamp with time zone,
	"guest_orders_seen_at" timestamp with time zone,
	"ledger_seen_id" bigint DEFAULT 0 NOT NULL,
	"mask_base_month" integer DEFAULT 0 NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "guest_orders" (
	"merchant_id" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"external_id" text NOT NULL,
	"customer_ref" text NOT NULL,
	"amount" bigint NOT NULL,
	"refunded_amount" bigint DEFAULT 0 NOT NULL,
	"paid_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "guest_orders_merchant_id_id_pk" PRIMARY KEY("merchant_id","id"),
	CONSTRAINT "guest_orders_amount_check" CHECK (amount >= 0 and refunded_amount >= 0 and refunded_amount <= amount)
);
--> statement-breakpoint
ALTER TABLE "analytics_state" ADD CONSTRAINT "analytics_state_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guest_orders" ADD CONSTRAINT "guest_orders_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "analytics_customers_merchant_id_member_id_idx" ON "analytics_customers" USING btree ("merchant_id","member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "guest_orders_merchant_id_external_id_idx" ON "guest_orders" USING btree ("merchant_id","external_id");--> statement-breakpoint
CREATE INDEX "guest_orders_merchant_id_customer_ref_idx" ON "guest_orders" USING btree ("merchant_id","customer_ref");--> statement-breakpoint
CREATE INDEX "guest_orders_merchant_id_updated_at_idx" ON "guest_orders" USING btree ("merchant_id","updated_at");