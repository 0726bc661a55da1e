-- Karma: reputation earned by exchanging DATA (as buyer, seller or broker), decaying with a
-- half-life applied at query time:
--   karma(address, t) = Σ amount_i · 2^(−(t − at_i) / halfLife)   over rows with at_i <= t.
-- One log can credit several parties (a purchase credits the buyer and the seller), so the key
-- adds address and kind to (block_hash, log_index).
CREATE TABLE karma_ledger (
    address      bytea NOT NULL,
    amount       numeric(78,0) NOT NULL, -- DATA wei
    at           timestamptz NOT NULL,
    -- purchase: a buyer, the price; sale: the product's owner, price − fee; payment_released: the
    -- beneficiary, escrow released; broker_reward: a broker's epoch reward; delivery_bounty: a
    -- DeliveryHub deliverer's bounty.
    kind         text NOT NULL CHECK (kind IN ('purchase', 'sale', 'payment_released', 'broker_reward',
                                               'delivery_bounty')),
    block_number bigint NOT NULL,
    block_hash   bytea NOT NULL,
    log_index    integer NOT NULL,
    tx_hash      bytea NOT NULL,
    PRIMARY KEY (block_hash, log_index, address, kind)
);
CREATE INDEX karma_ledger_block ON karma_ledger (block_number);
CREATE INDEX karma_ledger_address ON karma_ledger (address, at);
CREATE INDEX karma_ledger_at ON karma_ledger (at);
