-- An order row carries its quote and snapshot (2-3 KB of JSON), so Postgres compresses it on
-- every paid order; lz4 costs a fraction of the default pglz. A server built without lz4, and
-- the embedded database, keep the default.
DO $$
BEGIN
  ALTER TABLE "orders" ALTER COLUMN "quote" SET COMPRESSION lz4,
    ALTER COLUMN "snapshot" SET COMPRESSION lz4, ALTER COLUMN "lines" SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
  NULL;
END $$;
