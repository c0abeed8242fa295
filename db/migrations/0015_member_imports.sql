CREATE TABLE "member_import_rows" (
	"merchant_id" text NOT NULL,
	"import_id" uuid NOT NULL,
	"row" integer NOT NULL,
	"data" jsonb NOT NULL,
	"errors" jsonb,
	CONSTRAINT "member_import_rows_merchant_id_import_id_row_pk" PRIMARY KEY("merchant_id","import_id","row")
);
--> statement-breakpoint
CREATE TABLE "member_imports" (
	"merchant_id" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"batch_key" text NOT NULL,
	"file_name" text NOT NULL,
	"status" text DEFAULT 'uploading' NOT NULL,
	"total" integer NOT NULL,
	"last_row" integer DEFAULT 0 NOT NULL,
	"processed" integer DEFAULT 0 NOT NULL,
	"created" integer DEFAULT 0 NOT NULL,
	"existing" integer DEFAULT 0 NOT NULL,
	"failed" integer DEFAULT 0 NOT NULL,
	"credited" bigint DEFAULT 0 NOT NULL,
	"error" text,
	"actor" jsonb NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "member_imports_merchant_id_id_pk" PRIMARY KEY("merchant_id","id"),
	CONSTRAINT "member_imports_merchant_id_batch_key_unique" UNIQUE("merchant_id","batch_key"),
	CONSTRAINT "member_imports_status_check" CHECK (status in ('uploading', 'queued', 'running', 'done', 'failed')),
	CONSTRAINT "member_imports_total_check" CHECK (total between 1 and 200000)
);
--> statement-breakpoint
ALTER TABLE "member_import_rows" ADD CONSTRAINT "member_import_rows_import_fk" FOREIGN KEY ("merchant_id","import_id") REFERENCES "public"."member_imports"("merchant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_imports" ADD CONSTRAINT "member_imports_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "member_imports_merchant_id_created_at_idx" ON "member_imports" USING btree ("merchant_id","created_at");--> statement-breakpoint
CREATE INDEX "member_imports_due_idx" ON "member_imports" USING btree ("created_at") WHERE status in ('queued', 'running');