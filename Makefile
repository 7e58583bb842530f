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
GENERATED  := ent graph portal/src/gql samples rest/codesamples_gen.json rest/postman_collection_gen.json

.PHONY: run build portal generate check-generate vet lint-openapi test test-go test-portal test-e2e test-samples bench migration clean

# Each step of run says what it is doing first: the portal build and the Go
# build take a while on a first run, and a silent terminal looks stuck.
run: build ## Build the portal and the server, then start on the embedded SQLite database.
	@echo "==> starting $(BIN) (Ctrl-C stops it)"
	./$(BIN)

build: portal ## Build bin/keybs with the portal embedded.
	@echo "==> building the server ($(BIN)) with the portal embedded"
	$(GO) build -o $(BIN) ./cmd/keybs

portal: $(NODE_STAMP)
	@echo "==> building the portal (portal/dist)"
	$(NPM) run build

$(NODE_STAMP): package.json package-lock.json
	@echo "==> installing the portal's packages (npm ci, first run or after a lock-file change)"
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

# lint-openapi lints rest/openapi.json with Redocly's CLI (redocly.yaml), with
# no network: zero errors are allowed; rest/openapi_test.go checks the rest.
lint-openapi: $(NODE_STAMP)
	$(NPM) run lint:openapi

test: vet lint-openapi check-generate test-go test-portal test-e2e test-samples ## Everything CI runs.

# Go tests run on SQLite always and on PostgreSQL when TEST_DATABASE_URL is set
# (each test creates its own database there); under CI=true its absence fails.
test-go:
	$(GO) test -race -count=1 ./...

test-portal: $(NODE_STAMP)
	$(NPM) run typecheck
	$(NPM) run test:unit

test-e2e: build ## Playwright in Debian's Chromium, webhook and report-signature verification and the GraphQL-over-HTTP audit in Node, against the real binary.
	$(NPM) run test:e2e
	$(NPM) run test:webhooks
	$(NPM) run test:signing
	$(NPM) run test:graphql-http

# test-samples runs every code sample under samples/ (JavaScript, Python, PHP,
# Java, Go, curl) against a fresh server, and each language's webhook
# verifier against a real delivery; under CI=true a missing toolchain fails.
test-samples:
	$(GO) test -tags samples -count=1 -timeout 20m ./internal/samples/

# bench runs the Go benchmarks, the loopback load tool and the soak on SQLite
# and, when TEST_DATABASE_URL is set, PostgreSQL (a scratch database each),
# and ends with one table of every performance target (cmd/benchtable). Each
# figure is a ratio against a baseline of the same run, or a figure of this
# machine at this moment. It fails on any 5xx in the soak; a SHORT target does
# not fail it. SOAK_DURATION=10s shortens the soak while developing.
SOAK_DURATION ?= 60s
BENCH_CLIENTS ?= 50
BENCH_OUT     := bin/bench.out
bench: portal ## Benchmarks, load and soak on both databases; ends with one table of targets.
	@mkdir -p bin && : > $(BENCH_OUT)
	-$(GO) test -run '^$$' -bench . -benchmem ./... 2>&1 | tee -a $(BENCH_OUT)
	-$(GO) run ./cmd/loadtest -db sqlite -duration $(BENCH_DURATION) -clients $(BENCH_CLIENTS) 2>&1 | tee -a $(BENCH_OUT)
	-$(GO) run ./cmd/soak -db sqlite -duration $(SOAK_DURATION) 2>&1 | tee -a $(BENCH_OUT)
	-$(GO) run ./cmd/fanout -n 5000 -events 3 2>&1 | tee -a $(BENCH_OUT)
	-$(GO) run ./cmd/fanout -floor -n 5000 2>&1 | tee -a $(BENCH_OUT)
	-@if [ -n "$$TEST_DATABASE_URL" ]; then \
		$(GO) run ./cmd/loadtest -db "$$TEST_DATABASE_URL" -duration $(BENCH_DURATION) -clients $(BENCH_CLIENTS) 2>&1 | tee -a $(BENCH_OUT); \
		$(GO) run ./cmd/soak -db "$$TEST_DATABASE_URL" -duration $(SOAK_DURATION) 2>&1 | tee -a $(BENCH_OUT); \
	else echo "TEST_DATABASE_URL not set: PostgreSQL runs skipped"; fi
	@$(GO) run ./cmd/benchtable -quiet < $(BENCH_OUT)

# migration writes the next versioned migration for both dialects from the ent
# schema: make migration name=add_api_keys (needs a PostgreSQL server in
# MIGRATION_DEV_URL or TEST_DATABASE_URL for the scratch database).
migration:
	@test -n "$(name)" || (echo "usage: make migration name=short_description" && exit 2)
	$(GO) run ./internal/database/migrategen -name $(name)

clean:
	rm -rf bin portal/dist/assets portal/dist/index.html portal/test-results
