# zego-codes. `make help` lists every target. While editing: `make check` (lint and every
# language's tests, a few minutes warm, no root, no network). Before a release: `make test`
# (everything `make check` runs, the 2^32 sweep, benchmarks built and run once, the release
# files tested here and in a Debian 11 root). Each part of the project adds its targets from
# mk/*.mk, each rule with its `## what it does` line for `make help`.

CARGO ?= cargo
export CARGO_TERM_COLOR ?= never

# The version of every artifact: the workspace's, in Cargo.toml (the header's
# ZEGO_CODES_VERSION is generated from it).
VERSION := $(shell sed -n '/^\[workspace.package\]/,/^\[/s/^version = "\(.*\)"$$/\1/p' Cargo.toml)

# A release file depends on the commit alone, not on when or where it was built (`make
# repro` checks it; RELEASING.md says which files and how): its archives' and jars' times are
# SOURCE_DATE_EPOCH (the last commit's time unless the caller sets one), and rustc maps the
# folders a release build ran in to fixed names (REPRO_RUSTFLAGS).
SOURCE_DATE_EPOCH := $(shell release/cross/steps.sh source-date-epoch)
REPRO_RUSTFLAGS := $(shell release/cross/steps.sh rustflags-remap)
# A release build's cargo environment: the caller's RUSTFLAGS and the mapping.
REPRO_ENV = RUSTFLAGS="$$RUSTFLAGS $(REPRO_RUSTFLAGS)"

# CHECK_TARGETS: the developer loop. TEST_TARGETS: every suite that needs no release file;
# each .mk file adds to both. TEST_OF_RELEASE: the suites of the release files. `make test`
# runs all of them, the release files' once the release builds are done.
CHECK_TARGETS := lint test-rust test-docs
TEST_TARGETS := lint test-rust test-docs test-sweep
TEST_OF_RELEASE :=

.PHONY: help check test lint test-rust test-docs test-sweep gen demo drill drill-product
.DEFAULT_GOAL := demo

# The cross-language oracle: every product's entries as `zego-codes list --all-products
# --json` prints them, built once per build from the core every binding is generated beside.
# Every language's suite reads it (the env var ZEGOCODES_PRODUCTS names it) and checks its
# product lookups against it.
PRODUCTS_ORACLE := build/oracle/products.json
.PHONY: products-oracle
products-oracle: $(PRODUCTS_ORACLE) ## the products oracle every suite reads (list --all-products --json)
$(PRODUCTS_ORACLE): build/oracle/.always
	@mkdir -p $(@D)
	$(CARGO) run -q --locked -p zego-codes-cli -- list --all-products --json > $@.tmp && mv $@.tmp $@
# AI Agent's expectations (ffi/examples/expectations.rs: every code's answers from the core,
# and edge codes), made once per build beside the oracle and read by the C, C++, Go, Java,
# Node, Android and cross suites (the env var ZEGOCODES_EXPECTATIONS names it).
EXPECTATIONS := build/oracle/expectations.tsv
$(EXPECTATIONS): build/oracle/.always
	@mkdir -p $(@D)
	$(CARGO) run -q --locked -p zego-codes-ffi --example expectations > $@.tmp && mv $@.tmp $@
# Never a file, so the oracle is made again every time (cargo knows whether anything changed).
build/oracle/.always:

# The oldest systems the release files are built for, each written once (also read by scripts).
include release/floors.env
include mk/ffi.mk
include mk/python.mk
include mk/cli.mk
include mk/bench.mk
include mk/java.mk
include mk/go.mk
include mk/node.mk
include mk/site.mk
include mk/dist.mk
include mk/mobile.mk
include mk/fuzz.mk
include mk/sanitize.mk
include mk/withdrawn.mk
include mk/repro.mk

help: ## this list
	@echo "make TARGET, where TARGET is one of:"
	@tools/make-help.sh $(MAKEFILE_LIST)

# Below the includes: the target lists hold what every .mk file added.
check: $(CHECK_TARGETS) ## lint, then the Rust, C, Python, Java, Go, Node, CLI and page tests: the loop while editing
	@echo "make check: lint and every language's tests passed"

# `make test` in two lanes, then the release files' tests. The release builds (mk/dist.mk's
# cross-builds) keep both cores busy for about twenty minutes; the suites, one after another,
# keep them about three-quarters busy (one test program at a time, one compile at a time). So
# the suites that need no release file run while every build but the host's row's runs
# beside them (CROSS_PHASE=early), its output kept in build/test/release-builds.log and printed
# once both lanes end. What both lanes would install into the venv or through apt-get is
# installed first; each lane builds into folders of its own (cargo's target folders, the
# roots, its files in dist/). Then the host's row (CROSS_PHASE=late) and the release's tests.
TEST_BUILDS_LOG := build/test/release-builds.log
test: ## every test: check, the sweep, benchmarks once, the release files (CI runs this)
	$(MAKE) --no-print-directory $(DIST_TOOLS) cross-tools
	@mkdir -p $(dir $(TEST_BUILDS_LOG))
	@$(MAKE) --no-print-directory cross-builds CROSS_PHASE=early > $(TEST_BUILDS_LOG) 2>&1 & builds=$$!; \
		$(MAKE) --no-print-directory $(TEST_TARGETS); suites=$$?; \
		wait $$builds; built=$$?; \
		echo "make test: the release builds, made beside the suites ($(TEST_BUILDS_LOG)):"; \
		cat $(TEST_BUILDS_LOG); \
		[ $$built = 0 ] || echo "make test: the release builds failed (above)" >&2; \
		[ $$suites = 0 ] && [ $$built = 0 ]
	$(MAKE) --no-print-directory CROSS_PHASE=late $(TEST_OF_RELEASE)
	@echo "make test: all suites passed"

# Formatting, lints (warnings are errors; shellcheck's findings too, tools/shellcheck.sh), no
# test naming a gap, date, count or text of today's data (tools/lint-tests.py, with its own
# test planting each), every code block of the documents claimed by the test that runs it
# (tests/docs/examples.py, with its own test planting one) and drift of every generated file.
# Only rustc 1.95 is installed: clippy's incompatible_msrv, which reads each crate's
# rust-version, is what keeps the core and the C library building on 1.81.
lint: ## formatting, clippy, shellcheck on every shell script, drift of every generated file, no test naming a fact of today's data, every code block of the documents claimed by a test, every target documented
	@tools/make-help.sh $(MAKEFILE_LIST) > /dev/null
	tools/shellcheck.sh
	$(PYTHON) tools/lint-tests.py
	$(PYTHON) tools/lint-tests-selftest.py
	$(PYTHON) tests/docs/examples.py
	$(PYTHON) tests/docs/examples_selftest.py
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets --locked -- -D warnings
	$(CARGO) clippy -p zego-codes -p zego-codes-ffi --all-targets --locked -- -D warnings -D clippy::incompatible_msrv
	$(CARGO) xtask check

test-rust: ## every crate's tests, the CLI's and the golden files' among them
	$(CARGO) test --workspace --locked

# PRODUCTS.md's table (generated from the model) against the generated sources it describes;
# README.md's and PLATFORMS.md's platforms and floors against the release's tables.
test-docs: ## PRODUCTS.md's names are defined in the generated sources; the documents' platforms and floors are the release tables'
	$(PYTHON) tests/docs/products_table.py
	$(PYTHON) tests/docs/platforms.py

# Every u32 through every lookup, in release mode on all cores.
test-sweep: ## every u32 through every lookup, in release mode
	$(CARGO) test --release --locked --test sweep -- --ignored --nocapture

gen: ## rewrite every generated file from data/ (cargo xtask gen)
	$(CARGO) xtask gen

# A withdrawal, a second one and the first listed again, on a fresh clone: `make test` after
# each (DRILL_TARGETS picks fewer suites).
drill: ## the catalog-update drill with every suite, on a fresh clone
	bash tests/catalog-drill.sh

# A synthetic product added as data only, on a fresh clone: `make check` (every language's
# suite, each reading the products oracle) with no code or test edited.
drill-product: ## a new product as a data change, then every language's suite, on a fresh clone
	bash tests/product-drill.sh
