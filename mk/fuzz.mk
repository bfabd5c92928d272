# fuzz: coverage-guided fuzzing (cargo fuzz, libFuzzer, nightly Rust) of every input surface:
# explain's scanner, the importer's page reader, the C formatters and lookups (fuzz/).
#   make test-fuzz                              each target briefly from fuzz/corpus (part of `make test`)
#   make fuzz FUZZ_SECONDS=600 [FUZZ_TARGETS=…]  each target for that long, one core at a
#                                               time; new inputs join fuzz/corpus, minimized
# TESTING.md has the figures of long runs.

FUZZ_SECONDS ?= 600
# About a minute in all for `make test`: enough to replay the corpus and catch a regression.
FUZZ_CHECK_SECONDS ?= 12
FUZZ_TARGETS ?=

TEST_TARGETS += test-fuzz
.PHONY: test-fuzz fuzz

test-fuzz:
	$(CARGO) +nightly fmt --manifest-path fuzz/Cargo.toml -- --check
	fuzz/run.sh check $(FUZZ_CHECK_SECONDS)

fuzz:
	fuzz/run.sh grow $(FUZZ_SECONDS) $(FUZZ_TARGETS)
