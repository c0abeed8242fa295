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
ALTER TABLE "club_memberships" ADD CONSTRAINT "club_memberships_member_fk" FOREIGN KEY ("merchant_id","member_id") REFERENCES "public"."members"("merchant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "club_memberships_merchant_id_program_id_source_source_ref_idx" ON "club_memberships" USING btree ("merchant_id","program_id","source","source_ref");--> statement-breakpoint
CREATE INDEX "club_memberships_merchant_id_member_id_ends_at_idx" ON "club_memberships" USING btree ("merchant_id","member_id","ends_at");