# dist: the release artifacts into dist/ (RELEASING.md says how each is published):
#   make dist        what no target owns (the Python sdist, the .crate) and SHA256SUMS over
#                    every file; each target's files (x86_64 Linux glibc's C SDK tarball,
#                    command tarball and manylinux2014 abi3 wheel among them) are its row's
#                    of release/cross/targets.tsv, built by mk/cross.mk
#   make test-dist   (part of `make test`) checks the sdist, the .crate and the x86_64 Linux
#                    glibc files here and in a Debian 11 root (chroot)
# Another part of the project ships a file by adding it to DIST_FILES (DIST_FILES += FILE) with a
# rule that makes it; `make dist` builds it and SHA256SUMS covers it, wherever its .mk file is
# included. DIST_TOOLS are the pinned build tools; DIST_ENV puts them on PATH.

DIST ?= dist
DIST_VERSION = $(FFI_VERSION)
DIST_TOOLS := $(PY_VENV)/.zego-codes-dist-tools
DIST_ENV = PATH="$(PY_VENV)/bin:$$PATH" ZEGO_DIST_PYTHON=$(PY)

DIST_SDIST = $(DIST)/zego_codes-$(DIST_VERSION).tar.gz
DIST_CRATE = $(DIST)/zego-codes-$(DIST_VERSION).crate
# The x86_64 Linux glibc files test-dist checks: those of the host's row, which mk/cross.mk
# builds and names (CROSS_HOST_FILES, from release/cross/files.sh). Listed here too, so that
# SHA256SUMS lists them where it always has, between the sdist and the .crate.
DIST_WHEEL = $(filter %.whl,$(CROSS_HOST_FILES))
DIST_SDK = $(filter $(DIST)/libzego_codes-%,$(CROSS_HOST_FILES))
DIST_CLI = $(filter $(DIST)/zego-codes-%,$(CROSS_HOST_FILES))
DIST_FILES += $(DIST_SDIST) $(DIST_WHEEL) $(DIST_SDK) $(DIST_CLI) $(DIST_CRATE)

TEST_TARGETS += test-dist
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
