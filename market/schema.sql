-- Tables owned by the market service, applied by market.Start (idempotent: every statement is
-- IF NOT EXISTS / OR REPLACE). They build on the indexer's tables (migrations 000002).
--
-- market_products is a denormalized copy of the indexer's `products` view joined with the
-- off-chain listing metadata and purchase counts, with a tsvector for full-text search and
-- indexes for every sort order. Statement-level triggers on product_events and purchases keep
-- it in step in the indexer's own transactions, including reorg rollbacks (deletes).

-- Off-chain metadata of a product, created before the seller sends createProduct. The on-chain
-- product's metadata string carries {"listing":"<listing_id>"}; once the indexer has the
-- product, product_id is set.
CREATE TABLE IF NOT EXISTS market_listings (
    listing_id        text PRIMARY KEY CHECK (listing_id ~ '^[0-9a-f]{32}$'),
    seller            bytea NOT NULL,
    title             text NOT NULL,
    description       text NOT NULL DEFAULT '',
    category          text NOT NULL,
    tags              text[] NOT NULL DEFAULT '{}',
    image_cid         text,
    streams           bytea[] NOT NULL,
    price_per_second  numeric(78,0) NOT NULL,
    min_seconds       numeric(20,0) NOT NULL,
    terms_cid         text NOT NULL,
    beneficiary       bytea NOT NULL,
    required_attester bytea,
    metadata          text NOT NULL, -- the exact metadata string of the createProduct call
    product_id        numeric(78,0),
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS market_listings_seller ON market_listings (seller, created_at DESC);
CREATE INDEX IF NOT EXISTS market_listings_product ON market_listings (product_id);

CREATE TABLE IF NOT EXISTS market_products (
    product_id        numeric(78,0) PRIMARY KEY,
    owner             bytea NOT NULL,
    beneficiary       bytea,
    streams           bytea[] NOT NULL DEFAULT '{}',
    price_per_second  numeric(78,0) NOT NULL,
    min_seconds       numeric(20,0) NOT NULL,
    terms_cid         text NOT NULL DEFAULT '',
    required_attester bytea,
    metadata          text NOT NULL DEFAULT '',
    active            boolean NOT NULL,
    created_block     bigint NOT NULL,
    created_at        timestamptz,
    updated_block     bigint NOT NULL,
    listing_id        text,
    title             text NOT NULL DEFAULT '',
    description       text NOT NULL DEFAULT '',
    category          text,
    tags              text[] NOT NULL DEFAULT '{}',
    image_cid         text,
    purchase_count    bigint NOT NULL DEFAULT 0,
    search            tsvector NOT NULL
);
CREATE INDEX IF NOT EXISTS market_products_search ON market_products USING gin (search);
CREATE INDEX IF NOT EXISTS market_products_tags ON market_products USING gin (tags);
CREATE INDEX IF NOT EXISTS market_products_streams ON market_products USING gin (streams);
CREATE INDEX IF NOT EXISTS market_products_newest ON market_products (created_block DESC, product_id DESC) WHERE active;
CREATE INDEX IF NOT EXISTS market_products_price ON market_products (price_per_second, product_id) WHERE active;
CREATE INDEX IF NOT EXISTS market_products_popular ON market_products (purchase_count DESC, product_id DESC) WHERE active;
CREATE INDEX IF NOT EXISTS market_products_category ON market_products (category, created_block DESC, product_id DESC) WHERE active;
CREATE INDEX IF NOT EXISTS market_products_owner ON market_products (owner, created_block DESC);

-- The listing id referenced by a product's metadata, or NULL.
CREATE OR REPLACE FUNCTION market_listing_ref(metadata text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT substring(metadata FROM '"listing"\s*:\s*"([0-9a-f]{32})"')
$$;

-- Recomputes the market_products rows of the given products from the indexer's tables.
CREATE OR REPLACE FUNCTION market_refresh_products(ids numeric[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF ids IS NULL OR cardinality(ids) = 0 THEN
        RETURN;
    END IF;
    DELETE FROM market_products mp
    WHERE mp.product_id = ANY (ids)
      AND NOT EXISTS (SELECT 1 FROM product_events e WHERE e.product_id = mp.product_id AND e.kind = 'created');

    INSERT INTO market_products AS mp (product_id, owner, beneficiary, streams, price_per_second, min_seconds,
        terms_cid, required_attester, metadata, active, created_block, created_at, updated_block, listing_id,
        title, description, category, tags, image_cid, purchase_count, search)
    SELECT v.product_id, v.owner, v.beneficiary, COALESCE(v.streams, '{}'), COALESCE(v.price_per_second, 0),
           COALESCE(v.min_seconds, 0), COALESCE(v.terms_cid, ''), v.required_attester, COALESCE(v.metadata, ''),
           NOT EXISTS (SELECT 1 FROM product_events d WHERE d.product_id = i.id AND d.kind = 'deactivated'),
           c.block_number, c.block_time, v.block_number, l.listing_id,
           COALESCE(l.title, ''), COALESCE(l.description, ''), l.category, COALESCE(l.tags, '{}'), l.image_cid,
           (SELECT count(*) FROM purchases p WHERE p.product_id = i.id),
           setweight(to_tsvector('english', COALESCE(l.title, '')), 'A') ||
           setweight(to_tsvector('english', array_to_string(COALESCE(l.tags, '{}'), ' ') || ' ' || COALESCE(l.category, '')), 'B') ||
           setweight(to_tsvector('english', COALESCE(l.description, '')), 'C') ||
           setweight(to_tsvector('english', CASE WHEN l.listing_id IS NULL THEN left(COALESCE(v.metadata, ''), 2000) ELSE '' END), 'D')
    FROM unnest(ids) AS i(id)
    CROSS JOIN LATERAL (SELECT * FROM product_events e WHERE e.product_id = i.id AND e.kind <> 'deactivated'
                        ORDER BY e.block_number DESC, e.log_index DESC LIMIT 1) v
    CROSS JOIN LATERAL (SELECT e.block_number, e.block_time FROM product_events e WHERE e.product_id = i.id
                        AND e.kind = 'created' ORDER BY e.block_number, e.log_index LIMIT 1) c
    LEFT JOIN LATERAL (SELECT * FROM market_listings ml WHERE ml.listing_id = market_listing_ref(v.metadata)
                       AND ml.seller = v.owner) l ON true
    ON CONFLICT (product_id) DO UPDATE SET
        owner = EXCLUDED.owner, beneficiary = EXCLUDED.beneficiary, streams = EXCLUDED.streams,
        price_per_second = EXCLUDED.price_per_second, min_seconds = EXCLUDED.min_seconds,
        terms_cid = EXCLUDED.terms_cid, required_attester = EXCLUDED.required_attester,
        metadata = EXCLUDED.metadata, active = EXCLUDED.active, created_block = EXCLUDED.created_block,
        created_at = EXCLUDED.created_at, updated_block = EXCLUDED.updated_block,
        listing_id = EXCLUDED.listing_id, title = EXCLUDED.title, description = EXCLUDED.description,
        category = EXCLUDED.category, tags = EXCLUDED.tags, image_cid = EXCLUDED.image_cid,
        purchase_count = EXCLUDED.purchase_count, search = EXCLUDED.search;

    -- Tie listings to their product (the first product that references them).
    UPDATE market_listings ml SET product_id = mp.product_id, updated_at = now()
    FROM market_products mp
    WHERE mp.product_id = ANY (ids) AND mp.listing_id = ml.listing_id
      AND (ml.product_id IS NULL OR ml.product_id > mp.product_id);
    -- Untie listings whose product was rolled back.
    UPDATE market_listings ml SET product_id = NULL, updated_at = now()
    WHERE ml.product_id = ANY (ids)
      AND NOT EXISTS (SELECT 1 FROM market_products mp WHERE mp.product_id = ml.product_id);
END
$$;

CREATE OR REPLACE FUNCTION market_product_events_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM market_refresh_products(ARRAY(SELECT DISTINCT product_id FROM market_new_rows));
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION market_product_events_deleted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM market_refresh_products(ARRAY(SELECT DISTINCT product_id FROM market_old_rows));
    RETURN NULL;
END
$$;

CREATE OR REPLACE TRIGGER market_product_events_ins AFTER INSERT ON product_events
    REFERENCING NEW TABLE AS market_new_rows FOR EACH STATEMENT EXECUTE FUNCTION market_product_events_inserted();
CREATE OR REPLACE TRIGGER market_product_events_del AFTER DELETE ON product_events
    REFERENCING OLD TABLE AS market_old_rows FOR EACH STATEMENT EXECUTE FUNCTION market_product_events_deleted();

CREATE OR REPLACE FUNCTION market_recount_purchases(ids numeric[]) RETURNS void
LANGUAGE sql AS $$
    UPDATE market_products mp
    SET purchase_count = (SELECT count(*) FROM purchases p WHERE p.product_id = mp.product_id)
    WHERE mp.product_id = ANY (ids)
$$;

CREATE OR REPLACE FUNCTION market_purchases_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM market_recount_purchases(ARRAY(SELECT DISTINCT product_id FROM market_new_rows));
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION market_purchases_deleted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM market_recount_purchases(ARRAY(SELECT DISTINCT product_id FROM market_old_rows));
    RETURN NULL;
END
$$;

CREATE OR REPLACE TRIGGER market_purchases_ins AFTER INSERT ON purchases
    REFERENCING NEW TABLE AS market_new_rows FOR EACH STATEMENT EXECUTE FUNCTION market_purchases_inserted();
CREATE OR REPLACE TRIGGER market_purchases_del AFTER DELETE ON purchases
    REFERENCING OLD TABLE AS market_old_rows FOR EACH STATEMENT EXECUTE FUNCTION market_purchases_deleted();

-- Uploaded terms documents (the content lives on IPFS).
CREATE TABLE IF NOT EXISTS market_terms (
    cid          text PRIMARY KEY,
    content_type text NOT NULL,
    size         integer NOT NULL,
    uploader     bytea,
    created_at   timestamptz NOT NULL DEFAULT now()
);

-- SIWE nonces: single use (deleted when used), short lived.
CREATE TABLE IF NOT EXISTS market_nonces (
    nonce      text PRIMARY KEY,
    expires_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS market_nonces_expires ON market_nonces (expires_at);

-- Sessions; only the SHA-256 of the token is stored.
CREATE TABLE IF NOT EXISTS market_sessions (
    token_hash bytea PRIMARY KEY,
    address    bytea NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS market_sessions_expires ON market_sessions (expires_at);

-- Responses to POSTs carrying an Idempotency-Key, replayed on a retry with the same key.
-- status NULL: the first request is still running.
CREATE TABLE IF NOT EXISTS idempotency_keys (
    scope        text NOT NULL, -- the session's address, else the client IP
    key          text NOT NULL,
    route        text NOT NULL,
    request_hash bytea NOT NULL,
    status       integer,
    content_type text,
    body         bytea,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, key)
);
CREATE INDEX IF NOT EXISTS idempotency_keys_created ON idempotency_keys (created_at);

-- Products indexed before these triggers existed.
SELECT market_refresh_products(ARRAY(
    SELECT DISTINCT e.product_id FROM product_events e
    WHERE e.kind = 'created' AND NOT EXISTS (SELECT 1 FROM market_products mp WHERE mp.product_id = e.product_id)));
