# python: the wheel zego-codes (python/). `make test-python` creates .venv, installs the pinned
# tools, builds the wheel with maturin, installs it and tests it from python/tests, where the
# source package is not importable; then mypy --strict and mypy.stubtest. `make python-bench`
# prints what message() costs next to dict.get.

PYTHON ?= python3
PY_VENV := $(CURDIR)/.venv
PY := $(PY_VENV)/bin/python
PY_WHEELS := $(CURDIR)/target/python-wheels
PY_TOOLS := $(PY_VENV)/.zego-codes-tools
PY_MYPY := $(PY) -m mypy --cache-dir $(CURDIR)/target/mypy-cache

TEST_TARGETS += test-python
.PHONY: test-python python-wheel python-bench

# Debian's python3 needs python3-venv for `-m venv`; install it only when venv fails.
$(PY_TOOLS): python/requirements-dev.txt
	$(PYTHON) -m venv $(PY_VENV) || { apt-get update -qq && apt-get install -y -qq python3-venv && $(PYTHON) -m venv $(PY_VENV); }
	$(PY) -m pip install --quiet --disable-pip-version-check -r python/requirements-dev.txt
	touch $@

python-wheel: $(PY_TOOLS)
	rm -rf $(PY_WHEELS)
	$(PY_VENV)/bin/maturin build --release --locked --strip -m python/Cargo.toml -o $(PY_WHEELS) -i $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps $(PY_WHEELS)/*.whl
	@ls -l $(PY_WHEELS)/*.whl

test-python: python-wheel
	cd python/tests && ZEGO_CODES_ROOT=$(CURDIR) $(PY) -m pytest -q -p no:cacheprovider
	cd python && $(PY_MYPY) --strict zego_codes
	cd python/tests/typing && $(PY_MYPY) --strict example.py && $(PY) example.py > /dev/null
	cd python/tests && $(PY) -m mypy.stubtest zego_codes --allowlist stubtest-allowlist.txt

python-bench: python-wheel
	cd python/tests && $(PY) bench_message.py
