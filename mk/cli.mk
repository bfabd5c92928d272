# cli: the `zego-codes` command. Its tests drive the built binary inside `cargo test --workspace`;
# test-cli-bench runs the throughput script once on a small log so it cannot rot.

TEST_TARGETS += test-cli-bench
.PHONY: bench-explain test-cli-bench test-cli-suite

# The README's first command: what does 410001031 mean, and what should I do?
demo: ## look up 410001031 with the zego-codes command
	$(CARGO) run --release -q --locked -p zego-codes-cli -- 410001031

# explain's throughput beside `grep -c Code` on the same synthetic log (MB=512 by default).
bench-explain: ## explain's throughput on a synthetic log (MB=512)
	bash cli/bench/explain-throughput.sh $(MB)

bench: bench-explain

test-cli-bench: ## run the throughput script once on a small log
	bash cli/bench/explain-throughput.sh 8 1

# The command's tests with the products oracle every other suite reads (test-rust runs them
# with the command's own list); test-withdrawn (mk/withdrawn.mk) runs them on a catalog with
# withdrawn codes.
test-cli-suite: $(PRODUCTS_ORACLE) ## the command's tests against the products oracle
	ZEGOCODES_PRODUCTS=$(CURDIR)/$(PRODUCTS_ORACLE) $(CARGO) test --locked -p zego-codes-cli --test cli
