# withdrawn: every language's withdrawn path, in `make test`. A code ZEGO withdraws stays known
# with its revision, but today's catalog may hold none, so no suite would take those branches.
# test-withdrawn makes a catalog that holds some: tests/withdrawn/prepare.py copies the project
# to target/withdrawn/repo and withdraws codes there through the importer (and asserts the
# copy's oracle holds them), then the copy runs each language's suite against its own oracle
# and expectations, with no test changed. Cargo builds into target/withdrawn/cargo and the
# wheel is tested in target/withdrawn/venv, both kept from one run to the next; Go, npm and pip
# use their usual caches.

WITHDRAWN := $(CURDIR)/target/withdrawn
WITHDRAWN_SUITES := test-c-suite test-python-suite test-java-suite test-go-suite test-node-suite test-cli-suite

TEST_TARGETS += test-withdrawn
.PHONY: test-withdrawn

test-withdrawn: ## every language's suite (C, C++, Python, Java, Go, Node, the command) on a copy whose catalog holds withdrawn codes
	CARGO_TARGET_DIR=$(WITHDRAWN)/cargo $(PYTHON) tests/withdrawn/prepare.py $(WITHDRAWN)/repo
	CARGO_TARGET_DIR=$(WITHDRAWN)/cargo $(MAKE) --no-print-directory -C $(WITHDRAWN)/repo $(WITHDRAWN_SUITES) \
		PY_VENV=$(WITHDRAWN)/venv PY_WHEELS=$(WITHDRAWN)/wheels
	@echo "test-withdrawn: $(WITHDRAWN_SUITES) passed on a catalog with withdrawn codes"
