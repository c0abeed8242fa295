CREATE TABLE "simulations" (
	"merchant_id" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"baseline_version_id" uuid,
	"candidate_version_id" uuid NOT NULL,
	"params" jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"processed" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"result" jsonb,
	"error" text,
	"created_by" text,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "simulations_merchant_id_id_pk" PRIMARY KEY("merchant_id","id"),
	CONSTRAINT "simulations_status_check" CHECK (status in ('queued', 'running', 'done', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "simulations" ADD CONSTRAINT "simulations_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "simulations" ADD CONSTRAINT "simulations_program_fk" FOREIGN KEY ("merchant_id","program_id") REFERENCES "public"."programs"("merchant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "simulations_merchant_id_program_id_created_at_idx" ON "simulations" USING btree ("merchant_id","program_id","created_at");--> statement-breakpoint
CREATE INDEX "simulations_status_updated_at_idx" ON "simulations" USING btree ("status","updated_at") WHERE status in ('queued', 'running');--> statement-breakpoint
CREATE INDEX "orders_merchant_id_paid_at_id_idx" ON "orders" USING btree ("merchant_id","paid_at","id") WHERE status = 'paid';