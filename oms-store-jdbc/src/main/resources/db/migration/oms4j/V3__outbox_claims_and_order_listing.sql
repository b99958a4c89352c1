-- oms4j storage, version 3: outbox claims with leases, and order listings by status and creation time.
-- Features used: as version 1, plus ALTER TABLE ... ADD COLUMN and EXTRACT(MICROSECONDS FROM timestamptz).

-- An outbox entry claimed by a consumer (OrderStore.claim) until its lease ends; both null while unclaimed.
ALTER TABLE outbox
  ADD COLUMN claimed_by  text COLLATE "C",
  ADD COLUMN lease_until timestamptz,
  ADD CONSTRAINT outbox_claim_whole CHECK ((claimed_by IS NULL) = (lease_until IS NULL));

-- The nano-of-second of created_at (which keeps microseconds), so that listings by creation time are exact.
-- Rows written before this version get the microseconds created_at kept.
ALTER TABLE orders ADD COLUMN created_nanos integer NOT NULL DEFAULT 0;
UPDATE orders SET created_nanos = (EXTRACT(MICROSECONDS FROM created_at)::bigint % 1000000)::integer * 1000;
ALTER TABLE orders ADD CONSTRAINT orders_created_nanos_range CHECK (created_nanos BETWEEN 0 AND 999999999);

DROP INDEX orders_by_status;
CREATE INDEX orders_by_status ON orders (status, created_at, created_nanos, id);
