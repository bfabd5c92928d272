# Benchmarks: `make bench` prints every figure; `make test` builds each benchmark program and
# runs it once, so none rots. Timings are printed, never asserted.

TEST_TARGETS += test-bench
.PHONY: bench test-bench

test-bench:
	$(CARGO) bench --locked -p zego-codes-bench --bench lookup -- --test

bench:
	$(CARGO) bench --locked -p zego-codes-bench --bench lookup
