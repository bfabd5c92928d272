# python: the wheel zego-codes (python/). `make test-python` creates .venv, installs the pinned
# tools, builds the wheel with maturin, installs it and tests it from python/tests, where the
# source package is not importable; then mypy --strict, mypy.stubtest, and the suite again on
# CPython 3.9 when the machine has it, with the tools tests/dist/requirements-py39.txt pins.

PYTHON ?= python3
PY_VENV := $(CURDIR)/.venv
PY := $(PY_VENV)/bin/python
PY_WHEELS := $(CURDIR)/target/python-wheels
PY_TOOLS := $(PY_VENV)/.zego-codes-tools
PY_MYPY := $(PY) -m mypy --cache-dir $(CURDIR)/target/mypy-cache

# The oldest CPython the abi3 wheel claims; its run covers the METH_VARARGS path the native
# module takes before 3.10. Found on PATH or under pyenv; without it that run is skipped, loudly.
PY_OLDEST ?= $(firstword $(shell python3.9 -c 'import sys; print(sys.executable)' 2>/dev/null) \
	$(wildcard $(HOME)/.pyenv/versions/3.9*/bin/python3.9))
PY_OLDEST_VENV := $(CURDIR)/target/python-oldest-venv

TEST_TARGETS += test-python
CHECK_TARGETS += test-python
.PHONY: test-python test-python-suite python-wheel

# Debian's python3 needs python3-venv for `-m venv`; install it only when venv fails.
$(PY_TOOLS): python/requirements-dev.txt
	$(PYTHON) -m venv $(PY_VENV) || { apt-get update -qq && apt-get install -y -qq python3-venv && $(PYTHON) -m venv $(PY_VENV); }
	$(PY) -m pip install --quiet --disable-pip-version-check -r python/requirements-dev.txt
	touch $@

python-wheel: $(PY_TOOLS) ## build the wheel with maturin and install it into .venv
	rm -rf $(PY_WHEELS)
	$(PY_VENV)/bin/maturin build --release --locked --strip -m python/Cargo.toml -o $(PY_WHEELS) -i $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps $(PY_WHEELS)/*.whl
	@ls -l $(PY_WHEELS)/*.whl

# ZEGOCODES_PRODUCTS: the products oracle (Makefile), which test_products.py checks every row of.
PY_TEST_ENV = ZEGO_CODES_ROOT=$(CURDIR) ZEGOCODES_PRODUCTS=$(CURDIR)/$(PRODUCTS_ORACLE)

# test-withdrawn (mk/withdrawn.mk) runs the suite on a catalog with withdrawn codes.
test-python-suite: python-wheel $(PRODUCTS_ORACLE) ## pytest on the installed wheel against the data and the products oracle
	cd python/tests && $(PY_TEST_ENV) $(PY) -m pytest -q -p no:cacheprovider

test-python: test-python-suite ## pytest on the installed wheel, mypy --strict, stubtest, and CPython 3.9 where present
	cd python && $(PY_MYPY) --strict zego_codes
	cd python/tests/typing && $(PY_MYPY) --strict example.py && $(PY) example.py > /dev/null
	cd python/tests && $(PY) -m mypy.stubtest zego_codes --allowlist stubtest-allowlist.txt
ifeq ($(PY_OLDEST),)
	@echo "test-python: SKIPPED the CPython 3.9 run: no python3.9 on PATH or under pyenv"
else
	test -x $(PY_OLDEST_VENV)/bin/python || $(PY_OLDEST) -m venv $(PY_OLDEST_VENV)
	$(PY_OLDEST_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r tests/dist/requirements-py39.txt
	$(PY_OLDEST_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps $(PY_WHEELS)/*.whl
	cd python/tests && $(PY_TEST_ENV) $(PY_OLDEST_VENV)/bin/python -m pytest -q -p no:cacheprovider
endif
