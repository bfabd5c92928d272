# Benchmarks: `make bench` prints every figure of BENCHMARKS.md; `make test` builds each
# benchmark program and runs it once, briefly, so none rots. Timings are printed, never asserted.

TEST_TARGETS += test-bench
.PHONY: bench test-bench bench-rust bench-c bench-python bench-sizes

test-bench: ffi python-wheel
	$(CARGO) bench --locked -p zego-codes-bench --bench lookup -- --test
	bash benches/c/callgrind.sh $(FFI_STAGE)/lib 1000
	$(PY) benches/python/bench_message.py --quick $(FFI_STAGE)/lib
	$(PY) benches/python/bench_message.py --callgrind --quick $(FFI_STAGE)/lib
	$(PY) benches/python/bench_message.py --startup

bench: bench-rust bench-c bench-python bench-sizes

# ns per message lookup: the catalog against match, binary search, HashMap and phf.
bench-rust:
	$(CARGO) bench --locked -p zego-codes-bench --bench lookup
	@python3 benches/criterion-table.py target/criterion

# Instructions per call through the shared library, next to glibc's strerror.
bench-c: ffi
	bash benches/c/callgrind.sh $(FFI_STAGE)/lib

bench-python: ffi python-wheel
	$(PY) benches/python/bench_message.py $(FFI_STAGE)/lib
	$(PY) benches/python/bench_message.py --callgrind $(FFI_STAGE)/lib
	$(PY) benches/python/bench_message.py --startup

bench-sizes: ffi python-wheel
	bash ffi/tests/size.sh $(FFI_STAGE)
	@ls -l $(PY_WHEELS)/*.whl | awk '{ print "size: wheel " $$NF ": " $$5 " bytes" }'
