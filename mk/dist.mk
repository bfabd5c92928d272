# dist: the release files into dist/, every platform's through one mechanism
# (RELEASING.md says how each is published, PLATFORMS.md follows one target through it):
#   release/cross/targets.tsv lists the targets, x86_64 Linux glibc's among them, one a row;
#   release/cross/build.sh builds any row (with the row's rustc: Debian's rustc-web and
#   -Zbuild-std, or for the host's row rustup's, whose C library is `make ffi`'s);
#   tests/cross/test.sh tests any row where it runs (qemu-user, wine, natively) or checks it
#   where it cannot run; release/cross/steps.sh holds the steps they share.
#   make dist                    every target whose dist column says yes, what no target owns
#                                (the Python sdist, the .crate), and SHA256SUMS over every file
#   make dist CROSS="TRIPLE..."  only the targets named, and the host's (below)
#   make test-dist               (part of `make test`) checks the sdist, the .crate and the
#                                x86_64 Linux glibc files here and in a Debian 11 root (chroot)
#   make test-cross              (part of `make test`) tests each target's files
# The toolchain (release/cross/steps.sh tools) is installed through apt-get where missing.
# Another part of the project ships a file by adding it to DIST_FILES (DIST_FILES += FILE) with a
# rule that makes it; `make dist` builds it and SHA256SUMS covers it, wherever its .mk file is
# included. DIST_TOOLS are the pinned build tools; DIST_ENV puts them on PATH.

DIST ?= dist
DIST_VERSION = $(FFI_VERSION)
DIST_TOOLS := $(PY_VENV)/.zego-codes-dist-tools
DIST_ENV = PATH="$(PY_VENV)/bin:$$PATH" ZEGO_DIST_PYTHON=$(PY)

DIST_SDIST = $(DIST)/zego_codes-$(DIST_VERSION).tar.gz
DIST_CRATE = $(DIST)/zego-codes-$(DIST_VERSION).crate
# The x86_64 Linux glibc files test-dist checks: those of the host's row (CROSS_HOST_FILES,
# below). Named here, so that SHA256SUMS lists them where it always has, between the sdist and
# the .crate.
DIST_WHEEL = $(filter %.whl,$(CROSS_HOST_FILES))
DIST_SDK = $(filter $(DIST)/libzego_codes-%,$(CROSS_HOST_FILES))
DIST_CLI = $(filter $(DIST)/zego-codes-%,$(CROSS_HOST_FILES))
DIST_FILES += $(DIST_SDIST) $(DIST_WHEEL) $(DIST_SDK) $(DIST_CLI) $(DIST_CRATE)

TEST_OF_RELEASE += test-dist
.PHONY: dist test-dist FORCE

$(DIST_TOOLS): $(PY_TOOLS) python/requirements-dist.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r python/requirements-dist.txt
	touch $@

# Second expansion: DIST_FILES as it stands once every .mk file has been read.
.SECONDEXPANSION:
dist: $$(DIST_FILES) ## the release files and SHA256SUMS into dist/
	@cd $(DIST) && for f in *; do case " $(notdir $(DIST_FILES)) SHA256SUMS " in *" $$f "*) ;; \
		*) echo "dist: removing $$f, which this release does not ship"; rm -rf "$$f" ;; esac; done
	cd $(DIST) && sha256sum $(notdir $(DIST_FILES)) > SHA256SUMS
	@cd $(DIST) && ls -l $(notdir $(DIST_FILES)) SHA256SUMS | awk '{ print "dist: " $$NF ": " $$5 " bytes" }'

# maturin gives the sdist's members one fixed time of its own, or SOURCE_DATE_EPOCH where the
# environment holds it: not from here, so that the sdist is the same with or without it.
$(DIST_SDIST): $(DIST_TOOLS) FORCE
	@mkdir -p $(DIST)
	$(DIST_ENV) env -u SOURCE_DATE_EPOCH maturin sdist -m python/Cargo.toml -o $(DIST)

# `cargo package` also builds the packaged crate on its own, as a registry would, in a target
# folder of its own: in the workspace's, the packaged copy's build takes the same unit names as
# the workspace's core, and cargo would then take the core for built after its sources change.
# A release comes from a clean checkout (RELEASING.md); tests run on any tree.
DIST_PACKAGE_TARGET := target/dist-package
$(DIST_CRATE): FORCE
	@mkdir -p $(DIST)
	$(CARGO) package -p zego-codes --locked --allow-dirty --target-dir $(DIST_PACKAGE_TARGET)
	cp -f $(DIST_PACKAGE_TARGET)/package/$(notdir $@) $@

# Each artifact where users install it: contents, checksums and the glibc floor; the .crate as
# a dependency of a new project; the sdist built into a new venv; then, in a Debian 11 root,
# the wheel, the C SDK and the command.
test-dist: dist $(PRODUCTS_ORACLE) ## check the release files here and in a Debian 11 root (needs root or sudo)
	tests/dist/contents.sh $(DIST) $(DIST_VERSION)
	tests/dist/crate.sh $(DIST_CRATE) $(DIST_CLI)
	ZEGOCODES_PRODUCTS=$(CURDIR)/$(PRODUCTS_ORACLE) tests/dist/sdist.sh $(DIST_SDIST) $(PYTHON)
	ZEGOCODES_PRODUCTS=$(CURDIR)/$(PRODUCTS_ORACLE) tests/dist/debian11.sh $(DIST) $(DIST_VERSION) $(PY)

# The host's row (rustc column rustup) is built whatever CROSS names: test-dist checks its
# files, and the other rows' tests compare their exports and output with its library and
# command.
CROSS ?= $(shell release/cross/steps.sh table dist=yes triple)
CROSS_HOST := $(shell release/cross/steps.sh table rustc=rustup triple)
CROSS_HOST_FILES := $(addprefix $(DIST)/,$(shell release/cross/steps.sh files $(DIST_VERSION) $(CROSS_HOST)))
CROSS_ROWS := $(CROSS_HOST) $(filter-out $(CROSS_HOST),$(CROSS))
CROSS_FILES := $(addprefix $(DIST)/,$(shell release/cross/steps.sh files $(DIST_VERSION) $(CROSS_ROWS)))
# (DIST_FILES lists the host's files already, in their place in SHA256SUMS.)
CROSS_FILES_UNNAMED := $(filter-out $(DIST_FILES),$(CROSS_FILES))
DIST_FILES += $(CROSS_FILES_UNNAMED)
# The reference of every target's exports: the host's C library, `make ffi`'s.
CROSS_REFERENCE_SO = $(FFI_STAGE)/lib/$(FFI_SO)

TEST_OF_RELEASE += test-cross
.PHONY: cross-tools cross-builds cross-roots test-cross

cross-tools: ## install the cross toolchain (rustc-web, rust-web-src, qemu-user, mingw-w64, wine, llvm) where missing
	release/cross/steps.sh tools

# Every target's build (and the mobile targets' C libraries, mk/mobile.mk), two at a time: a
# build is mostly one long serial compile (core, then std), so two fill the machine's cores.
# Each target has its own cargo target folder under target/cross, the cache. `make test` makes
# the test roots beside them (tests/cross/roots.sh), as making a root is mostly downloading.
# -O prints each build's output whole, once it ends; -j: two builds, and the roots beside.
# `make test` splits the builds in two (CROSS_PHASE, the Makefile's test): early, beside its
# suites, every build but the host's row's, and the roots; late, the host's row, which packs
# make ffi's library (the suites' lane makes it).
CROSS_PHASE ?=
ifeq ($(CROSS_PHASE),early)
CROSS_NOW := $(filter-out $(CROSS_HOST),$(CROSS_ROWS))
CROSS_BESIDE := cross-roots
else ifeq ($(CROSS_PHASE),late)
CROSS_NOW := $(CROSS_HOST)
CROSS_BESIDE :=
else
CROSS_NOW := $(CROSS_ROWS)
CROSS_BESIDE := $(if $(filter test-cross,$(MAKECMDGOALS)),cross-roots)
endif
CROSS_MOBILE_NOW = $(if $(filter late,$(CROSS_PHASE)),,$(filter-out $(CROSS_ROWS),$(MOBILE_TRIPLES)))
cross-builds: $(DIST_TOOLS) cross-tools ## build every cross and mobile target, two at a time (what `make dist` packs)
	@mkdir -p $(DIST)
	$(MAKE) --no-print-directory -O -j$(words 1 1 $(CROSS_BESIDE)) $(CROSS_BESIDE) \
		$(addprefix cross-build-,$(CROSS_NOW)) $(addprefix mobile-lib-,$(CROSS_MOBILE_NOW))
$(CROSS_FILES) &: cross-builds
	@:

# One target's files (test-repro builds the host's alone); the host's C library is make ffi's.
cross-build-%: $(DIST_TOOLS)
	$(DIST_ENV) release/cross/build.sh $* $(DIST) $(DIST_VERSION)
$(addprefix cross-build-,$(CROSS_HOST)): ffi
# A row whose archives join the builds of the rows above it of the same name (macOS's
# universal files, release/cross/steps.sh apple-universal) is built after them.
comma := ,
CROSS_JOINS := $(shell release/cross/steps.sh table dist=yes triple name | \
	awk '{ if ($$2 in rows) print $$1 ":" rows[$$2]; rows[$$2] = rows[$$2] "," $$1 }')
$(foreach j,$(CROSS_JOINS),$(eval cross-build-$(firstword $(subst :, ,$(j))): \
	$(addprefix cross-build-,$(subst $(comma), ,$(lastword $(subst :, ,$(j)))))))

cross-roots: $(DIST_TOOLS) ## make every root the cross targets' files are tested in (cached under target/)
	$(DIST_ENV) tests/cross/roots.sh all $(CROSS_ROWS)

# Two targets at a time, as most runs are one program under qemu or wine, one core each.
test-cross: dist ## each target's files, run under qemu (or natively) or checked where they cannot run
	$(MAKE) --no-print-directory -O -j2 $(addprefix cross-test-,$(CROSS_ROWS))
cross-test-%: $(PRODUCTS_ORACLE) $(EXPECTATIONS)
	ZEGOCODES_PRODUCTS=$(CURDIR)/$(PRODUCTS_ORACLE) ZEGOCODES_EXPECTATIONS=$(CURDIR)/$(EXPECTATIONS) $(DIST_ENV) tests/cross/test.sh $* $(DIST) $(DIST_VERSION) $(CROSS_REFERENCE_SO)
