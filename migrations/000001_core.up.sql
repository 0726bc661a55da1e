-- Core chain-following tables of the indexer: blocks, checkpoints, streams, permissions,
-- subscribers' encryption keys and DATA transfers.
--
-- Conventions (every migration follows them):
--   * addresses are bytea (20 bytes), hashes bytea (32 bytes), token amounts numeric(78,0) (wei);
--   * every row written from an event carries block_number, block_hash, log_index and tx_hash and
--     is unique on (block_hash, log_index), so writes are idempotent (ON CONFLICT DO NOTHING);
--   * event tables are append-only; "current state" is a view over them, so a reorg rollback is
--     only `DELETE FROM <table> WHERE block_number > <common ancestor>`.

CREATE TABLE blocks (
    number      bigint PRIMARY KEY,
    hash        bytea NOT NULL UNIQUE,
    parent_hash bytea,          -- NULL when only known from a log
    time        timestamptz
);

CREATE TABLE checkpoints (
    chain_id     bigint PRIMARY KEY,
    contracts    jsonb NOT NULL,
    start_block  bigint NOT NULL,
    block_number bigint NOT NULL, -- last indexed block (inclusive)
    block_hash   bytea NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now()
);

-- StreamRegistry.StreamCreated: the creation facts of a stream (the stream id is its address).
CREATE TABLE stream_created (
    stream       bytea PRIMARY KEY,
    owner        bytea NOT NULL,
    path         text NOT NULL,
    metadata     text NOT NULL,
    partitions   integer NOT NULL,
    stream_index numeric(78,0) NOT NULL,
    block_time   timestamptz,
    block_number bigint NOT NULL,
    block_hash   bytea NOT NULL,
    log_index    integer NOT NULL,
    tx_hash      bytea NOT NULL,
    UNIQUE (block_hash, log_index)
);
CREATE INDEX stream_created_block ON stream_created (block_number);
CREATE INDEX stream_created_owner ON stream_created (owner);

-- Stream.MetadataUpdated / PartitionsUpdated / OwnershipTransferred / Deleted and
-- StreamRegistry.StreamDeleted.
CREATE TABLE stream_updates (
    stream       bytea NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('metadata', 'partitions', 'owner', 'deleted')),
    metadata     text,
    partitions   integer,
    new_owner    bytea,
    by_address   bytea,
    block_number bigint NOT NULL,
    block_hash   bytea NOT NULL,
    log_index    integer NOT NULL,
    tx_hash      bytea NOT NULL,
    PRIMARY KEY (block_hash, log_index)
);
CREATE INDEX stream_updates_block ON stream_updates (block_number);
CREATE INDEX stream_updates_stream ON stream_updates (stream, kind, block_number DESC, log_index DESC);

-- The current state of every stream.
CREATE VIEW streams AS
SELECT c.stream AS id,
       COALESCE(o.new_owner, c.owner) AS owner,
       c.owner AS creator,
       c.path,
       COALESCE(m.metadata, c.metadata) AS metadata,
       COALESCE(p.partitions, c.partitions) AS partitions,
       c.block_number AS created_block,
       c.block_time AS created_at,
       (d.stream IS NOT NULL) AS deleted,
       d.block_number AS deleted_block
FROM stream_created c
LEFT JOIN LATERAL (SELECT u.new_owner FROM stream_updates u WHERE u.stream = c.stream AND u.kind = 'owner'
                   ORDER BY u.block_number DESC, u.log_index DESC LIMIT 1) o ON true
LEFT JOIN LATERAL (SELECT u.metadata FROM stream_updates u WHERE u.stream = c.stream AND u.kind = 'metadata'
                   ORDER BY u.block_number DESC, u.log_index DESC LIMIT 1) m ON true
LEFT JOIN LATERAL (SELECT u.partitions FROM stream_updates u WHERE u.stream = c.stream AND u.kind = 'partitions'
                   ORDER BY u.block_number DESC, u.log_index DESC LIMIT 1) p ON true
LEFT JOIN LATERAL (SELECT u.stream, u.block_number FROM stream_updates u WHERE u.stream = c.stream AND u.kind = 'deleted'
                   ORDER BY u.block_number, u.log_index LIMIT 1) d ON true;

-- Stream.PermissionUpdated: every permission change (expiries are uint64 seconds).
CREATE TABLE stream_permission_events (
    stream           bytea NOT NULL,
    user_address     bytea NOT NULL, -- 20 zero bytes = public
    publish_expiry   numeric(20,0) NOT NULL,
    subscribe_expiry numeric(20,0) NOT NULL,
    can_edit         boolean NOT NULL,
    can_delete       boolean NOT NULL,
    can_grant        boolean NOT NULL,
    by_address       bytea NOT NULL,
    block_number     bigint NOT NULL,
    block_hash       bytea NOT NULL,
    log_index        integer NOT NULL,
    tx_hash          bytea NOT NULL,
    PRIMARY KEY (block_hash, log_index)
);
CREATE INDEX stream_permission_events_block ON stream_permission_events (block_number);
CREATE INDEX stream_permission_events_user ON stream_permission_events (stream, user_address, block_number DESC, log_index DESC);

-- The current permission of every (stream, user) that ever had one; rows whose every right is
-- empty are revocations and are left out.
CREATE VIEW stream_permissions AS
SELECT * FROM (
    SELECT DISTINCT ON (stream, user_address)
           stream, user_address, publish_expiry, subscribe_expiry, can_edit, can_delete, can_grant,
           by_address, block_number AS updated_block
    FROM stream_permission_events
    ORDER BY stream, user_address, block_number DESC, log_index DESC
) cur
WHERE publish_expiry > 0 OR subscribe_expiry > 0 OR can_edit OR can_delete OR can_grant;

-- Stream.EncryptionKeySet (key set) / EncryptionKeyRemoved (key NULL).
CREATE TABLE subscriber_key_events (
    stream       bytea NOT NULL,
    user_address bytea NOT NULL,
    key          bytea,
    by_address   bytea NOT NULL,
    block_number bigint NOT NULL,
    block_hash   bytea NOT NULL,
    log_index    integer NOT NULL,
    tx_hash      bytea NOT NULL,
    PRIMARY KEY (block_hash, log_index)
);
CREATE INDEX subscriber_key_events_block ON subscriber_key_events (block_number);
CREATE INDEX subscriber_key_events_user ON subscriber_key_events (stream, user_address, block_number DESC, log_index DESC);

CREATE VIEW subscriber_keys AS
SELECT * FROM (
    SELECT DISTINCT ON (stream, user_address)
           stream, user_address, key, block_number AS updated_block
    FROM subscriber_key_events
    ORDER BY stream, user_address, block_number DESC, log_index DESC
) cur
WHERE key IS NOT NULL;

-- DATAToken ERC-20 Transfer events (mints have from = 0x0).
CREATE TABLE token_transfers (
    token        bytea NOT NULL,
    from_address bytea NOT NULL,
    to_address   bytea NOT NULL,
    value        numeric(78,0) NOT NULL,
    block_time   timestamptz,
    block_number bigint NOT NULL,
    block_hash   bytea NOT NULL,
    log_index    integer NOT NULL,
    tx_hash      bytea NOT NULL,
    PRIMARY KEY (block_hash, log_index)
);
CREATE INDEX token_transfers_block ON token_transfers (block_number);
CREATE INDEX token_transfers_from ON token_transfers (from_address, block_number);
CREATE INDEX token_transfers_to ON token_transfers (to_address, block_number);
