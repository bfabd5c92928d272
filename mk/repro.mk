# repro: the release files depend on the commit alone, not on when or where `make dist` ran
# (RELEASING.md, "Reproducible files", says which files and how).
#   make repro        HEAD cloned into two folders of different path lengths under target/repro,
#                     `make dist` in one and then the other, the two SHA256SUMS compared, each
#                     differing file named (and its differing members); slow: every target's
#                     files twice (CROSS=... as for make dist)
#   make test-repro   (part of `make test`) the x86_64 Linux files that are compiled (its
#                     row's build, mk/dist.mk), as this checkout built them into dist/, built
#                     again in a copy in another folder and compared (tests/repro/linux.sh
#                     says why the copy keeps its own cargo target folder)
#   make repro REPRO_STAGGER=60   both builds at once, the second a minute later (a busy machine)

TEST_OF_RELEASE += test-repro
.PHONY: repro test-repro

repro: ## make dist of HEAD in two folders at two times; fails unless every file is byte-identical (slow)
	tests/repro/dist.sh $(if $(filter command line,$(origin CROSS)),CROSS="$(CROSS)")

test-repro: $(DIST_TOOLS) $(addprefix cross-build-,$(CROSS_HOST)) ## the x86_64 Linux C SDK, command and wheel built again in another folder: byte-identical to dist/'s
	tests/repro/linux.sh $(PY_VENV) $(SOURCE_DATE_EPOCH) $(DIST) $(CROSS_HOST)
