# cross: the release files of every platform beside x86_64 Linux glibc, one mechanism for all:
# release/cross/targets.tsv lists the targets, release/cross/build.sh builds one (cargo with
# Debian's rustc-web and -Zbuild-std, release/cross/cargo.sh), tests/cross/test.sh tests one
# where it runs (qemu-user, wine, natively) or checks it where it cannot run. RELEASING.md says
# which compiler builds which file.
#   make dist                          every target whose dist column says yes (and the x86_64
#                                      files of mk/dist.mk)
#   make dist CROSS="TRIPLE..."        only the cross targets named
#   make test-cross                    (part of `make test`) tests each target's files
# The toolchain (release/cross/tools.sh) is installed through apt-get where missing.

CROSS ?= $(shell awk '!/^\#/ && $$8 == "yes" { print $$1 }' release/cross/targets.tsv)
CROSS_FILES := $(addprefix $(DIST)/,$(shell release/cross/files.sh $(DIST_VERSION) $(CROSS)))
DIST_FILES += $(CROSS_FILES)
# The reference of every target's exports: the x86_64 Linux library of the C SDK.
CROSS_REFERENCE_SO = $(FFI_STAGE)/lib/$(FFI_SO)

TEST_TARGETS += test-cross
.PHONY: cross-tools test-cross

cross-tools: ## install the cross toolchain (rustc-web, rust-web-src, qemu-user, mingw-w64, wine, llvm) where missing
	release/cross/tools.sh

# One build per target; cargo's target folders under target/cross are the cache.
$(CROSS_FILES) &: $(DIST_TOOLS) cross-tools FORCE
	@mkdir -p $(DIST)
	set -e; for t in $(CROSS); do $(DIST_ENV) release/cross/build.sh $$t $(DIST) $(DIST_VERSION); done

test-cross: dist ## each cross target's files, run under qemu (or natively) or checked where they cannot run
	set -e; for t in $(CROSS); do $(DIST_ENV) tests/cross/test.sh $$t $(DIST) $(DIST_VERSION) $(CROSS_REFERENCE_SO); done
