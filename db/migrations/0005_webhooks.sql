CREATE TABLE "webhook_deliveries" (
	"merchant_id" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"endpoint_id" uuid NOT NULL,
	"event_type" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_attempt_at" timestamp with time zone,
	"last_response_status" integer,
	"last_response_body" text,
	"last_error" text,
	"last_duration_ms" integer,
	"delivered_at" timestamp with time zone,
	"replay_of_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "webhook_deliveries_merchant_id_id_pk" PRIMARY KEY("merchant_id","id"),
	CONSTRAINT "webhook_deliveries_status_check" CHECK (status in ('queued', 'succeeded', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "webhook_endpoints" (
	"merchant_id" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"url" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"event_types" text[] NOT NULL,
	"sealed_secret" text NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "webhook_endpoints_merchant_id_id_pk" PRIMARY KEY("merchant_id","id")
);
--> statement-breakpoint
CREATE TABLE "webhook_events" (
	"merchant_id" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "webhook_events_merchant_id_id_pk" PRIMARY KEY("merchant_id","id")
);
--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_event_fk" FOREIGN KEY ("merchant_id","event_id") REFERENCES "public"."webhook_events"("merchant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_endpoint_fk" FOREIGN KEY ("merchant_id","endpoint_id") REFERENCES "public"."webhook_endpoints"("merchant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_events" ADD CONSTRAINT "webhook_events_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "webhook_deliveries_next_attempt_at_idx" ON "webhook_deliveries" USING btree ("next_attempt_at") WHERE status = 'queued';--> statement-breakpoint
CREATE INDEX "webhook_deliveries_merchant_id_created_at_idx" ON "webhook_deliveries" USING btree ("merchant_id","created_at");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_merchant_id_endpoint_id_created_at_idx" ON "webhook_deliveries" USING btree ("merchant_id","endpoint_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "webhook_deliveries_merchant_id_replay_of_id_idx" ON "webhook_deliveries" USING btree ("merchant_id","replay_of_id") WHERE replay_of_id is not null;--> statement-breakpoint
CREATE INDEX "webhook_endpoints_merchant_id_idx" ON "webhook_endpoints" USING btree ("merchant_id") WHERE is_active;--> statement-breakpoint
-- Webhook events are written by triggers in the transaction of the change, so every code path
-- (API, admin, jobs, imports) emits them. A store without an active endpoint costs one EXISTS.
CREATE FUNCTION "webhook_enqueue"(p_merchant_id text, p_type text, p_data jsonb) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  v_id uuid := gen_random_uuid();
  v_at timestamptz := now();
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM "webhook_endpoints"
    WHERE merchant_id = p_merchant_id AND is_active AND p_type = ANY (event_types)
  ) THEN
    RETURN;
  END IF;
  INSERT INTO "webhook_events" (merchant_id, id, type, payload, created_at)
  VALUES (p_merchant_id, v_id, p_type, jsonb_build_object(
    'id', v_id,
    'type', p_type,
    'created_at', to_char(v_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'data', p_data
  ), v_at);
  INSERT INTO "webhook_deliveries" (merchant_id, event_id, endpoint_id, event_type, next_attempt_at)
  SELECT p_merchant_id, v_id, e.id, p_type, v_at FROM "webhook_endpoints" e
  WHERE e.merchant_id = p_merchant_id AND e.is_active AND p_type = ANY (e.event_types);
END $$;
--> statement-breakpoint
-- One event per member, order and kind in a statement: a paid order's several earn entries (one
-- per lot) are one points.earned.
CREATE FUNCTION "webhook_ledger_events"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM "webhook_endpoints" e
    WHERE e.is_active AND e.merchant_id IN (SELECT n.merchant_id FROM new_entries n)
  ) THEN
    RETURN NULL;
  END IF;
  PERFORM webhook_enqueue(g.merchant_id, g.type, g.data)
  FROM (
    SELECT
      n.merchant_id,
      CASE n.kind WHEN 'earn' THEN 'points.earned' WHEN 'spend' THEN 'points.spent'
        ELSE 'points.expired' END AS type,
      jsonb_build_object(
        'member_external_id', m.external_id,
        'order_external_id', o.external_id,
        'points', CASE n.kind WHEN 'expire' THEN -sum(n.available + n.pending)
          ELSE abs(sum(n.amount)) END,
        'pending_points', CASE n.kind WHEN 'earn' THEN sum(n.pending) ELSE 0 END,
        'cashback', CASE n.kind WHEN 'expire' THEN -sum(n.cashback + n.pending_cashback)
          ELSE 0 END,
        'reason', min(n.reason),
        'balance', jsonb_build_object(
          'available', b.available, 'pending', b.pending, 'held', b.held,
          'cashback', b.cashback, 'debt', b.debt
        )
      ) AS data,
      min(n.id) AS first_id
    FROM new_entries n
    JOIN "members" m ON m.merchant_id = n.merchant_id AND m.id = n.member_id
    LEFT JOIN "orders" o ON o.merchant_id = n.merchant_id AND o.id = n.order_id
    LEFT JOIN "member_balances" b ON b.merchant_id = n.merchant_id AND b.member_id = n.member_id
    WHERE n.kind IN ('earn', 'spend', 'expire')
    GROUP BY n.merchant_id, n.member_id, n.order_id, n.kind, m.external_id, o.external_id,
      b.available, b.pending, b.held, b.cashback, b.debt
    ORDER BY first_id
  ) g;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "ledger_entries_webhooks" AFTER INSERT ON "ledger_entries"
  REFERENCING NEW TABLE AS new_entries
  FOR EACH STATEMENT EXECUTE FUNCTION "webhook_ledger_events"();
--> statement-breakpoint
CREATE FUNCTION "webhook_member_created"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM "webhook_endpoints" e
    WHERE e.is_active AND e.merchant_id IN (SELECT n.merchant_id FROM new_members n)
  ) THEN
    RETURN NULL;
  END IF;
  PERFORM webhook_enqueue(n.merchant_id, 'member.created', jsonb_build_object(
    'member_external_id', n.external_id,
    'tier', n.tier,
    'joined_at', to_char(n.joined_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
  ))
  FROM new_members n;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "members_webhook_created" AFTER INSERT ON "members"
  REFERENCING NEW TABLE AS new_members
  FOR EACH STATEMENT EXECUTE FUNCTION "webhook_member_created"();
--> statement-breakpoint
-- Row-level with WHEN: members change on every paid order, the tier rarely, and the WHEN test
-- costs no function call.
CREATE FUNCTION "webhook_tier_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM webhook_enqueue(NEW.merchant_id, 'tier.changed', jsonb_build_object(
    'member_external_id', NEW.external_id,
    'from', OLD.tier,
    'to', NEW.tier
  ));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "members_webhook_tier_changed" AFTER UPDATE OF "tier" ON "members"
  FOR EACH ROW WHEN (OLD.tier IS DISTINCT FROM NEW.tier)
  EXECUTE FUNCTION "webhook_tier_changed"();
--> statement-breakpoint
CREATE FUNCTION "webhook_order_refunded"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM "webhook_endpoints" e
    WHERE e.is_active AND e.merchant_id IN (SELECT r.merchant_id FROM new_refunds r)
  ) THEN
    RETURN NULL;
  END IF;
  PERFORM webhook_enqueue(r.merchant_id, 'order.refunded', jsonb_build_object(
    'refund_id', r.id,
    'order_external_id', o.external_id,
    'member_external_id', m.external_id,
    'amount', r.amount,
    'points_reversed', r.earned_reversed,
    'points_returned', r.spent_returned,
    'cashback_reversed', r.cashback_reversed,
    'debt_recorded', r.debt_recorded,
    'order_refunded_amount', o.refunded_amount,
    'order_status', o.status
  ))
  FROM new_refunds r
  JOIN "orders" o ON o.merchant_id = r.merchant_id AND o.id = r.order_id
  JOIN "members" m ON m.merchant_id = o.merchant_id AND m.id = o.member_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "order_refunds_webhooks" AFTER INSERT ON "order_refunds"
  REFERENCING NEW TABLE AS new_refunds
  FOR EACH STATEMENT EXECUTE FUNCTION "webhook_order_refunded"();
