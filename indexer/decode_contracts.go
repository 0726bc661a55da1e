package indexer

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/streamr-go/streamr/bindings/datalicense"
	"github.com/streamr-go/streamr/bindings/deliveryhub"
	"github.com/streamr-go/streamr/bindings/networkcoordinator"
)

// Karma ledger kinds (karma_ledger.kind).
const (
	KarmaPurchase        = "purchase"         // a buyer paying for a license: the price
	KarmaSale            = "sale"             // the product's seller (owner): price − protocol fee
	KarmaPaymentReleased = "payment_released" // escrow released to the product's beneficiary
	KarmaBrokerReward    = "broker_reward"    // a broker credited for an agreeing epoch report
	KarmaDeliveryBounty  = "delivery_bounty"  // a deliverer credited a DeliveryHub bounty
)

// errUnknownID: an event refers to a product, broker or subscription whose creation was not
// indexed (the start block is after the contract's deployment).
var errUnknownID = errors.New("refers to an id whose creation was not indexed (is StartBlock after the contract's deployment?)")

// eventsByName returns the event ids of a binding's ABI by event name; it panics on a name the
// ABI lacks (a binding out of step with the indexer).
func eventsByName(md interface{ GetAbi() (*abi.ABI, error) }, names ...string) map[string]common.Hash {
	a, err := md.GetAbi()
	if err != nil {
		panic(fmt.Sprintf("indexer: binding ABI: %v", err))
	}
	out := make(map[string]common.Hash, len(names))
	for _, n := range names {
		e, ok := a.Events[n]
		if !ok {
			panic("indexer: no event " + n + " in the binding ABI")
		}
		out[n] = e.ID
	}
	return out
}

// contractFilterers decode the events of the marketplace, coordinator and hub.
type contractFilterers struct {
	license     *datalicense.DataLicenseFilterer
	coordinator *networkcoordinator.NetworkCoordinatorFilterer
	hub         *deliveryhub.DeliveryHubFilterer
}

func (d *decoder) addContractSources(c Contracts) {
	d.license, _ = datalicense.NewDataLicenseFilterer(common.Address{}, nil)
	d.coordinator, _ = networkcoordinator.NewNetworkCoordinatorFilterer(common.Address{}, nil)
	d.hub, _ = deliveryhub.NewDeliveryHubFilterer(common.Address{}, nil)

	if c.DataLicense != (common.Address{}) {
		ev := eventsByName(datalicense.DataLicenseMetaData,
			"ProductCreated", "ProductUpdated", "ProductDeactivated", "LicensePurchased", "PaymentReleased",
			"Refunded", "Flagged", "Withdrawn", "FeeChanged", "TreasuryChanged", "GracePeriodChanged",
			"OwnershipTransferred", "OwnershipTransferStarted", "EIP712DomainChanged")
		d.bySource[c.DataLicense] = &source{name: "license", handlers: map[common.Hash]handler{
			ev["ProductCreated"]:           (*decoder).productCreated,
			ev["ProductUpdated"]:           (*decoder).productUpdated,
			ev["ProductDeactivated"]:       (*decoder).productDeactivated,
			ev["LicensePurchased"]:         (*decoder).licensePurchased,
			ev["PaymentReleased"]:          (*decoder).paymentReleased,
			ev["Refunded"]:                 (*decoder).refunded,
			ev["Flagged"]:                  (*decoder).flagged,
			ev["Withdrawn"]:                (*decoder).licenseWithdrawn,
			ev["FeeChanged"]:               (*decoder).feeChanged,
			ev["TreasuryChanged"]:          (*decoder).treasuryChanged,
			ev["GracePeriodChanged"]:       (*decoder).gracePeriodChanged,
			ev["OwnershipTransferred"]:     (*decoder).licenseOwnershipTransferred,
			ev["OwnershipTransferStarted"]: (*decoder).licenseOwnershipTransferStarted,
			ev["EIP712DomainChanged"]:      (*decoder).domainChanged,
		}}
	}
	if c.Coordinator != (common.Address{}) {
		ev := eventsByName(networkcoordinator.NetworkCoordinatorMetaData,
			"BrokerRegistered", "EndpointUpdated", "BrokerLeft", "StakeWithdrawn", "RewardsWithdrawn", "PoolFunded",
			"PartitionCountChanged", "Assigned", "Unassigned", "Rebalanced", "EpochReported", "EpochAgreed",
			"BrokerRewarded", "ReputationChanged", "ConfigChanged", "OwnershipTransferred", "OwnershipTransferStarted")
		d.bySource[c.Coordinator] = &source{name: "coordinator", handlers: map[common.Hash]handler{
			ev["BrokerRegistered"]:         (*decoder).brokerRegistered,
			ev["EndpointUpdated"]:          (*decoder).endpointUpdated,
			ev["BrokerLeft"]:               (*decoder).brokerLeft,
			ev["StakeWithdrawn"]:           (*decoder).stakeWithdrawn,
			ev["RewardsWithdrawn"]:         (*decoder).rewardsWithdrawn,
			ev["PoolFunded"]:               (*decoder).poolFunded,
			ev["PartitionCountChanged"]:    (*decoder).partitionCountChanged,
			ev["Assigned"]:                 (*decoder).assigned,
			ev["Unassigned"]:               (*decoder).unassigned,
			ev["Rebalanced"]:               (*decoder).rebalanced,
			ev["EpochReported"]:            (*decoder).epochReported,
			ev["EpochAgreed"]:              (*decoder).epochAgreed,
			ev["BrokerRewarded"]:           (*decoder).brokerRewarded,
			ev["ReputationChanged"]:        (*decoder).reputationChanged,
			ev["ConfigChanged"]:            (*decoder).coordinatorConfigChanged,
			ev["OwnershipTransferred"]:     (*decoder).coordinatorOwnershipTransferred,
			ev["OwnershipTransferStarted"]: (*decoder).coordinatorOwnershipTransferStarted,
		}}
	}
	if c.DeliveryHub != (common.Address{}) {
		ev := eventsByName(deliveryhub.DeliveryHubMetaData,
			"Subscribed", "ToppedUp", "Cancelled", "Delivered", "ConsumerFailed", "Withdrawn")
		d.bySource[c.DeliveryHub] = &source{name: "hub", handlers: map[common.Hash]handler{
			ev["Subscribed"]:     (*decoder).subscribed,
			ev["ToppedUp"]:       (*decoder).toppedUp,
			ev["Cancelled"]:      (*decoder).cancelled,
			ev["Delivered"]:      (*decoder).delivered,
			ev["ConsumerFailed"]: (*decoder).consumerFailed,
			ev["Withdrawn"]:      (*decoder).hubWithdrawn,
		}}
	}
}

// credit adds a karma ledger row for log l. Zero amounts add nothing.
func (b *batch) credit(l *types.Log, who common.Address, amount *big.Int, kind string) error {
	if amount == nil || amount.Sign() <= 0 {
		return nil
	}
	at := blockTime(l)
	if at == nil {
		return fmt.Errorf("no block timestamp for the karma of %s", who)
	}
	b.add(tKarma, l, addr(who), num(amount), *at, kind)
	return nil
}

// config records a configuration change of the log's contract.
func (b *batch) config(l *types.Log, name string, value any) error {
	var s string
	switch v := value.(type) {
	case string:
		s = v
	case common.Address:
		s = v.Hex()
	case uint64:
		s = strconv.FormatUint(v, 10)
	case fmt.Stringer:
		s = v.String()
	default:
		raw, err := json.Marshal(v)
		if err != nil {
			return err
		}
		s = string(raw)
	}
	b.add(tConfig, l, addr(l.Address), name, s)
	return nil
}

// ---- DataLicense ----

func (d *decoder) productCreated(b *batch, l *types.Log) error {
	e, err := d.license.ParseProductCreated(*l)
	if err != nil {
		return err
	}
	d.state.productOwners.put(idKey(e.ProductId), e.Owner)
	d.addProduct(b, l, "created", e.ProductId, e.Owner, e.Beneficiary, e.Streams, e.PricePerSecond, e.MinSeconds,
		e.TermsCID, e.RequiredAttester, e.Metadata)
	return nil
}

func (d *decoder) productUpdated(b *batch, l *types.Log) error {
	e, err := d.license.ParseProductUpdated(*l)
	if err != nil {
		return err
	}
	d.addProduct(b, l, "updated", e.ProductId, e.Owner, e.Beneficiary, e.Streams, e.PricePerSecond, e.MinSeconds,
		e.TermsCID, e.RequiredAttester, e.Metadata)
	return nil
}

func (d *decoder) addProduct(b *batch, l *types.Log, kind string, id *big.Int, owner, beneficiary common.Address,
	streams []common.Address, price *big.Int, minSeconds uint64, terms string, attester common.Address, metadata string) {
	ss := make([][]byte, len(streams))
	for i, s := range streams {
		ss[i] = addr(s)
	}
	b.add(tProducts, l, num(id), kind, addr(owner), addr(beneficiary), ss, num(price), numU64(minSeconds),
		terms, optAddr(attester), metadata, blockTime(l))
}

func (d *decoder) productDeactivated(b *batch, l *types.Log) error {
	e, err := d.license.ParseProductDeactivated(*l)
	if err != nil {
		return err
	}
	b.add(tProducts, l, num(e.ProductId), "deactivated", nil, nil, nil, nil, nil, nil, nil, nil, blockTime(l))
	return nil
}

func (d *decoder) licensePurchased(b *batch, l *types.Log) error {
	e, err := d.license.ParseLicensePurchased(*l)
	if err != nil {
		return err
	}
	owner, ok := d.state.productOwners.get(idKey(e.ProductId))
	if !ok {
		return fmt.Errorf("LicensePurchased of product %s %w", e.ProductId, errUnknownID)
	}
	t := blockTime(l)
	b.add(tPurchases, l, num(e.ProductId), addr(e.Buyer), addr(e.Payer), num(e.Seconds), num(e.Price), num(e.Fee),
		numU64(e.NewExpiry), t)
	b.add(tFees, l, "purchase", num(e.ProductId), addr(e.Buyer), num(e.Fee), nil, t)
	if err := b.credit(l, e.Buyer, e.Price, KarmaPurchase); err != nil {
		return err
	}
	return b.credit(l, owner, new(big.Int).Sub(e.Price, e.Fee), KarmaSale)
}

func (d *decoder) paymentReleased(b *batch, l *types.Log) error {
	e, err := d.license.ParsePaymentReleased(*l)
	if err != nil {
		return err
	}
	b.add(tReleased, l, num(e.ProductId), addr(e.Buyer), numU64(e.Epoch), addr(e.Beneficiary), num(e.Amount), blockTime(l))
	return b.credit(l, e.Beneficiary, e.Amount, KarmaPaymentReleased)
}

func (d *decoder) refunded(b *batch, l *types.Log) error {
	e, err := d.license.ParseRefunded(*l)
	if err != nil {
		return err
	}
	b.add(tRefunds, l, num(e.ProductId), addr(e.Buyer), num(e.Amount), blockTime(l))
	return nil
}

func (d *decoder) flagged(b *batch, l *types.Log) error {
	e, err := d.license.ParseFlagged(*l)
	if err != nil {
		return err
	}
	b.add(tFlags, l, num(e.ProductId), addr(e.Buyer), e.Reason, blockTime(l))
	return nil
}

func (d *decoder) licenseWithdrawn(b *batch, l *types.Log) error {
	e, err := d.license.ParseWithdrawn(*l)
	if err != nil {
		return err
	}
	b.add(tWithdrawals, l, addr(l.Address), addr(e.Account), "license", num(e.Amount))
	return nil
}

func (d *decoder) feeChanged(b *batch, l *types.Log) error {
	e, err := d.license.ParseFeeChanged(*l)
	if err != nil {
		return err
	}
	b.add(tFees, l, "rate", nil, nil, nil, int32(e.FeeBps), blockTime(l))
	return nil
}

func (d *decoder) treasuryChanged(b *batch, l *types.Log) error {
	e, err := d.license.ParseTreasuryChanged(*l)
	if err != nil {
		return err
	}
	return b.config(l, "TreasuryChanged", e.Treasury)
}

func (d *decoder) gracePeriodChanged(b *batch, l *types.Log) error {
	e, err := d.license.ParseGracePeriodChanged(*l)
	if err != nil {
		return err
	}
	return b.config(l, "GracePeriodChanged", e.Seconds)
}

func (d *decoder) licenseOwnershipTransferred(b *batch, l *types.Log) error {
	e, err := d.license.ParseOwnershipTransferred(*l)
	if err != nil {
		return err
	}
	return b.config(l, "OwnershipTransferred", e.NewOwner)
}

func (d *decoder) licenseOwnershipTransferStarted(b *batch, l *types.Log) error {
	e, err := d.license.ParseOwnershipTransferStarted(*l)
	if err != nil {
		return err
	}
	return b.config(l, "OwnershipTransferStarted", e.NewOwner)
}

func (d *decoder) domainChanged(b *batch, l *types.Log) error {
	return b.config(l, "EIP712DomainChanged", "")
}

// ---- NetworkCoordinator ----

func (d *decoder) brokerRegistered(b *batch, l *types.Log) error {
	e, err := d.coordinator.ParseBrokerRegistered(*l)
	if err != nil {
		return err
	}
	d.state.brokers.put(e.Id, e.Broker)
	b.add(tBrokers, l, addr(e.Broker), "registered", int32(e.Id), e.Endpoint, num(e.Stake), nil, blockTime(l))
	return nil
}

func (d *decoder) endpointUpdated(b *batch, l *types.Log) error {
	e, err := d.coordinator.ParseEndpointUpdated(*l)
	if err != nil {
		return err
	}
	b.add(tBrokers, l, addr(e.Broker), "endpoint", nil, e.Endpoint, nil, nil, blockTime(l))
	return nil
}

func (d *decoder) brokerLeft(b *batch, l *types.Log) error {
	e, err := d.coordinator.ParseBrokerLeft(*l)
	if err != nil {
		return err
	}
	b.add(tBrokers, l, addr(e.Broker), "left", nil, nil, nil, nil, blockTime(l))
	return nil
}

func (d *decoder) stakeWithdrawn(b *batch, l *types.Log) error {
	e, err := d.coordinator.ParseStakeWithdrawn(*l)
	if err != nil {
		return err
	}
	b.add(tBrokers, l, addr(e.Broker), "stake_withdrawn", nil, nil, num(e.Amount), nil, blockTime(l))
	return nil
}

func (d *decoder) rewardsWithdrawn(b *batch, l *types.Log) error {
	e, err := d.coordinator.ParseRewardsWithdrawn(*l)
	if err != nil {
		return err
	}
	b.add(tBrokers, l, addr(e.Broker), "rewards_withdrawn", nil, nil, num(e.Amount), nil, blockTime(l))
	return nil
}

func (d *decoder) reputationChanged(b *batch, l *types.Log) error {
	e, err := d.coordinator.ParseReputationChanged(*l)
	if err != nil {
		return err
	}
	broker, ok := d.state.brokers.get(e.BrokerId)
	if !ok {
		return fmt.Errorf("ReputationChanged of broker %d %w", e.BrokerId, errUnknownID)
	}
	b.add(tBrokers, l, addr(broker), "reputation", int32(e.BrokerId), nil, nil, int64(e.Reputation), blockTime(l))
	return nil
}

func (d *decoder) poolFunded(b *batch, l *types.Log) error {
	e, err := d.coordinator.ParsePoolFunded(*l)
	if err != nil {
		return err
	}
	return b.config(l, "PoolFunded", struct {
		From   common.Address `json:"from"`
		Amount string         `json:"amount"`
	}{e.From, e.Amount.String()})
}

func (d *decoder) partitionCountChanged(b *batch, l *types.Log) error {
	e, err := d.coordinator.ParsePartitionCountChanged(*l)
	if err != nil {
		return err
	}
	return b.config(l, "PartitionCountChanged", uint64(e.Current))
}

func (d *decoder) coordinatorConfigChanged(b *batch, l *types.Log) error {
	e, err := d.coordinator.ParseConfigChanged(*l)
	if err != nil {
		return err
	}
	return b.config(l, "ConfigChanged", struct {
		MinStake            string `json:"minStake"`
		EpochReward         string `json:"epochReward"`
		RebalanceReward     string `json:"rebalanceReward"`
		PartitionFloor      uint32 `json:"partitionFloor"`
		PartitionsPerBroker uint16 `json:"partitionsPerBroker"`
		Replication         uint8  `json:"replication"`
	}{e.MinStake.String(), e.EpochReward.String(), e.RebalanceReward.String(), e.PartitionFloor,
		e.PartitionsPerBroker, e.Replication})
}

func (d *decoder) coordinatorOwnershipTransferred(b *batch, l *types.Log) error {
	e, err := d.coordinator.ParseOwnershipTransferred(*l)
	if err != nil {
		return err
	}
	return b.config(l, "OwnershipTransferred", e.NewOwner)
}

func (d *decoder) coordinatorOwnershipTransferStarted(b *batch, l *types.Log) error {
	e, err := d.coordinator.ParseOwnershipTransferStarted(*l)
	if err != nil {
		return err
	}
	return b.config(l, "OwnershipTransferStarted", e.NewOwner)
}

func (d *decoder) assigned(b *batch, l *types.Log) error {
	e, err := d.coordinator.ParseAssigned(*l)
	if err != nil {
		return err
	}
	b.add(tAssignments, l, int64(e.NetworkPartition), addr(e.Broker), true)
	return nil
}

func (d *decoder) unassigned(b *batch, l *types.Log) error {
	e, err := d.coordinator.ParseUnassigned(*l)
	if err != nil {
		return err
	}
	b.add(tAssignments, l, int64(e.NetworkPartition), addr(e.Broker), false)
	return nil
}

func (d *decoder) rebalanced(b *batch, l *types.Log) error {
	e, err := d.coordinator.ParseRebalanced(*l)
	if err != nil {
		return err
	}
	b.add(tRewards, l, addr(e.Caller), "rebalance", nil, nil, nil, e.Changes.Int64(), num(e.Reward), blockTime(l))
	return nil
}

func (d *decoder) epochReported(b *batch, l *types.Log) error {
	e, err := d.coordinator.ParseEpochReported(*l)
	if err != nil {
		return err
	}
	b.add(tReports, l, int64(e.NetworkPartition), numU64(e.Epoch), addr(e.Broker), e.Root[:], blockTime(l))
	return nil
}

func (d *decoder) epochAgreed(b *batch, l *types.Log) error {
	e, err := d.coordinator.ParseEpochAgreed(*l)
	if err != nil {
		return err
	}
	b.add(tAgreed, l, int64(e.NetworkPartition), numU64(e.Epoch), e.Root[:], blockTime(l))
	return nil
}

func (d *decoder) brokerRewarded(b *batch, l *types.Log) error {
	e, err := d.coordinator.ParseBrokerRewarded(*l)
	if err != nil {
		return err
	}
	broker, ok := d.state.brokers.get(e.BrokerId)
	if !ok {
		return fmt.Errorf("BrokerRewarded of broker %d %w", e.BrokerId, errUnknownID)
	}
	b.add(tRewards, l, addr(broker), "epoch", int32(e.BrokerId), int64(e.NetworkPartition), numU64(e.Epoch), nil,
		num(e.Amount), blockTime(l))
	return b.credit(l, broker, e.Amount, KarmaBrokerReward)
}

// ---- DeliveryHub ----

func (d *decoder) subscribed(b *batch, l *types.Log) error {
	e, err := d.hub.ParseSubscribed(*l)
	if err != nil {
		return err
	}
	d.state.subscriptions.put(idKey(e.SubscriptionId), subscription{stream: e.Stream, partition: e.Partition})
	b.add(tSubscriptions, l, num(e.SubscriptionId), "subscribed", addr(e.Owner), addr(e.Consumer), addr(e.Stream),
		int64(e.Partition), num(e.BountyPerEvent), int64(e.CallbackGasLimit), num(e.Deposit), num(e.Deposit), blockTime(l))
	return nil
}

func (d *decoder) toppedUp(b *batch, l *types.Log) error {
	e, err := d.hub.ParseToppedUp(*l)
	if err != nil {
		return err
	}
	b.add(tSubscriptions, l, num(e.SubscriptionId), "topped_up", addr(e.From), nil, nil, nil, nil, nil,
		num(e.Amount), num(e.Deposit), blockTime(l))
	return nil
}

func (d *decoder) cancelled(b *batch, l *types.Log) error {
	e, err := d.hub.ParseCancelled(*l)
	if err != nil {
		return err
	}
	b.add(tSubscriptions, l, num(e.SubscriptionId), "cancelled", nil, nil, nil, nil, nil, nil,
		num(e.Refund), numU64(0), blockTime(l))
	return nil
}

func (d *decoder) delivered(b *batch, l *types.Log) error {
	e, err := d.hub.ParseDelivered(*l)
	if err != nil {
		return err
	}
	sub, ok := d.state.subscriptions.get(idKey(e.SubscriptionId))
	if !ok {
		return fmt.Errorf("Delivered to subscription %s %w", e.SubscriptionId, errUnknownID)
	}
	b.add(tDeliveries, l, num(e.SubscriptionId), addr(e.Deliverer), addr(sub.stream), int64(sub.partition),
		addr(e.Publisher), e.MsgChainId[:], numU64(e.Timestamp), int64(e.Sequence), num(e.Bounty), blockTime(l))
	return b.credit(l, e.Deliverer, e.Bounty, KarmaDeliveryBounty)
}

func (d *decoder) consumerFailed(b *batch, l *types.Log) error {
	e, err := d.hub.ParseConsumerFailed(*l)
	if err != nil {
		return err
	}
	b.add(tFailures, l, num(e.SubscriptionId), addr(e.Publisher), e.MsgChainId[:], numU64(e.Timestamp),
		int64(e.Sequence), blockTime(l))
	return nil
}

func (d *decoder) hubWithdrawn(b *batch, l *types.Log) error {
	e, err := d.hub.ParseWithdrawn(*l)
	if err != nil {
		return err
	}
	b.add(tWithdrawals, l, addr(l.Address), addr(e.Deliverer), "bounties", num(e.Amount))
	return nil
}
