# sanitize: the tests again under sanitizers (nightly Rust, gcc's -fsanitize).
#   make test-sanitize        C and C++ tests under ASan+UBSan, the threads test under TSan
#   make test-sanitize-rust   the Rust tests of the C library and the Python module under ASan
# Both are part of `make test`; TESTING.md says what each covers.

TEST_TARGETS += test-sanitize test-sanitize-rust
.PHONY: test-sanitize test-sanitize-rust

# test-c writes the constant tables the C tests include.
test-sanitize: test-c ## the C and C++ tests under ASan/UBSan and the threads test under TSan
	ZEGOCODES_EXPECTATIONS=$(EXPECTATIONS) tests/sanitize/run.sh $(FFI_STAGE)

# --target keeps the sanitizer off build scripts and proc macros; std comes prebuilt and
# uninstrumented (the nightly has no rust-src for -Zbuild-std), the crates' own code is checked.
test-sanitize-rust: ## the ffi and Python crates' Rust tests under AddressSanitizer (nightly)
	RUSTFLAGS="-Zsanitizer=address -Cforce-frame-pointers=yes" ASAN_OPTIONS=detect_leaks=1 \
		$(CARGO) +nightly test -p zego-codes-ffi -p zego-codes-python --locked \
		--target x86_64-unknown-linux-gnu --target-dir target/sanitize-address
