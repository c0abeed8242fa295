CREATE TABLE "partner_credits" (
	"merchant_id" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"partner_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"points" bigint NOT NULL,
	"value" bigint NOT NULL,
	"reference" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_credits_merchant_id_id_pk" PRIMARY KEY("merchant_id","id"),
	CONSTRAINT "partner_credits_points_check" CHECK (points > 0 and value >= 0)
);
--> statement-breakpoint
CREATE TABLE "partners" (
	"merchant_id" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"monthly_cap" bigint,
	"key_hash" text NOT NULL,
	"masked_key" text NOT NULL,
	"key_revoked_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partners_merchant_id_id_pk" PRIMARY KEY("merchant_id","id"),
	CONSTRAINT "partners_monthly_cap_check" CHECK (monthly_cap is null or monthly_cap >= 0)
);
--> statement-breakpoint
ALTER TABLE "partner_credits" ADD CONSTRAINT "partner_credits_partner_fk" FOREIGN KEY ("merchant_id","partner_id") REFERENCES "public"."partners"("merchant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_credits" ADD CONSTRAINT "partner_credits_member_fk" FOREIGN KEY ("merchant_id","member_id") REFERENCES "public"."members"("merchant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "partner_credits_merchant_id_partner_id_created_at_idx" ON "partner_credits" USING btree ("merchant_id","partner_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "partners_key_hash_idx" ON "partners" USING btree ("key_hash");