-- oms4j storage, version 1. Flyway runs this in the schema it is configured with (oms4j unless the host chose
-- another), so every name below is unqualified and the tables coexist with the host's own.
-- PostgreSQL 14 or newer. Features used: jsonb (and jsonb_typeof, jsonb_array_elements), identity columns, CHECK and UNIQUE constraints, partial indexes,
-- COLLATE "C". Statements elsewhere use INSERT ... ON CONFLICT, data-modifying WITH, unnest() of arrays,
-- SELECT ... FOR UPDATE [SKIP LOCKED]. No triggers, no stored procedures, no extensions.

-- ------------------------------------------------------------------ orders and their outbox

CREATE TABLE orders (
  id                text COLLATE "C" NOT NULL,
  channel           text COLLATE "C" NOT NULL,
  external_order_id text COLLATE "C" NOT NULL,
  status            text             NOT NULL,
  version           bigint           NOT NULL,
  created_at        timestamptz      NOT NULL,
  updated_at        timestamptz      NOT NULL,
  doc               jsonb            NOT NULL, -- the whole order with its audit trail, as OmsJson writes it
  CONSTRAINT orders_pkey PRIMARY KEY (id),
  CONSTRAINT orders_idempotency_key UNIQUE (channel, external_order_id),
  CONSTRAINT orders_version_positive CHECK (version >= 1)
);
CREATE INDEX orders_by_status ON orders (status);

-- Events waiting to be delivered, written in the transaction that stores the order change. position orders them
-- (per order it increases with the event sequence, since an order's writes are serialised on its row).
CREATE TABLE outbox (
  position    bigint GENERATED ALWAYS AS IDENTITY,
  order_id    text COLLATE "C" NOT NULL,
  sequence    bigint           NOT NULL,
  event       jsonb            NOT NULL,
  recorded_at timestamptz      NOT NULL DEFAULT now(), -- the writing transaction's start, by the database's clock
  CONSTRAINT outbox_pkey PRIMARY KEY (position),
  CONSTRAINT outbox_sequence_positive CHECK (sequence >= 1)
);
CREATE INDEX outbox_by_order ON outbox (order_id, position);

-- ------------------------------------------------------------------ inventory

CREATE TABLE location (
  id  text COLLATE "C" NOT NULL,
  doc jsonb            NOT NULL,
  CONSTRAINT location_pkey PRIMARY KEY (id)
);

CREATE TABLE barcode (
  gtin text COLLATE "C" NOT NULL,
  sku  text COLLATE "C" NOT NULL,
  CONSTRAINT barcode_pkey PRIMARY KEY (gtin),
  CONSTRAINT barcode_gtin_14_digits CHECK (gtin ~ '^[0-9]{14}$')
);

-- One row per (SKU, location): the counters. on_hand, picked, damaged, quality_control and in_transit are the sums
-- of the ledger's deltas; reserved is the sum of the active reservations' lines. counted_short is set only by a
-- cycle count that found fewer units than are promised; it lets the row stay over-committed until stock is
-- released or received (every other change only clears it).
CREATE TABLE stock_cell (
  sku             text COLLATE "C" NOT NULL,
  location_id     text COLLATE "C" NOT NULL,
  on_hand         integer NOT NULL DEFAULT 0,
  reserved        integer NOT NULL DEFAULT 0,
  picked          integer NOT NULL DEFAULT 0,
  damaged         integer NOT NULL DEFAULT 0,
  quality_control integer NOT NULL DEFAULT 0,
  safety_stock    integer NOT NULL DEFAULT 0,
  in_transit      integer NOT NULL DEFAULT 0,
  counted_short   boolean NOT NULL DEFAULT false,
  CONSTRAINT stock_cell_pkey PRIMARY KEY (sku, location_id),
  CONSTRAINT stock_cell_counters_not_negative CHECK (on_hand >= 0 AND reserved >= 0 AND picked >= 0
      AND damaged >= 0 AND quality_control >= 0 AND safety_stock >= 0 AND in_transit >= 0),
  CONSTRAINT stock_cell_not_oversold CHECK (counted_short
      OR on_hand - reserved - picked - damaged - quality_control >= 0)
);

-- The movement ledger: append-only.
CREATE TABLE movement (
  sequence          bigint GENERATED ALWAYS AS IDENTITY,
  type              text COLLATE "C" NOT NULL,
  sku               text COLLATE "C" NOT NULL,
  location_id       text COLLATE "C" NOT NULL,
  quantity          integer NOT NULL,
  d_on_hand         integer NOT NULL,
  d_picked          integer NOT NULL,
  d_damaged         integer NOT NULL,
  d_quality_control integer NOT NULL,
  d_in_transit      integer NOT NULL,
  reference         text,
  actor_kind        text    NOT NULL,
  actor_name        text    NOT NULL,
  at                timestamptz NOT NULL, -- microseconds; at_nanos keeps the exact nano-of-second
  at_nanos          integer NOT NULL,
  reason            text,
  counted           integer,
  CONSTRAINT movement_pkey PRIMARY KEY (sequence),
  CONSTRAINT movement_at_nanos_range CHECK (at_nanos BETWEEN 0 AND 999999999)
);
CREATE INDEX movement_by_cell ON movement (sku, location_id, sequence);

-- A reservation and the units it still holds (lines, empty once it is no longer active). The lines are in the
-- row itself, so locking the row (SELECT ... FOR UPDATE) always reads the latest lines with it.
CREATE TABLE reservation (
  id            text COLLATE "C" NOT NULL,
  reference     text    NOT NULL,
  status        text    NOT NULL,
  requested     jsonb   NOT NULL, -- the lines as first reserved, compared on retries
  lines         jsonb   NOT NULL, -- [{"sku": ..., "locationId": ..., "quantity": ...}, ...]
  created_at    timestamptz NOT NULL,
  created_nanos integer NOT NULL,
  expires_at    timestamptz,
  expires_nanos integer,
  CONSTRAINT reservation_pkey PRIMARY KEY (id),
  CONSTRAINT reservation_status_known CHECK (status IN ('ACTIVE', 'RELEASED', 'COMMITTED', 'EXPIRED')),
  CONSTRAINT reservation_lines_array CHECK (jsonb_typeof(lines) = 'array' AND jsonb_typeof(requested) = 'array'),
  CONSTRAINT reservation_inactive_holds_nothing CHECK (status = 'ACTIVE' OR lines = '[]'::jsonb)
);
CREATE INDEX reservation_active_by_expiry ON reservation (expires_at) WHERE status = 'ACTIVE';

CREATE TABLE purchase_order (
  id          text COLLATE "C" NOT NULL,
  location_id text COLLATE "C" NOT NULL,
  expected_on date    NOT NULL,
  open_units  integer NOT NULL,
  doc         jsonb   NOT NULL,
  CONSTRAINT purchase_order_pkey PRIMARY KEY (id),
  CONSTRAINT purchase_order_open_units_not_negative CHECK (open_units >= 0)
);
CREATE INDEX purchase_order_open ON purchase_order (expected_on, id) WHERE open_units > 0;
