CREATE TABLE "campaign_messages" (
	"merchant_id" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"occurrence" text NOT NULL,
	"step" integer DEFAULT 1 NOT NULL,
	"is_test" boolean DEFAULT false NOT NULL,
	"channel" text NOT NULL,
	"is_marketing" boolean NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"due_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"recipient" text,
	"subject" text,
	"body" text,
	"reason" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"sent_at" timestamp with time zone,
	"opened_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_messages_merchant_id_id_pk" PRIMARY KEY("merchant_id","id"),
	CONSTRAINT "campaign_messages_status_check" CHECK (status in ('queued', 'sending', 'sent', 'failed', 'skipped'))
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"merchant_id" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"trigger" text NOT NULL,
	"channel" text DEFAULT 'email' NOT NULL,
	"is_transactional" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"templates" jsonb NOT NULL,
	"activated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaigns_merchant_id_id_pk" PRIMARY KEY("merchant_id","id")
);
--> statement-breakpoint
CREATE TABLE "messaging_settings" (
	"merchant_id" text PRIMARY KEY NOT NULL,
	"smtp_host" text,
	"smtp_port" integer DEFAULT 587 NOT NULL,
	"smtp_secure" boolean DEFAULT false NOT NULL,
	"smtp_user" text,
	"sealed_smtp_password" text,
	"from_address" text,
	"webhook_url" text,
	"sealed_webhook_secret" text,
	"frequency_cap" integer DEFAULT 2 NOT NULL,
	"frequency_window_days" integer DEFAULT 7 NOT NULL,
	"quiet_start_minute" integer DEFAULT 1260 NOT NULL,
	"quiet_end_minute" integer DEFAULT 540 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "email_consent" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "email_consent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "email_consent_source" text;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "sms_consent" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "sms_consent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "sms_consent_source" text;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "error" text;--> statement-breakpoint
ALTER TABLE "campaign_messages" ADD CONSTRAINT "campaign_messages_campaign_fk" FOREIGN KEY ("merchant_id","campaign_id") REFERENCES "public"."campaigns"("merchant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_messages" ADD CONSTRAINT "campaign_messages_member_fk" FOREIGN KEY ("merchant_id","member_id") REFERENCES "public"."members"("merchant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messaging_settings" ADD CONSTRAINT "messaging_settings_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_messages_merchant_id_campaign_id_member_id_occurrence_idx" ON "campaign_messages" USING btree ("merchant_id","campaign_id","member_id","occurrence");--> statement-breakpoint
CREATE INDEX "campaign_messages_due_at_idx" ON "campaign_messages" USING btree ("due_at") WHERE status = 'queued';--> statement-breakpoint
CREATE INDEX "campaign_messages_merchant_id_member_id_sent_at_idx" ON "campaign_messages" USING btree ("merchant_id","member_id","sent_at");--> statement-breakpoint
CREATE INDEX "campaign_messages_merchant_id_created_at_idx" ON "campaign_messages" USING btree ("merchant_id","created_at");--> statement-breakpoint
CREATE INDEX "campaigns_status_idx" ON "campaigns" USING btree ("status") WHERE status = 'active';