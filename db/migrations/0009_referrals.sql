CREATE TABLE "buyer_fingerprints" (
	"merchant_id" text NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"value" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "buyer_fingerprints_merchant_id_member_id_kind_value_pk" PRIMARY KEY("merchant_id","member_id","kind","value"),
	CONSTRAINT "buyer_fingerprints_kind_check" CHECK (kind in ('payment', 'device'))
);
--> statement-breakpoint
CREATE TABLE "referral_codes" (
	"merchant_id" text NOT NULL,
	"member_id" uuid NOT NULL,
	"code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referral_codes_merchant_id_member_id_pk" PRIMARY KEY("merchant_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"merchant_id" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"referrer_member_id" uuid NOT NULL,
	"friend_member_id" uuid NOT NULL,
	"code" text NOT NULL,
	"program_version_id" uuid NOT NULL,
	"status" text NOT NULL,
	"block_reason" text,
	"ip" text,
	"device_id" text,
	"friend_points" bigint DEFAULT 0 NOT NULL,
	"referrer_points" bigint DEFAULT 0 NOT NULL,
	"first_order_id" uuid,
	"first_order_amount" bigint,
	"first_order_paid_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referrals_merchant_id_id_pk" PRIMARY KEY("merchant_id","id"),
	CONSTRAINT "referrals_status_check" CHECK (status in ('waiting', 'rewarded', 'cancelled', 'blocked')),
	CONSTRAINT "referrals_blocked_has_reason_check" CHECK ((status = 'blocked') = (block_reason is not null))
);
--> statement-breakpoint
ALTER TABLE "buyer_fingerprints" ADD CONSTRAINT "buyer_fingerprints_member_fk" FOREIGN KEY ("merchant_id","member_id") REFERENCES "public"."members"("merchant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_codes" ADD CONSTRAINT "referral_codes_member_fk" FOREIGN KEY ("merchant_id","member_id") REFERENCES "public"."members"("merchant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_referrer_fk" FOREIGN KEY ("merchant_id","referrer_member_id") REFERENCES "public"."members"("merchant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_friend_fk" FOREIGN KEY ("merchant_id","friend_member_id") REFERENCES "public"."members"("merchant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "buyer_fingerprints_merchant_id_kind_value_idx" ON "buyer_fingerprints" USING btree ("merchant_id","kind","value");--> statement-breakpoint
CREATE UNIQUE INDEX "referral_codes_merchant_id_code_idx" ON "referral_codes" USING btree ("merchant_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "referrals_merchant_id_friend_member_id_idx" ON "referrals" USING btree ("merchant_id","friend_member_id");--> statement-breakpoint
CREATE INDEX "referrals_merchant_id_referrer_member_id_closed_at_idx" ON "referrals" USING btree ("merchant_id","referrer_member_id","closed_at");--> statement-breakpoint
CREATE INDEX "referrals_merchant_id_created_at_idx" ON "referrals" USING btree ("merchant_id","created_at");--> statement-breakpoint
CREATE INDEX "referrals_waiting_created_at_idx" ON "referrals" USING btree ("created_at") WHERE status = 'waiting';--> statement-breakpoint
CREATE INDEX "referrals_merchant_id_ip_created_at_idx" ON "referrals" USING btree ("merchant_id","ip","created_at") WHERE ip is not null;--> statement-breakpoint
CREATE INDEX "referrals_merchant_id_device_id_created_at_idx" ON "referrals" USING btree ("merchant_id","device_id","created_at") WHERE device_id is not null;