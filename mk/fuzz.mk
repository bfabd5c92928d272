# fuzz: coverage-guided fuzzing of every input surface (fuzz/): explain's scanner, the
# importer's page reader, the C formatters and lookups (cargo fuzz, libFuzzer, nightly Rust),
# and the Python module's functions and check_response (atheris, in the project's .venv).
#   make test-fuzz                              each target briefly from fuzz/corpus (part of `make test`)
#   make fuzz FUZZ_SECONDS=600 [FUZZ_TARGETS=…]  each target for that long, one core at a
#                                               time; new inputs join fuzz/corpus, minimized
# TESTING.md has the figures of long runs.

FUZZ_SECONDS ?= 600
# About a minute in all for `make test` (5 targets): enough to replay the corpus and catch
# a regression.
FUZZ_CHECK_SECONDS ?= 10
FUZZ_TARGETS ?=

FUZZ_PY_TOOLS := $(PY_VENV)/.zego-codes-fuzz-tools

TEST_TARGETS += test-fuzz
.PHONY: test-fuzz fuzz

$(FUZZ_PY_TOOLS): fuzz/python/requirements.txt $(PY_TOOLS)
	$(PY) -m pip install --quiet --disable-pip-version-check -r fuzz/python/requirements.txt
	touch $@

# rustfmt checks the targets only: the cli and ffi sources they include are `make lint`'s.
test-fuzz: python-wheel $(FUZZ_PY_TOOLS) ## each fuzz target briefly from its committed corpus, and the Python harness
	rustfmt +nightly --check --edition 2021 --config skip_children=true fuzz/fuzz_targets/*.rs
	FUZZ_PYTHON=$(PY) fuzz/run.sh check $(FUZZ_CHECK_SECONDS)

fuzz: python-wheel $(FUZZ_PY_TOOLS) ## run the fuzz targets for FUZZ_SECONDS each and grow the corpus
	FUZZ_PYTHON=$(PY) fuzz/run.sh grow $(FUZZ_SECONDS) $(FUZZ_TARGETS)
