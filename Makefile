# streamr — run `make help` for the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help
FORGE := node_modules/.bin/forge
GO_TEST_FLAGS ?= -count=1 -timeout 25m

.PHONY: help
help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  \033[36m%-16s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

.PHONY: deps
deps: node_modules/.installed ## Install the pinned npm toolchain (solc, forge, anvil, cast, OpenZeppelin) and Go modules
	go mod download

.PHONY: services
services: ## Start Redis and PostgreSQL when they are down
	@scripts/services.sh

.PHONY: build
build: ## Build bin/streamr
	go build -o bin/streamr ./cmd/streamr

.PHONY: dev
dev: deps services build ## Run the whole system on this machine (chain, contracts, services, demo)
	bin/streamr dev

.PHONY: contracts
contracts: deps ## Build and test the contracts with forge
	$(FORGE) build
	$(FORGE) test

.PHONY: gas
gas: deps ## Gas report of the contract tests and a fresh .gas-snapshot
	$(FORGE) test --gas-report --match-test 'test_gas_'
	$(FORGE) snapshot --match-test 'test_gas_'

.PHONY: gas-check
gas-check: deps ## Fail when a gas figure moved from .gas-snapshot (the test_gas_* tests)
	$(FORGE) snapshot --check --match-test 'test_gas_'

.PHONY: generate
generate: deps ## Regenerate the Go bindings, the config reference and the copy of libsecp256k1
	go generate ./bindings/...
	go run ./cmd/streamr config reference > docs/config.md
	scripts/vendor-secp256k1.sh

.PHONY: check-generated
check-generated: generate ## Fail when generated files are stale
	@git diff --exit-code -- bindings docs/config.md internal/ecbatch/libsecp256k1 && test -z "$$(git status --porcelain -- bindings docs/config.md internal/ecbatch/libsecp256k1)" || { echo "generated files are stale: run 'make generate' and commit"; exit 1; }

.PHONY: lint
lint: ## gofmt, go vet and go mod tidy checks
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	go vet ./...
	go mod tidy -diff

.PHONY: test
test: deps services ## Every test: forge, fresh bindings, lint, Node protocol tests, go test
	$(FORGE) test
	$(MAKE) gas-check
	$(MAKE) check-generated
	$(MAKE) lint
	@if ls contracts/test/js/*.test.mjs >/dev/null 2>&1; then node --test contracts/test/js/; fi
	go test $(GO_TEST_FLAGS) ./...

.PHONY: bench
bench: deps services ## Go benchmarks of the hot paths
	go test -run '^$$' -bench . -benchtime 1x ./...

.PHONY: clean
clean: ## Remove build output
	rm -rf bin contracts/out contracts/cache
