-- DataLicense (marketplace) tables. Same conventions as 000001: append-only event tables keyed
-- by (block_hash, log_index) with block_number for rollback; current state in views.

-- ProductCreated / ProductUpdated (full product each time) / ProductDeactivated (kind only).
CREATE TABLE product_events (
    product_id         numeric(78,0) NOT NULL,
    kind               text NOT NULL CHECK (kind IN ('created', 'updated', 'deactivated')),
    owner              bytea,
    beneficiary        bytea,
    streams            bytea[],
    price_per_second   numeric(78,0),
    min_seconds        numeric(20,0),
    terms_cid          text,
    required_attester  bytea,
    metadata           text,
    block_time         timestamptz,
    block_number       bigint NOT NULL,
    block_hash         bytea NOT NULL,
    log_index          integer NOT NULL,
    tx_hash            bytea NOT NULL,
    PRIMARY KEY (block_hash, log_index)
);
CREATE INDEX product_events_block ON product_events (block_number);
CREATE INDEX product_events_product ON product_events (product_id, block_number DESC, log_index DESC);

-- The current version of every product.
CREATE VIEW products AS
SELECT v.product_id, v.owner, v.beneficiary, v.streams, v.price_per_second, v.min_seconds,
       v.terms_cid, v.required_attester, v.metadata,
       (d.product_id IS NULL) AS active,
       c.block_number AS created_block, c.block_time AS created_at,
       v.block_number AS updated_block
FROM (SELECT DISTINCT ON (product_id) * FROM product_events WHERE kind <> 'deactivated'
      ORDER BY product_id, block_number DESC, log_index DESC) v
JOIN (SELECT DISTINCT ON (product_id) product_id, block_number, block_time FROM product_events
      WHERE kind = 'created' ORDER BY product_id, block_number, log_index) c USING (product_id)
LEFT JOIN (SELECT DISTINCT product_id FROM product_events WHERE kind = 'deactivated') d USING (product_id);

-- LicensePurchased.
CREATE TABLE purchases (
    product_id   numeric(78,0) NOT NULL,
    buyer        bytea NOT NULL,
    payer        bytea NOT NULL,
    seconds      numeric(78,0) NOT NULL,
    price        numeric(78,0) NOT NULL,
    fee          numeric(78,0) NOT NULL,
    new_expiry   numeric(20,0) NOT NULL,
    block_time   timestamptz,
    block_number bigint NOT NULL,
    block_hash   bytea NOT NULL,
    log_index    integer NOT NULL,
    tx_hash      bytea NOT NULL,
    PRIMARY KEY (block_hash, log_index)
);
CREATE INDEX purchases_block ON purchases (block_number);
CREATE INDEX purchases_buyer ON purchases (buyer, product_id, block_number DESC, log_index DESC);
CREATE INDEX purchases_product ON purchases (product_id, block_number DESC);

-- The current license of every (product, buyer): expiry is the newest purchase's new expiry
-- (unix seconds).
CREATE VIEW licenses AS
SELECT DISTINCT ON (product_id, buyer)
       product_id, buyer, new_expiry AS expiry, block_number AS updated_block, block_time AS updated_at
FROM purchases
ORDER BY product_id, buyer, block_number DESC, log_index DESC;

-- Protocol fees: the fee of each purchase (kind 'purchase') and fee rate changes
-- (kind 'rate', FeeChanged).
CREATE TABLE fees (
    kind         text NOT NULL CHECK (kind IN ('purchase', 'rate')),
    product_id   numeric(78,0),
    buyer        bytea,
    amount       numeric(78,0),
    fee_bps      integer,
    block_time   timestamptz,
    block_number bigint NOT NULL,
    block_hash   bytea NOT NULL,
    log_index    integer NOT NULL,
    tx_hash      bytea NOT NULL,
    PRIMARY KEY (block_hash, log_index)
);
CREATE INDEX fees_block ON fees (block_number);

-- PaymentReleased: escrow released to the seller's beneficiary for an attested epoch.
CREATE TABLE payments_released (
    product_id   numeric(78,0) NOT NULL,
    buyer        bytea NOT NULL,
    epoch        numeric(20,0) NOT NULL,
    beneficiary  bytea NOT NULL,
    amount       numeric(78,0) NOT NULL,
    block_time   timestamptz,
    block_number bigint NOT NULL,
    block_hash   bytea NOT NULL,
    log_index    integer NOT NULL,
    tx_hash      bytea NOT NULL,
    PRIMARY KEY (block_hash, log_index)
);
CREATE INDEX payments_released_block ON payments_released (block_number);
CREATE INDEX payments_released_product ON payments_released (product_id, buyer);
CREATE INDEX payments_released_beneficiary ON payments_released (beneficiary);

-- Refunded: escrow for unserved time returned to the buyer.
CREATE TABLE refunds (
    product_id   numeric(78,0) NOT NULL,
    buyer        bytea NOT NULL,
    amount       numeric(78,0) NOT NULL,
    block_time   timestamptz,
    block_number bigint NOT NULL,
    block_hash   bytea NOT NULL,
    log_index    integer NOT NULL,
    tx_hash      bytea NOT NULL,
    PRIMARY KEY (block_hash, log_index)
);
CREATE INDEX refunds_block ON refunds (block_number);
CREATE INDEX refunds_product ON refunds (product_id, buyer);

-- Flagged: a buyer reporting bad data.
CREATE TABLE flags (
    product_id   numeric(78,0) NOT NULL,
    buyer        bytea NOT NULL,
    reason       text NOT NULL,
    block_time   timestamptz,
    block_number bigint NOT NULL,
    block_hash   bytea NOT NULL,
    log_index    integer NOT NULL,
    tx_hash      bytea NOT NULL,
    PRIMARY KEY (block_hash, log_index)
);
CREATE INDEX flags_block ON flags (block_number);
CREATE INDEX flags_product ON flags (product_id);

-- Withdrawn (DataLicense pull payments) and other contracts' withdrawals.
CREATE TABLE withdrawals (
    contract     bytea NOT NULL,
    account      bytea NOT NULL,
    kind         text NOT NULL,
    amount       numeric(78,0) NOT NULL,
    block_number bigint NOT NULL,
    block_hash   bytea NOT NULL,
    log_index    integer NOT NULL,
    tx_hash      bytea NOT NULL,
    PRIMARY KEY (block_hash, log_index)
);
CREATE INDEX withdrawals_block ON withdrawals (block_number);
CREATE INDEX withdrawals_account ON withdrawals (account);

-- Configuration events of any project contract (TreasuryChanged, GracePeriodChanged,
-- ConfigChanged, PartitionCountChanged, ...), value rendered as text.
CREATE TABLE contract_config_events (
    contract     bytea NOT NULL,
    name         text NOT NULL,
    value        text NOT NULL,
    block_number bigint NOT NULL,
    block_hash   bytea NOT NULL,
    log_index    integer NOT NULL,
    tx_hash      bytea NOT NULL,
    PRIMARY KEY (block_hash, log_index)
);
CREATE INDEX contract_config_events_block ON contract_config_events (block_number);
