# Benchmarks: `make bench` prints every figure of BENCHMARKS.md; `make test` builds each
# benchmark program and runs it once, briefly, so none rots. Timings are printed, never asserted.

TEST_TARGETS += test-bench
.PHONY: bench test-bench bench-rust bench-c bench-python bench-sizes

test-bench: ffi python-wheel ## build every benchmark and run it once, briefly
	$(CARGO) bench --locked -p zego-codes-bench --bench lookup -- --test
	bash benches/rust/callgrind.sh 1000
	bash benches/c/callgrind.sh $(FFI_STAGE)/lib 1000
	$(PY) benches/python/bench_message.py --quick $(FFI_STAGE)/lib
	$(PY) benches/python/bench_message.py --callgrind --quick $(FFI_STAGE)/lib
	$(PY) benches/python/bench_message.py --startup

bench: bench-rust bench-c bench-python bench-sizes ## every figure of BENCHMARKS.md

# ns per message lookup: the catalog against match, binary search, HashMap and phf.
bench-rust: ## ns per Rust lookup against match, binary search, HashMap and phf
	$(CARGO) bench --locked -p zego-codes-bench --bench lookup
	@python3 benches/criterion-table.py target/criterion
	bash benches/rust/callgrind.sh

# Instructions per call through the shared library, next to glibc's strerror.
bench-c: ffi ## instructions per call through the shared library (callgrind)
	bash benches/c/callgrind.sh $(FFI_STAGE)/lib

bench-python: ffi python-wheel ## what message() costs next to dict.get, and import time
	$(PY) benches/python/bench_message.py $(FFI_STAGE)/lib
	$(PY) benches/python/bench_message.py --callgrind $(FFI_STAGE)/lib
	$(PY) benches/python/bench_message.py --startup

bench-sizes: ffi python-wheel ## the sizes of the libraries and the wheel
	bash ffi/tests/size.sh $(FFI_STAGE)
	@ls -l $(PY_WHEELS)/*.whl | awk '{ print "size: wheel " $$NF ": " $$5 " bytes" }'
