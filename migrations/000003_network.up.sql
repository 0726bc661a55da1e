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

-- BrokerRewarded (kind 'epoch': the broker credited for an agreeing report) and Rebalanced
-- (kind 'rebalance': the caller paid for a rebalance that changed `changes` partitions; the
-- caller need not be a broker, and network_partition/epoch are NULL).
CREATE TABLE broker_rewards (
    broker            bytea NOT NULL,
    kind              text NOT NULL CHECK (kind IN ('epoch', 'rebalance')),
    broker_id         integer,
    network_partition bigint,
    epoch             numeric(20,0),
    changes           bigint,
    amount            numeric(78,0) NOT NULL,
    block_time        timestamptz,
    block_number      bigint NOT NULL,
    block_hash        bytea NOT NULL,
    log_index         integer NOT NULL,
    tx_hash           bytea NOT NULL,
    PRIMARY KEY (block_hash, log_index)
);
CREATE INDEX broker_rewards_broker ON broker_rewards (broker);

-- DeliveryHub subscription events, one row per log:
--   subscribed: Subscribed (account = the subscriber paying the deposit, amount = the deposit);
--   topped_up:  ToppedUp   (account = who paid, amount = the top-up, deposit = the new deposit);
--   cancelled:  Cancelled  (amount = the refund).
CREATE TABLE hub_subscriptions (
    subscription_id    numeric(78,0) NOT NULL,
    kind               text NOT NULL CHECK (kind IN ('subscribed', 'topped_up', 'cancelled')),
    account            bytea,
    consumer           bytea,
    stream             bytea,
    stream_partition   bigint,
    bounty_per_event   numeric(78,0),
    callback_gas_limit bigint,
    amount             numeric(78,0),
    deposit            numeric(78,0),
    block_time         timestamptz,
    block_number       bigint NOT NULL,
    block_hash         bytea NOT NULL,
    log_index          integer NOT NULL,
    tx_hash            bytea NOT NULL,
    PRIMARY KEY (block_hash, log_index)
);
CREATE INDEX hub_subscriptions_block ON hub_subscriptions (block_number);
CREATE INDEX hub_subscriptions_id ON hub_subscriptions (subscription_id, block_number);
CREATE INDEX hub_subscriptions_stream ON hub_subscriptions (stream) WHERE kind = 'subscribed';

-- DeliveryHub Delivered: one event delivered to a subscription and the bounty credited to the
-- deliverer. stream and stream_partition are the subscription's (Delivered does not repeat them).
CREATE TABLE deliveries (
    subscription_id  numeric(78,0) NOT NULL,
    deliverer        bytea NOT NULL,
    stream           bytea,
    stream_partition bigint,
    publisher        bytea NOT NULL,
    msg_chain_id     bytea NOT NULL,
    msg_timestamp    numeric(20,0) NOT NULL, -- the event's timestamp (ms)
    msg_sequence     bigint NOT NULL,
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

-- DeliveryHub ConsumerFailed: the consumer contract reverted on a delivered event (the delivery
-- and its bounty stand).
CREATE TABLE consumer_failures (
    subscription_id numeric(78,0) NOT NULL,
    publisher       bytea NOT NULL,
    msg_chain_id    bytea NOT NULL,
    msg_timestamp   numeric(20,0) NOT NULL,
    msg_sequence    bigint NOT NULL,
    block_time      timestamptz,
    block_number    bigint NOT NULL,
    block_hash      bytea NOT NULL,
    log_index       integer NOT NULL,
    tx_hash         bytea NOT NULL,
    PRIMARY KEY (block_hash, log_index)
);
CREATE INDEX consumer_failures_block ON consumer_failures (block_number);
CREATE INDEX consumer_failures_subscription ON consumer_failures (subscription_id);

-- The current state of every DeliveryHub subscription: its parameters, what was paid in and out
-- and whether it was cancelled. remaining = deposits − bounties − refund.
CREATE VIEW hub_subscription_state AS
SELECT s.subscription_id, s.account AS owner, s.consumer, s.stream, s.stream_partition,
       s.bounty_per_event, s.callback_gas_limit,
       s.amount + COALESCE(t.topped_up, 0) AS paid_in,
       COALESCE(d.delivered, 0) AS delivered, COALESCE(d.bounties, 0) AS bounties,
       (c.subscription_id IS NOT NULL) AS cancelled,
       s.amount + COALESCE(t.topped_up, 0) - COALESCE(d.bounties, 0) - COALESCE(c.amount, 0) AS remaining,
       s.block_number AS created_block, s.block_time AS created_at
FROM hub_subscriptions s
LEFT JOIN (SELECT subscription_id, sum(amount) AS topped_up FROM hub_subscriptions WHERE kind = 'topped_up'
           GROUP BY subscription_id) t USING (subscription_id)
LEFT JOIN (SELECT subscription_id, count(*) AS delivered, sum(bounty) AS bounties FROM deliveries
           GROUP BY subscription_id) d USING (subscription_id)
LEFT JOIN (SELECT subscription_id, amount FROM hub_subscriptions WHERE kind = 'cancelled') c USING (subscription_id)
WHERE s.kind = 'subscribed';
