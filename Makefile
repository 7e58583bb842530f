# The two commands a newcomer needs are `make run` and `make test`; the rest are
# their parts. Generated code (ent, gqlgen, the portal's typed documents) is
# committed; `make check-generate` proves it is current.

GO      ?= go
NPM     ?= npm
BIN     := bin/keybs
BENCH_DURATION ?= 5s
# Node's install stamp: npm ci writes it, so node_modules is rebuilt only when
# the lock file changes.
NODE_STAMP := node_modules/.package-lock.json
GENERATED  := ent graph portal/src/gql samples rest/codesamples_gen.json

.PHONY: run build portal generate check-generate vet test test-go test-portal test-e2e test-samples bench migration clean

run: build ## Build the portal and the server, then start on the embedded SQLite database.
	./$(BIN)

build: portal ## Build bin/keybs with the portal embedded.
	$(GO) build -o $(BIN) ./cmd/keybs

portal: $(NODE_STAMP)
	$(NPM) run build

$(NODE_STAMP): package.json package-lock.json
	$(NPM) ci

generate: $(NODE_STAMP) ## Regenerate ent, then gqlgen, then the portal's GraphQL types.
	$(GO) generate ./...
	$(NPM) run codegen

# check-generate regenerates into the working tree and fails when anything
# changed, so stale generated code cannot land.
check-generate: $(NODE_STAMP)
	@rm -rf .generate-check && mkdir -p .generate-check
	@for d in $(GENERATED); do mkdir -p .generate-check/$$(dirname $$d) && cp -R $$d .generate-check/$$d; done
	@$(MAKE) --no-print-directory generate >/dev/null
	@status=0; for d in $(GENERATED); do \
		diff -r -q .generate-check/$$d $$d || status=1; \
	done; rm -rf .generate-check; \
	if [ $$status -ne 0 ]; then echo "generated code is stale: run 'make generate' and commit the result"; exit 1; fi
	@echo "generated code is up to date"

vet:
	$(GO) vet ./...

test: vet check-generate test-go test-portal test-e2e test-samples ## Everything CI runs.

# Go tests run on SQLite always and on PostgreSQL when TEST_DATABASE_URL is set
# (each test creates its own database there); under CI=true its absence fails.
test-go:
	$(GO) test -race -count=1 ./...

test-portal: $(NODE_STAMP)
	$(NPM) run typecheck
	$(NPM) run test:unit

test-e2e: build ## Playwright in Debian's Chromium, and webhook and report-signature verification in Node, against the real binary.
	$(NPM) run test:e2e
	$(NPM) run test:webhooks
	$(NPM) run test:signing

# test-samples runs every code sample under samples/ (JavaScript, Python, PHP,
# Java, Go, curl) against a fresh server, and each language's webhook
# verifier against a real delivery; under CI=true a missing toolchain fails.
test-samples:
	$(GO) test -tags samples -count=1 -timeout 20m ./internal/samples/

# bench runs the Go benchmarks, then the loopback load script on SQLite and,
# when TEST_DATABASE_URL is set, PostgreSQL; each prints its ratio against a
# bare handler measured in the same run.
bench: ## Benchmarks; ratios against a baseline measured in the same run.
	$(GO) test -run '^$$' -bench . -benchmem ./...
	$(GO) run ./cmd/loadtest -db sqlite -duration $(BENCH_DURATION)
	@if [ -n "$$TEST_DATABASE_URL" ]; then $(GO) run ./cmd/loadtest -db "$$TEST_DATABASE_URL" -duration $(BENCH_DURATION); \
	else echo "TEST_DATABASE_URL not set: PostgreSQL load run skipped"; fi

# migration writes the next versioned migration for both dialects from the ent
# schema: make migration name=add_api_keys (needs a PostgreSQL server in
# MIGRATION_DEV_URL or TEST_DATABASE_URL for the scratch database).
migration:
	@test -n "$(name)" || (echo "usage: make migration name=short_description" && exit 2)
	$(GO) run ./internal/database/migrategen -name $(name)

clean:
	rm -rf bin portal/dist/assets portal/dist/index.html portal/test-results
