CREATE TABLE "analytics_program_order_days" (
	"merchant_id" text NOT NULL,
	"program_id" uuid NOT NULL,
	"day" date NOT NULL,
	"orders" integer DEFAULT 0 NOT NULL,
	"revenue" bigint DEFAULT 0 NOT NULL,
	"discount" bigint DEFAULT 0 NOT NULL,
	"points_value" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "analytics_program_order_days_pk" PRIMARY KEY("merchant_id","program_id","day")
);
--> statement-breakpoint
CREATE TABLE "analytics_program_point_days" (
	"merchant_id" text NOT NULL,
	"program_id" uuid NOT NULL,
	"day" date NOT NULL,
	"earned" bigint DEFAULT 0 NOT NULL,
	"spent" bigint DEFAULT 0 NOT NULL,
	"expired" bigint DEFAULT 0 NOT NULL,
	"reversed" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "analytics_program_point_days_pk" PRIMARY KEY("merchant_id","program_id","day")
);
--> statement-breakpoint
CREATE TABLE "tier_changes" (
	"merchant_id" text NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "tier_changes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"member_id" uuid NOT NULL,
	"from_tier" text,
	"to_tier" text,
	"direction" text NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tier_changes_merchant_id_id_pk" PRIMARY KEY("merchant_id","id"),
	CONSTRAINT "tier_changes_direction_check" CHECK (direction in ('up', 'down'))
);
--> statement-breakpoint
ALTER TABLE "analytics_customers" ADD COLUMN "up_mask" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "analytics_customers" ADD COLUMN "down_mask" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "analytics_customers" ADD COLUMN "program_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "tier_changes" ADD CONSTRAINT "tier_changes_member_fk" FOREIGN KEY ("merchant_id","member_id") REFERENCES "public"."members"("merchant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tier_changes_merchant_id_changed_at_idx" ON "tier_changes" USING btree ("merchant_id","changed_at");--> statement-breakpoint
CREATE INDEX "analytics_customers_merchant_id_joined_month_idx" ON "analytics_customers" USING btree ("merchant_id","joined_month");--> statement-breakpoint
CREATE INDEX "analytics_customers_merchant_id_first_order_month_idx" ON "analytics_customers" USING btree ("merchant_id","first_order_month");--> statement-breakpoint
-- Tier movements are written by a row trigger in the transaction of the change, so every code
-- path (orders, the tier job, imports, admin) records them. Up or down is decided by the level
-- order of the first active program with tiers (the one members' tiers come from); no tier, or
-- a level the program no longer has, ranks below its first level. The movement is dated by the
-- updated_at the same statement wrote (a paid order writes its paid-at), else the transaction's.
CREATE FUNCTION "tier_rank"(p_merchant_id text, p_tier text) RETURNS integer
LANGUAGE sql STABLE AS $$
  SELECT coalesce((
    SELECT l.ordinality::int
    FROM (
      SELECT v.config->'tiers'->'levels' AS levels
      FROM "programs" p
      JOIN "program_versions" v ON v.merchant_id = p.merchant_id AND v.id = p.active_version_id
      WHERE p.merchant_id = p_merchant_id AND p.status = 'active'
        AND jsonb_typeof(v.config->'tiers'->'levels') = 'array'
      ORDER BY p.created_at, p.id
      LIMIT 1
    ) program
    CROSS JOIN LATERAL jsonb_array_elements(program.levels) WITH ORDINALITY AS l(level, ordinality)
    WHERE l.level->>'id' = p_tier
  ), 0)
$$;
--> statement-breakpoint
CREATE FUNCTION "record_tier_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "tier_changes" (merchant_id, member_id, from_tier, to_tier, direction, changed_at)
  VALUES (NEW.merchant_id, NEW.id, OLD.tier, NEW.tier,
    CASE WHEN tier_rank(NEW.merchant_id, NEW.tier) > tier_rank(NEW.merchant_id, OLD.tier)
      OR (NEW.tier IS NOT NULL AND OLD.tier IS NULL) THEN 'up' ELSE 'down' END,
    CASE WHEN NEW.updated_at IS DISTINCT FROM OLD.updated_at THEN NEW.updated_at ELSE now() END);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "members_tier_changes" AFTER UPDATE OF "tier" ON "members"
  FOR EACH ROW WHEN (OLD.tier IS DISTINCT FROM NEW.tier)
  EXECUTE FUNCTION "record_tier_change"();
--> statement-breakpoint
-- The dashboard's rollups gained program columns: every store's rollups are rebuilt once by the
-- analytics job (an unseen orders mark makes them stale).
UPDATE "analytics_state" SET "orders_seen_at" = NULL;
