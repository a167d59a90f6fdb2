# TiếpDân: the two commands are `make run` and `make test` (see README.md). No Docker needed.
SHELL := /bin/bash
.DEFAULT_GOAL := help
ROOT := $(CURDIR)
MVNW := $(ROOT)/backend/mvnw -B -f $(ROOT)/backend/pom.xml
BACKEND_JAR := backend/target/quarkus-app/quarkus-run.jar
BACKEND_SOURCES := $(shell find backend/src/main -type f 2>/dev/null) backend/pom.xml
FRONTEND_DEPS := frontend/node_modules/.package-lock.json

.PHONY: help run stop status test test-backend test-frontend test-e2e lint-openapi api-types check-api-types \
        build-backend build-frontend bench-startup bench-visits bench-reports test-faults clean reset-data

help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN{FS=":.*## "}{printf "  make %-18s %s\n",$$1,$$2}'

run: build-backend $(FRONTEND_DEPS) ## Start PostgreSQL, Keycloak, the API and the SPA; Ctrl-C stops them
	@scripts/stack.sh run

stop: ## Stop what `make run` started (from another terminal)
	@scripts/stack.sh stop

status: ## Show what `make run` has running
	@scripts/stack.sh status

test: ## Run every suite: frontend lint/types/unit, backend unit + API tests, OpenAPI lint, browser e2e, fault tests
	@scripts/test.sh all

test-backend: ## Backend unit and @QuarkusTest suites (real PostgreSQL, real Keycloak)
	@scripts/test.sh backend

test-frontend: $(FRONTEND_DEPS) ## Frontend lint, type-check, generated-types check and Vitest
	@scripts/test.sh frontend

test-e2e: ## Browser end-to-end tests in headless Debian Chromium (starts its own stack)
	@scripts/test.sh e2e

lint-openapi: ## Lint the OpenAPI document with Spectral
	@scripts/test.sh openapi

build-backend: $(BACKEND_JAR) ## Package the API (skipped when nothing changed)

$(BACKEND_JAR): $(BACKEND_SOURCES)
	$(MVNW) -q package -DskipTests
	@touch $@

$(FRONTEND_DEPS): frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	@touch $@

build-frontend: $(FRONTEND_DEPS) ## Build the SPA into frontend/dist
	cd frontend && npm run build

api-types: build-backend $(FRONTEND_DEPS) ## Regenerate frontend/src/api/schema.d.ts from the API's OpenAPI document
	cd frontend && npm run gen:api

check-api-types: build-backend $(FRONTEND_DEPS) ## Fail when the committed API types are stale
	cd frontend && npm run check:api

bench-startup: build-backend $(FRONTEND_DEPS) ## Measure start-up: stack cold/warm to ready, API start time and RSS
	@scripts/bench-startup.sh

bench-visits: build-backend ## Reception book under load: seed 1M visits (BENCH_VISITS), 20 desks POST /visits, search p50/p99
	@scripts/bench-visits.sh

bench-reports: build-backend ## Reports/dashboard on five years (tiepdan_bench: 1M visits, 200k cases): overview, trends, 01-TCD
	@scripts/bench-reports.sh

test-faults: build-backend ## Fault tests: kill -9 of PostgreSQL and of the API under load, PostgreSQL stalled, two replicas, Keycloak unreachable
	@scripts/test-faults.sh

clean: ## Remove build outputs (keeps downloads and the local database)
	rm -rf backend/target frontend/dist

reset-data: stop ## Delete the local database of `make run` (the demo data comes back at the next start)
	rm -rf .state/run/postgres
