CREATE SEQUENCE "public"."member_card_numbers" INCREMENT BY 1 MINVALUE 100000000001 MAXVALUE 999999999999 START WITH 100000000001 CACHE 1;--> statement-breakpoint
CREATE TABLE "club_memberships" (
	"merchant_id" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"source" text NOT NULL,
	"source_ref" text NOT NULL,
	"fee_paid" bigint,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"actor_label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "club_memberships_merchant_id_id_pk" PRIMARY KEY("merchant_id","id"),
	CONSTRAINT "club_memberships_term_check" CHECK (ends_at is null or ends_at > starts_at),
	CONSTRAINT "club_memberships_source_check" CHECK (source in ('invitation', 'purchase', 'fee'))
);
--> statement-breakpoint
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
ALTER TABLE "members" ADD COLUMN "card_number" text DEFAULT nextval('member_card_numbers')::text NOT NULL;--> statement-breakpoint
ALTER TABLE "club_memberships" ADD CONSTRAINT "club_memberships_member_fk" FOREIGN KEY ("merchant_id","member_id") REFERENCES "public"."members"("merchant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_credits" ADD CONSTRAINT "partner_credits_partner_fk" FOREIGN KEY ("merchant_id","partner_id") REFERENCES "public"."partners"("merchant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_credits" ADD CONSTRAINT "partner_credits_member_fk" FOREIGN KEY ("merchant_id","member_id") REFERENCES "public"."members"("merchant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "club_memberships_merchant_id_program_id_source_source_ref_idx" ON "club_memberships" USING btree ("merchant_id","program_id","source","source_ref");--> statement-breakpoint
CREATE INDEX "club_memberships_merchant_id_member_id_ends_at_idx" ON "club_memberships" USING btree ("merchant_id","member_id","ends_at");--> statement-breakpoint
CREATE INDEX "partner_credits_merchant_id_partner_id_created_at_idx" ON "partner_credits" USING btree ("merchant_id","partner_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "partners_key_hash_idx" ON "partners" USING btree ("key_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "members_merchant_id_card_number_idx" ON "members" USING btree ("merchant_id","card_number");