# zego-codes: `make test` runs every test of every language; `make demo` looks up a code.
# Each part of the project adds its targets from mk/*.mk.

CARGO ?= cargo
export CARGO_TERM_COLOR ?= never

TEST_TARGETS := lint test-rust test-sweep

.PHONY: test lint test-rust test-sweep gen demo
.DEFAULT_GOAL := demo

include mk/ffi.mk
include mk/python.mk
include mk/cli.mk
include mk/bench.mk
include mk/java.mk
include mk/dist.mk
include mk/fuzz.mk
include mk/sanitize.mk

test: $(TEST_TARGETS)
	@echo "make test: all suites passed"

# Formatting, lints (warnings are errors) and drift of every generated file.
# Only rustc 1.95 is installed: clippy's incompatible_msrv, which reads each crate's
# rust-version, is what keeps the core and the C library building on 1.81.
lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets --locked -- -D warnings
	$(CARGO) clippy -p zego-codes -p zego-codes-ffi --all-targets --locked -- -D warnings -D clippy::incompatible_msrv
	$(CARGO) xtask check

test-rust:
	$(CARGO) test --workspace --locked

# Every u32 through every lookup, in release mode on all cores.
test-sweep:
	$(CARGO) test --release --locked --test sweep -- --ignored --nocapture

gen:
	$(CARGO) xtask gen
