# The two commands: `make run` (serve the app) and `make test` (every check and test).
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/end2end/node_modules/.bin:$(PATH)

.PHONY: run test setup build lint unit postgres e2e bench

## Install what is missing, build the release site and serve it on http://127.0.0.1:3000/.
run: build
	./target/release/registration serve

## Layering, formatting, clippy (server and browser builds), unit + HTTP tests, browser tests.
test: setup lint unit build e2e

setup:
	BOOTSTRAP_TEST_TOOLS=$(if $(filter test bench,$(MAKECMDGOALS)),1,0) ./scripts/bootstrap.sh

build: setup
	cargo leptos build --release --precompress
	./scripts/recompress.sh

lint:
	./scripts/check-layers.sh
	cargo fmt --check
	cargo clippy --features ssr --all-targets -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown --features hydrate -- -D warnings

## Unit tests; HTTP tests on SQLite, then again on PostgreSQL; the scale-out tests (PostgreSQL).
unit: postgres
	cargo test --features ssr --lib --bins
	TEST_DATABASE=sqlite cargo test --features ssr --test http
	TEST_DATABASE=postgres cargo test --features ssr --test http
	cargo test --features ssr --test scale

## PostgreSQL must answer for the tests (started here if this machine has it but it is down).
postgres:
	./scripts/postgres.sh

e2e:
	./scripts/e2e.sh

## Side-by-side benchmark with the reference implementation (see docs/benchmarks.md).
bench: build
	@command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }
	python3 bench/bench.py
	python3 bench/admin_search.py
	cargo build --release --features ssr --example ceilings
	python3 bench/ceilings.py
	python3 bench/scale.py
	python3 bench/cleanup_scale.py
	cargo run --release --features ssr --example rate_limit_cost | tee bench/results/rate-limit-cost.md
