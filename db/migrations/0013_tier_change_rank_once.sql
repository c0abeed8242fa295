-- A member's first tier (from none) is always a move up and losing the tier always a move down,
-- so only a move between two levels reads the program's level order, both ranks in one query.
-- The old trigger planned and ran a SQL function twice per change, which made a member's first
-- paid order ~10% dearer in Postgres CPU (bench:ledger). The meaning is unchanged: a level the
-- program no longer has ranks below its first level.
CREATE OR REPLACE FUNCTION "record_tier_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_up boolean;
BEGIN
  IF OLD.tier IS NULL OR NEW.tier IS NULL THEN
    v_up := NEW.tier IS NOT NULL;
  ELSE
    SELECT coalesce(max(l.ordinality) FILTER (WHERE l.level->>'id' = NEW.tier), 0)
      > coalesce(max(l.ordinality) FILTER (WHERE l.level->>'id' = OLD.tier), 0)
    INTO v_up
    FROM (
      SELECT v.config->'tiers'->'levels' AS levels
      FROM "programs" p
      JOIN "program_versions" v ON v.merchant_id = p.merchant_id AND v.id = p.active_version_id
      WHERE p.merchant_id = NEW.merchant_id AND p.status = 'active'
        AND jsonb_typeof(v.config->'tiers'->'levels') = 'array'
      ORDER BY p.created_at, p.id
      LIMIT 1
    ) program
    CROSS JOIN LATERAL jsonb_array_elements(program.levels) WITH ORDINALITY AS l(level, ordinality);
  END IF;
  INSERT INTO "tier_changes" (merchant_id, member_id, from_tier, to_tier, direction, changed_at)
  VALUES (NEW.merchant_id, NEW.id, OLD.tier, NEW.tier,
    CASE WHEN v_up THEN 'up' ELSE 'down' END,
    CASE WHEN NEW.updated_at IS DISTINCT FROM OLD.updated_at THEN NEW.updated_at ELSE now() END);
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP FUNCTION "tier_rank"(text, text);
