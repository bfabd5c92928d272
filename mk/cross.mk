# cross: the release files of every platform, x86_64 Linux glibc's included, one mechanism for
# all: release/cross/targets.tsv lists the targets, release/cross/build.sh builds one (cargo
# with the row's rustc: Debian's rustc-web and -Zbuild-std, release/cross/cargo.sh, or for the
# host's row rustup's, whose C library is `make ffi`'s), tests/cross/test.sh tests one where it
# runs (qemu-user, wine, natively) or checks it where it cannot run. RELEASING.md says which
# compiler builds which file.
#   make dist                          every target whose dist column says yes
#   make dist CROSS="TRIPLE..."        only the targets named, and the host's (below)
#   make test-cross                    (part of `make test`) tests each target's files
# The toolchain (release/cross/tools.sh) is installed through apt-get where missing.

# The host's row (rustc column rustup) is built whatever CROSS names: test-dist checks its
# files, and the other rows' tests compare their exports and output with its library and
# command.
CROSS ?= $(shell release/cross/table.sh dist=yes triple)
CROSS_HOST := $(shell release/cross/table.sh rustc=rustup triple)
CROSS_HOST_FILES := $(addprefix $(DIST)/,$(shell release/cross/files.sh $(DIST_VERSION) $(CROSS_HOST)))
CROSS_ROWS := $(CROSS_HOST) $(filter-out $(CROSS_HOST),$(CROSS))
CROSS_FILES := $(addprefix $(DIST)/,$(shell release/cross/files.sh $(DIST_VERSION) $(CROSS_ROWS)))
# (mk/dist.mk lists the host's files already, in their place in SHA256SUMS.)
CROSS_FILES_UNNAMED := $(filter-out $(DIST_FILES),$(CROSS_FILES))
DIST_FILES += $(CROSS_FILES_UNNAMED)
# The reference of every target's exports: the host's C library, `make ffi`'s.
CROSS_REFERENCE_SO = $(FFI_STAGE)/lib/$(FFI_SO)

TEST_TARGETS += test-cross
.PHONY: cross-tools cross-builds cross-roots test-cross

cross-tools: ## install the cross toolchain (rustc-web, rust-web-src, qemu-user, mingw-w64, wine, llvm) where missing
	release/cross/tools.sh

# Every target's build (and the mobile targets' C libraries, mk/mobile.mk), two at a time: a
# build is mostly one long serial compile (core, then std), so two fill the machine's cores.
# Each target has its own cargo target folder under target/cross, the cache. `make test` makes
# the test roots beside them (tests/cross/roots.sh), as making a root is mostly downloading.
# -O prints each build's output whole, once it ends; -j: two builds, and the roots beside.
CROSS_BESIDE := $(if $(filter test test-cross,$(MAKECMDGOALS)),cross-roots)
cross-builds: $(DIST_TOOLS) cross-tools ## build every cross and mobile target, two at a time (what `make dist` packs)
	@mkdir -p $(DIST)
	$(MAKE) --no-print-directory -O -j$(words 1 1 $(CROSS_BESIDE)) $(CROSS_BESIDE) \
		$(addprefix cross-build-,$(CROSS_ROWS)) $(addprefix mobile-lib-,$(filter-out $(CROSS_ROWS),$(MOBILE_TRIPLES)))
$(CROSS_FILES) &: cross-builds
	@:

# One target's files (test-repro builds the host's alone); the host's C library is make ffi's.
cross-build-%: $(DIST_TOOLS)
	$(DIST_ENV) release/cross/build.sh $* $(DIST) $(DIST_VERSION)
$(addprefix cross-build-,$(CROSS_HOST)): ffi
# A row whose archives join the builds of the rows above it of the same name (macOS's
# universal files, release/cross/apple-universal.sh) is built after them.
comma := ,
CROSS_JOINS := $(shell release/cross/table.sh dist=yes triple name | \
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
