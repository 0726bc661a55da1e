-- Transaction manager queue (oracle/txm). Applied by the txm at start, in one transaction,
-- under an advisory lock; every statement is idempotent.

CREATE TABLE IF NOT EXISTS txm_transactions (
    id                  BIGSERIAL PRIMARY KEY,
    chain_id            BIGINT      NOT NULL,
    from_address        BYTEA       NOT NULL,
    to_address          BYTEA,
    data                BYTEA       NOT NULL DEFAULT '',
    value               NUMERIC(78, 0) NOT NULL DEFAULT 0,
    gas_limit           BIGINT      NOT NULL DEFAULT 0,
    idempotency_key     TEXT,
    meta                JSONB,
    state               TEXT        NOT NULL DEFAULT 'unstarted'
        CHECK (state IN ('unstarted', 'in_progress', 'unconfirmed', 'confirmed', 'fatal')),
    nonce               BIGINT,
    error               TEXT,
    tx_hash             BYTEA,       -- the attempt that was mined
    mined_block         BIGINT,
    mined_block_hash    BYTEA,
    receipt_status      SMALLINT,
    gas_used            BIGINT,
    effective_gas_price NUMERIC(78, 0),
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    broadcast_at        TIMESTAMPTZ,
    confirmed_at        TIMESTAMPTZ
);

CREATE UNIQUE INDEX IF NOT EXISTS txm_transactions_idempotency
    ON txm_transactions (chain_id, from_address, idempotency_key)
    WHERE idempotency_key IS NOT NULL;

CREATE UNIQUE INDEX IF NOT EXISTS txm_transactions_nonce
    ON txm_transactions (chain_id, from_address, nonce)
    WHERE nonce IS NOT NULL;

CREATE INDEX IF NOT EXISTS txm_transactions_state
    ON txm_transactions (chain_id, from_address, state, id);

CREATE TABLE IF NOT EXISTS txm_attempts (
    id              BIGSERIAL PRIMARY KEY,
    tx_id           BIGINT      NOT NULL REFERENCES txm_transactions (id) ON DELETE CASCADE,
    hash            BYTEA       NOT NULL UNIQUE,
    gas_tip_cap     NUMERIC(78, 0) NOT NULL,
    gas_fee_cap     NUMERIC(78, 0) NOT NULL,
    raw             BYTEA       NOT NULL,
    broadcast_block BIGINT,     -- head when last sent; NULL: saved, never sent
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS txm_attempts_tx ON txm_attempts (tx_id, id);
