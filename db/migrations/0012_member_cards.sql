CREATE TABLE "member_cards" (
	"merchant_id" text NOT NULL,
	"card_number" text NOT NULL,
	"member_id" uuid NOT NULL,
	CONSTRAINT "member_cards_merchant_id_card_number_pk" PRIMARY KEY("merchant_id","card_number")
);
--> statement-breakpoint
DROP INDEX "members_merchant_id_card_number_idx";--> statement-breakpoint
ALTER TABLE "member_cards" ADD CONSTRAINT "member_cards_member_fk" FOREIGN KEY ("merchant_id","member_id") REFERENCES "public"."members"("merchant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "member_cards_merchant_id_member_id_idx" ON "member_cards" USING btree ("merchant_id","member_id");--> statement-breakpoint
INSERT INTO "member_cards" ("merchant_id", "card_number", "member_id")
  SELECT "merchant_id", "card_number", "id" FROM "members";
--> statement-breakpoint
CREATE FUNCTION "record_member_cards"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "member_cards" ("merchant_id", "card_number", "member_id")
    SELECT n.merchant_id, n.card_number, n.id FROM new_members n;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "members_cards" AFTER INSERT ON "members"
  REFERENCING NEW TABLE AS new_members
  FOR EACH STATEMENT EXECUTE FUNCTION "record_member_cards"();
