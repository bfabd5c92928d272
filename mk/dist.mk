# dist: the release artifacts, for glibc 2.17 or later, into dist/ (RELEASING.md says how each
# is published):
#   make dist        the Python sdist and manylinux2014 abi3 wheel, the C SDK tarball, the
#                    command's tarball, the .crate, and SHA256SUMS over them
#   make test-dist   (part of `make test`) checks them here and in a Debian 11 root (chroot)
# Another part of the project ships a file by adding it to DIST_FILES (DIST_FILES += FILE) with a
# rule that makes it; `make dist` builds it and SHA256SUMS covers it, wherever its .mk file is
# included. DIST_TOOLS are the pinned build tools; DIST_ENV puts them on PATH.

DIST ?= dist
DIST_VERSION = $(FFI_VERSION)
DIST_TRIPLE := x86_64-linux-gnu
DIST_TOOLS := $(PY_VENV)/.zego-codes-dist-tools
DIST_ENV = PATH="$(PY_VENV)/bin:$$PATH" ZEGO_DIST_PYTHON=$(PY)
# Release builds name the target, so their outputs (target/x86_64-unknown-linux-gnu/) never
# replace the normal build's (target/release/); zig links them for glibc's floor (tools/zig-cc).
DIST_CARGO = $(DIST_ENV) CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER=$(CURDIR)/tools/zig-cc \
	$(REPRO_ENV) $(CARGO) build --release --locked --target x86_64-unknown-linux-gnu
DIST_STAGE := target/dist-stage

DIST_SDIST = $(DIST)/zego_codes-$(DIST_VERSION).tar.gz
DIST_WHEEL = $(DIST)/zego_codes-$(DIST_VERSION)-$(PY_ABI)-abi3-$(MANYLINUX)_x86_64.manylinux_$(subst .,_,$(GLIBC_FLOOR))_x86_64.whl
DIST_SDK_NAME = libzego_codes-$(DIST_VERSION)-$(DIST_TRIPLE)
DIST_SDK = $(DIST)/$(DIST_SDK_NAME).tar.gz
DIST_CLI_NAME = zego-codes-$(DIST_VERSION)-$(DIST_TRIPLE)
DIST_CLI = $(DIST)/$(DIST_CLI_NAME).tar.gz
DIST_CRATE = $(DIST)/zego-codes-$(DIST_VERSION).crate
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

# maturin gives the wheel's members SOURCE_DATE_EPOCH's time, and cargo-cyclonedx the SBOM
# it writes into .dist-info/sboms/ (without it: the build's time and a random serial number);
# release/wheel-sbom.py takes the checkout's path out of that SBOM. The wheel has a cargo
# target folder of its own: maturin's zig links it with another linker than the command's, and
# in one folder each build would take the other's units for stale and rebuild the core.
DIST_WHEEL_ENV = SOURCE_DATE_EPOCH=$(SOURCE_DATE_EPOCH) $(REPRO_ENV)
DIST_WHEEL_TARGET := target/dist-wheel
$(DIST_WHEEL): $(DIST_TOOLS) FORCE
	@mkdir -p $(DIST)
	rm -rf $(DIST_STAGE)/wheel
	$(DIST_ENV) $(DIST_WHEEL_ENV) maturin build --release --locked --strip --zig \
		--compatibility $(MANYLINUX) -m python/Cargo.toml -i $(PY) --target-dir $(DIST_WHEEL_TARGET) \
		-o $(DIST_STAGE)/wheel
	@command -v zip >/dev/null || tools/apt-install.sh zip # wheel-sbom.py rewrites two members with it
	$(PY) release/wheel-sbom.py $(DIST_STAGE)/wheel/$(notdir $@) $(CURDIR) $@

# The C SDK: the libraries of `make ffi` (test-dist checks their glibc floor), with relocatable
# pkg-config and CMake files (the ones `make install` writes, with paths relative to themselves).
$(DIST_SDK): ffi FORCE
	rm -rf $(DIST_STAGE)/$(DIST_SDK_NAME) && mkdir -p $(DIST_STAGE)/$(DIST_SDK_NAME)/include $(DIST)
	cp -rP $(FFI_STAGE)/lib $(DIST_STAGE)/$(DIST_SDK_NAME)/lib
	cp include/zego_codes.h include/zego_codes.hpp $(DIST_STAGE)/$(DIST_SDK_NAME)/include/
	$(call ffi_dev_files,$(DIST_STAGE)/$(DIST_SDK_NAME)/lib,,lib,include)
	cp ffi/LINKING.md $(DIST_STAGE)/$(DIST_SDK_NAME)/README.md
	cp LICENSE $(DIST_STAGE)/$(DIST_SDK_NAME)/
	release/cross/buildinfo.sh x86_64-unknown-linux-gnu rustc cc > $(DIST_STAGE)/$(DIST_SDK_NAME)/BUILDINFO
	release/pack.sh tar.gz $(DIST_STAGE) $@ $(DIST_SDK_NAME)

$(DIST_CLI): $(DIST_TOOLS) FORCE
	$(DIST_CARGO) -p zego-codes-cli --bin zego-codes
	rm -rf $(DIST_STAGE)/$(DIST_CLI_NAME) && mkdir -p $(DIST_STAGE)/$(DIST_CLI_NAME) $(DIST)
	strip -o $(DIST_STAGE)/$(DIST_CLI_NAME)/zego-codes target/x86_64-unknown-linux-gnu/release/zego-codes
	cp cli/README.md LICENSE $(DIST_STAGE)/$(DIST_CLI_NAME)/
	$(DIST_ENV) release/cross/buildinfo.sh x86_64-unknown-linux-gnu rustc zig:x86_64-linux-gnu.$(GLIBC_FLOOR) \
		> $(DIST_STAGE)/$(DIST_CLI_NAME)/BUILDINFO
	release/pack.sh tar.gz $(DIST_STAGE) $@ $(DIST_CLI_NAME)

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
