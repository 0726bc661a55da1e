-- NetworkCoordinator and DeliveryHub tables. Same conventions as 000001.

-- BrokerRegistered / EndpointUpdated / BrokerLeft / StakeWithdrawn / RewardsWithdrawn /
-- ReputationChanged.
CREATE TABLE broker_events (
    broker       bytea NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('registered', 'endpoint', 'left', 'stake_withdrawn',
                                               'rewards_withdrawn', 'reputation')),
    broker_id    integer,
    endpoint     text,
    amount       numeric(78,0), -- stake on registration, amount withdrawn
    reputation   bigint,
    block_time   timestamptz,
    block_number bigint NOT NULL,
    block_hash   bytea NOT NULL,
    log_index    integer NOT NULL,
    tx_hash      bytea NOT NULL,
    PRIMARY KEY (block_hash, log_index)
);
CREATE INDEX broker_events_block ON broker_events (block_number);
CREATE INDEX broker_events_broker ON broker_events (broker, kind, block_number DESC, log_index DESC);

-- The current state of every broker that ever registered (the newest registration wins).
CREATE VIEW brokers AS
SELECT r.broker, r.broker_id, COALESCE(e.endpoint, r.endpoint) AS endpoint, r.amount AS stake,
       rep.reputation,
       (l.block_number IS NULL OR l.block_number < r.block_number
        OR (l.block_number = r.block_number AND l.log_index < r.log_index)) AS active,
       r.block_number AS registered_block, r.block_time AS registered_at
FROM (SELECT DISTINCT ON (broker) * FROM broker_events WHERE kind = 'registered'
      ORDER BY broker, block_number DESC, log_index DESC) r
LEFT JOIN LATERAL (SELECT x.endpoint FROM broker_events x WHERE x.broker = r.broker AND x.kind = 'endpoint'
                   AND (x.block_number, x.log_index) > (r.block_number, r.log_index)
                   ORDER BY x.block_number DESC, x.log_index DESC LIMIT 1) e ON true
LEFT JOIN LATERAL (SELECT x.reputation FROM broker_events x WHERE x.broker = r.broker AND x.kind = 'reputation'
                   ORDER BY x.block_number DESC, x.log_index DESC LIMIT 1) rep ON true
LEFT JOIN LATERAL (SELECT x.block_number, x.log_index FROM broker_events x WHERE x.broker = r.broker AND x.kind = 'left'
                   ORDER BY x.block_number DESC, x.log_index DESC LIMIT 1) l ON true;

-- Assigned (assigned = true) / Unassigned (false).
CREATE TABLE partition_assignment_events (
    network_partition bigint NOT NULL,
    broker            bytea NOT NULL,
    assigned          boolean NOT NULL,
    block_number      bigint NOT NULL,
    block_hash        bytea NOT NULL,
    log_index         integer NOT NULL,
    tx_hash           bytea NOT NULL,
    PRIMARY KEY (block_hash, log_index)
);
CREATE INDEX partition_assignment_events_block ON partition_assignment_events (block_number);
CREATE INDEX partition_assignment_events_pb ON partition_assignment_events (network_partition, broker, block_number DESC, log_index DESC);

-- The current assignment of network partitions to brokers.
CREATE VIEW partition_assignments AS
SELECT network_partition, broker, updated_block FROM (
    SELECT DISTINCT ON (network_partition, broker) network_partition, broker, assigned, block_number AS updated_block
    FROM partition_assignment_events
    ORDER BY network_partition, broker, block_number DESC, log_index DESC
) cur WHERE assigned;

-- EpochReported.
CREATE TABLE epoch_reports (
    network_partition bigint NOT NULL,
    epoch             numeric(20,0) NOT NULL,
    broker            bytea NOT NULL,
    root              bytea NOT NULL,
    block_time        timestamptz,
    block_number      bigint NOT NULL,
    block_hash        bytea NOT NULL,
    log_index         integer NOT NULL,
    tx_hash           bytea NOT NULL,
    PRIMARY KEY (block_hash, log_index)
);
CREATE INDEX epoch_reports_block ON epoch_reports (block_number);
CREATE INDEX epoch_reports_epoch ON epoch_reports (network_partition, epoch);

-- EpochAgreed: the root a coherent majority reported.
CREATE TABLE agreed_roots (
    network_partition bigint NOT NULL,
    epoch             numeric(20,0) NOT NULL,
    root              bytea NOT NULL,
    block_time        timestamptz,
    block_number      bigint NOT NULL,
    block_hash        bytea NOT NULL,
    log_index         integer NOT NULL,
    tx_hash           bytea NOT NULL,
    PRIMARY KEY (block_hash, log_index)
);
CREATE INDEX agreed_roots_block ON agreed_roots (block_number);
CREATE INDEX agreed_roots_epoch ON agreed_roots (network_partition, epoch);

-- BrokerRewarded (epoch rewards) and Rebalanced rewards (network_partition/epoch NULL).
CREATE TABLE broker_rewards (
    broker            bytea NOT NULL,
    kind              text NOT NULL CHECK (kind IN ('epoch', 'rebalance')),
    network_partition bigint,
    epoch             numeric(20,0),
    amount            numeric(78,0) NOT NULL,
    block_time        timestamptz,
    block_number      bigint NOT NULL,
    block_hash        bytea NOT NULL,
    log_index         integer NOT NULL,
    tx_hash           bytea NOT NULL,
    PRIMARY KEY (block_hash, log_index)
);
CREATE INDEX broker_rewards_block ON broker_rewards (block_number);
CREATE INDEX broker_rewards_broker ON broker_rewards (broker);

-- DeliveryHub subscription events: a consumer contract subscribing to a stream partition with a
-- bounty per event and a DATA deposit; later top-ups, changes and cancellation are rows of
-- their own kind.
CREATE TABLE hub_subscriptions (
    subscription_id    numeric(78,0) NOT NULL,
    kind               text NOT NULL, -- created, funded, updated, cancelled, ...
    consumer           bytea,
    stream             bytea,
    stream_partition   integer,
    bounty_per_event   numeric(78,0),
    amount             numeric(78,0), -- deposit or top-up
    callback_gas_limit bigint,
    block_time         timestamptz,
    block_number       bigint NOT NULL,
    block_hash         bytea NOT NULL,
    log_index          integer NOT NULL,
    tx_hash            bytea NOT NULL,
    PRIMARY KEY (block_hash, log_index)
);
CREATE INDEX hub_subscriptions_block ON hub_subscriptions (block_number);
CREATE INDEX hub_subscriptions_id ON hub_subscriptions (subscription_id, block_number);
CREATE INDEX hub_subscriptions_stream ON hub_subscriptions (stream);

-- DeliveryHub deliveries: one event delivered to a subscription and the bounty credited.
CREATE TABLE deliveries (
    subscription_id  numeric(78,0) NOT NULL,
    deliverer        bytea NOT NULL,
    stream           bytea,
    stream_partition integer,
    publisher        bytea,
    msg_timestamp    numeric(20,0),
    msg_sequence     numeric(20,0),
    bounty           numeric(78,0) NOT NULL,
    block_time       timestamptz,
    block_number     bigint NOT NULL,
    block_hash       bytea NOT NULL,
    log_index        integer NOT NULL,
    tx_hash          bytea NOT NULL,
    PRIMARY KEY (block_hash, log_index)
);
CREATE INDEX deliveries_block ON deliveries (block_number);
CREATE INDEX deliveries_subscription ON deliveries (subscription_id, block_number);
CREATE INDEX deliveries_deliverer ON deliveries (deliverer);
