# ffi: the C library libzego_codes (shared and static), its headers, tests and install.
#   make ffi                                  build it into build/ffi/lib
#   make test-c                               C and C++ tests (part of `make test`)
#   make install PREFIX=/usr/local DESTDIR=   libraries, headers, pkg-config and CMake files
#   make abi-baseline                         rewrite ffi/abi/ after a deliberate ABI break

PREFIX ?= /usr/local
LIBDIR ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
DESTDIR ?=

FFI_STAGE := build/ffi
FFI_CARGO_OUT = $(or $(CARGO_TARGET_DIR),target)/ffi
FFI_VERSION = $(VERSION)
FFI_SO := libzego_codes.so
# The shared library with its debug info, whose function types abidiff compares with the
# committed baseline FFI_ABI_BASELINE (ffi/tests/abi.sh; `make abi-baseline` rewrites it).
FFI_ABI_SO := $(FFI_STAGE)/libzego_codes.so.debug
FFI_ABI_BASELINE := ffi/abi/libzego_codes.abi
# The SONAME ffi/build.rs gives the library, and its suffix (0.MINOR before 1.0, else MAJOR),
# read from the built library: the rule is written once, in build.rs.
FFI_SONAME = $(shell release/cross/steps.sh soname $(FFI_ABI_SO))
FFI_ABI = $(patsubst $(FFI_SO).%,%,$(FFI_SONAME))
# The pkg-config and CMake files, the same for `make install` and the SDK tarball:
# $(call ffi_dev_files,OUT_LIBDIR,PREFIX,LIBDIR,INCLUDEDIR) (PREFIX "": relocatable).
ffi_dev_files = release/cross/steps.sh dev-files $(1) $(FFI_VERSION) $(FFI_ABI) "$$(cat $(FFI_STAGE)/native-static-libs)" \
	"$(2)" "$(3)" "$(4)"

TEST_TARGETS += test-c
CHECK_TARGETS += test-c

.PHONY: ffi test-c test-c-suite install abi-baseline

# Built with the `ffi` profile (panic = "abort", no_std); the static library's native
# dependencies come from rustc itself and go into the .pc and CMake files. Built with full
# debug info, which the ABI guard reads (FFI_ABI_SO); the staged libraries are stripped of it,
# but their GNU build ID hashes it: REPRO_RUSTFLAGS keeps the checkout's folder out of it.
ffi: ## the C library, shared and static, into build/ffi/lib
	@mkdir -p $(FFI_STAGE)/lib
	$(REPRO_ENV) $(CARGO) rustc -p zego-codes-ffi --profile ffi --locked -- --print native-static-libs \
		-C debuginfo=2 -C strip=none 2> $(FFI_STAGE)/cargo.log || { cat $(FFI_STAGE)/cargo.log; exit 1; }
	sed -n 's/^note: native-static-libs: //p' $(FFI_STAGE)/cargo.log > $(FFI_STAGE)/native-static-libs
	cp -f $(FFI_CARGO_OUT)/libzego_codes_ffi.so $(FFI_ABI_SO)
	strip --strip-debug -o $(FFI_STAGE)/lib/libzego_codes.a $(FFI_CARGO_OUT)/libzego_codes_ffi.a
	strip --strip-debug -o $(FFI_STAGE)/lib/$(FFI_SO).$(FFI_VERSION) $(FFI_CARGO_OUT)/libzego_codes_ffi.so
	soname=$$(release/cross/steps.sh soname $(FFI_ABI_SO)) && test -n "$$soname" && \
		ln -sf $(FFI_SO).$(FFI_VERSION) $(FFI_STAGE)/lib/$$soname && ln -sf $$soname $(FFI_STAGE)/lib/$(FFI_SO)

# The C and C++ tests read the products oracle (ZEGOCODES_PRODUCTS) besides AI Agent's
# expectations (ZEGOCODES_EXPECTATIONS). test-withdrawn (mk/withdrawn.mk) runs them on a
# catalog with withdrawn codes.
test-c-suite: ffi $(PRODUCTS_ORACLE) $(EXPECTATIONS) ## the C and C++ tests (valgrind) against AI Agent's expectations and the products oracle
	ZEGOCODES_PRODUCTS=$(PRODUCTS_ORACLE) ZEGOCODES_EXPECTATIONS=$(EXPECTATIONS) ffi/tests/run.sh $(FFI_STAGE)

test-c: ffi test-c-suite ## the ABI guard, the C and C++ tests (valgrind), exported symbols, sizes, the README fragments, install
	ffi/tests/abi.sh $(FFI_ABI_BASELINE) $(FFI_ABI_SO)
	ffi/tests/symbols.sh $(FFI_STAGE)/lib
	ffi/tests/size.sh $(FFI_STAGE)
	ffi/tests/readme.sh $(FFI_STAGE)
	ffi/tests/install.sh $(FFI_STAGE)
	$(CARGO) clippy -p zego-codes-ffi --profile ffi --locked -- -D warnings

install: ffi ## install the C library, headers, pkg-config and CMake files (PREFIX, DESTDIR)
	install -d $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCLUDEDIR)
	install -m 644 $(FFI_STAGE)/lib/libzego_codes.a $(DESTDIR)$(LIBDIR)/
	install -m 755 $(FFI_STAGE)/lib/$(FFI_SO).$(FFI_VERSION) $(DESTDIR)$(LIBDIR)/
	ln -sf $(FFI_SO).$(FFI_VERSION) $(DESTDIR)$(LIBDIR)/$(FFI_SO).$(FFI_ABI)
	ln -sf $(FFI_SO).$(FFI_ABI) $(DESTDIR)$(LIBDIR)/$(FFI_SO)
	install -m 644 include/zego_codes.h include/zego_codes.hpp $(DESTDIR)$(INCLUDEDIR)/
	$(call ffi_dev_files,$(DESTDIR)$(LIBDIR),$(PREFIX),$(LIBDIR),$(INCLUDEDIR))

# After a deliberate ABI break, with the SONAME raised (RELEASING.md): the new baseline.
abi-baseline: ffi ## rewrite ffi/abi/ after a deliberate ABI break (RELEASING.md)
	ffi/tests/abi.sh --write $(FFI_ABI_BASELINE) $(FFI_ABI_SO)
