# ffi: the C library libzego_codes (shared and static), its headers, tests and install.
#   make ffi                                  build it into build/ffi/lib
#   make test-c                               C and C++ tests (part of `make test`)
#   make install PREFIX=/usr/local DESTDIR=   libraries, headers, pkg-config and CMake files

PREFIX ?= /usr/local
LIBDIR ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
DESTDIR ?=

FFI_STAGE := build/ffi
FFI_CARGO_OUT = $(or $(CARGO_TARGET_DIR),target)/ffi
# The header carries the package version (a drift test keeps it equal to Cargo.toml's).
FFI_VERSION = $(shell sed -n 's/^\#define ZEGO_CODES_VERSION "\(.*\)"$$/\1/p' include/zego_codes.h)
FFI_MAJOR = $(word 1,$(subst ., ,$(FFI_VERSION)))
FFI_MINOR = $(word 2,$(subst ., ,$(FFI_VERSION)))
# The SONAME suffix (ffi/build.rs): 0.x releases may break the ABI at each minor version.
FFI_ABI = $(if $(filter 0,$(FFI_MAJOR)),0.$(FFI_MINOR),$(FFI_MAJOR))
FFI_SO := libzego_codes.so

TEST_TARGETS += test-c

.PHONY: ffi test-c install

# Built with the `ffi` profile (panic = "abort", no_std); the static library's native
# dependencies come from rustc itself and go into the .pc and CMake files.
ffi:
	@mkdir -p $(FFI_STAGE)/lib
	$(CARGO) rustc -p zego-codes-ffi --profile ffi --locked -- --print native-static-libs \
		2> $(FFI_STAGE)/cargo.log || { cat $(FFI_STAGE)/cargo.log; exit 1; }
	sed -n 's/^note: native-static-libs: //p' $(FFI_STAGE)/cargo.log > $(FFI_STAGE)/native-static-libs
	cp -f $(FFI_CARGO_OUT)/libzego_codes_ffi.a $(FFI_STAGE)/lib/libzego_codes.a
	cp -f $(FFI_CARGO_OUT)/libzego_codes_ffi.so $(FFI_STAGE)/lib/$(FFI_SO).$(FFI_VERSION)
	ln -sf $(FFI_SO).$(FFI_VERSION) $(FFI_STAGE)/lib/$(FFI_SO).$(FFI_ABI)
	ln -sf $(FFI_SO).$(FFI_ABI) $(FFI_STAGE)/lib/$(FFI_SO)

test-c: ffi
	$(CARGO) run -q --locked -p zego-codes-ffi --example expectations > $(FFI_STAGE)/expectations.tsv
	tests/c/run.sh $(FFI_STAGE)
	tests/c/symbols.sh $(FFI_STAGE)/lib $(FFI_ABI)
	tests/c/size.sh $(FFI_STAGE)
	tests/c/install.sh $(FFI_STAGE)
	$(CARGO) clippy -p zego-codes-ffi --profile ffi --locked -- -D warnings

install: ffi
	install -d $(DESTDIR)$(LIBDIR)/pkgconfig $(DESTDIR)$(LIBDIR)/cmake/zego_codes $(DESTDIR)$(INCLUDEDIR)
	install -m 644 $(FFI_STAGE)/lib/libzego_codes.a $(DESTDIR)$(LIBDIR)/
	install -m 755 $(FFI_STAGE)/lib/$(FFI_SO).$(FFI_VERSION) $(DESTDIR)$(LIBDIR)/
	ln -sf $(FFI_SO).$(FFI_VERSION) $(DESTDIR)$(LIBDIR)/$(FFI_SO).$(FFI_ABI)
	ln -sf $(FFI_SO).$(FFI_ABI) $(DESTDIR)$(LIBDIR)/$(FFI_SO)
	install -m 644 include/zego_codes.h include/zego_codes.hpp $(DESTDIR)$(INCLUDEDIR)/
	sed -e 's|@PREFIX@|$(PREFIX)|; s|@LIBDIR@|$(LIBDIR)|; s|@INCLUDEDIR@|$(INCLUDEDIR)|' \
		-e 's|@VERSION@|$(FFI_VERSION)|; s|@STATIC_LIBS@|'"$$(cat $(FFI_STAGE)/native-static-libs)"'|' \
		ffi/zego_codes.pc.in > $(DESTDIR)$(LIBDIR)/pkgconfig/zego_codes.pc
	sed -e 's|@VERSION@|$(FFI_VERSION)|g; s|@ABI@|$(FFI_ABI)|g' \
		-e 's|@REL_LIBDIR@|'"$$(realpath -m --relative-to=$(LIBDIR)/cmake/zego_codes $(LIBDIR))"'|' \
		-e 's|@REL_INCLUDEDIR@|'"$$(realpath -m --relative-to=$(LIBDIR)/cmake/zego_codes $(INCLUDEDIR))"'|' \
		-e 's|@STATIC_LIBS_CMAKE@|'"$$(sed 's/-l//g; s/ /;/g' $(FFI_STAGE)/native-static-libs)"'|' \
		ffi/cmake/zego_codes-config.cmake.in > $(DESTDIR)$(LIBDIR)/cmake/zego_codes/zego_codes-config.cmake
	sed -e 's|@VERSION@|$(FFI_VERSION)|g; s|@MAJOR@|$(FFI_MAJOR)|g; s|@MINOR@|$(FFI_MINOR)|g' \
		ffi/cmake/zego_codes-config-version.cmake.in \
		> $(DESTDIR)$(LIBDIR)/cmake/zego_codes/zego_codes-config-version.cmake
