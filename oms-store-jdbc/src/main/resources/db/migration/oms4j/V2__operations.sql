-- oms4j storage, version 2: inventory operations recorded with their change, so a retry is applied once.
-- Features used: as version 1.

-- One row per non-idempotent inventory call (receipt, movement, count, add to / release / consume / move a
-- reservation), inserted in the transaction of the change: the primary key makes a concurrent or later call under
-- the same id wait for, then find, the first one and return its result instead of applying again.
CREATE TABLE operation (
  id          text COLLATE "C" NOT NULL,
  request     text        NOT NULL, -- what was asked, compared on retries
  result      jsonb       NOT NULL, -- what the call returned, as OmsJson writes it
  recorded_at timestamptz NOT NULL, -- the caller's clock; old rows are purged by it
  CONSTRAINT operation_pkey PRIMARY KEY (id)
);
CREATE INDEX operation_by_time ON operation (recorded_at);
