# go: the zero-dependency Go module zegocodes (go/), generated from the same data.
#   make test-go       gofmt, go vet, go test -race against the core's expectations and every
#                      product's codes (the products oracle), the examples, and the benchmarks
#                      run once; then the module zip as a dependency
#   make bench-go      Message against a map[uint32]string lookup, and the product lookups
#                      against Message: ns per call and their ratios
#   make go-dist       the module zip, dist/zegocodes-go-V.zip (V: Cargo.toml's version)
# Go 1.19 or later (Debian 12's golang-go, installed through apt-get when missing). The module
# path is go/go.mod's module line, read from there.

GO ?= go
GO_MODULE := $(shell sed -n 's/^module //p' go/go.mod)
GO_VERSION := $(shell sed -n 's/^version = "\(.*\)"$$/\1/p' Cargo.toml | head -n 1)
GO_OUT := build/go
GO_SRC := go/go.mod $(filter-out %_test.go,$(wildcard go/*.go)) go/README.md
GO_ZIP_NAME := zegocodes-go-$(GO_VERSION)
DIST ?= dist
GO_ZIP := $(DIST)/$(GO_ZIP_NAME).zip

TEST_TARGETS += test-go
CHECK_TARGETS += test-go
DIST_FILES += $(GO_ZIP)
.PHONY: go-tools test-go test-go-suite bench-go go-dist

go-tools: ## install Go (Debian golang-go) where missing
	@command -v $(GO) >/dev/null || bash tools/apt-install.sh golang-go

# test-withdrawn (mk/withdrawn.mk) runs the suite on a catalog with withdrawn codes.
test-go-suite: go-tools $(PRODUCTS_ORACLE) $(EXPECTATIONS) ## go test -race against the core's expectations and the products oracle
	cd go && ZEGOCODES_EXPECTATIONS=$(CURDIR)/$(EXPECTATIONS) ZEGOCODES_PRODUCTS=$(CURDIR)/$(PRODUCTS_ORACLE) $(GO) test -race -count=1 ./...

test-go: test-go-suite ## the Go module: gofmt, go vet, go test -race against the core's expectations and the products oracle
	@mkdir -p $(GO_OUT)
	@unformatted=$$(cd go && gofmt -l .); [ -z "$$unformatted" ] || { echo "gofmt: $$unformatted"; exit 1; }
	cd go && $(GO) vet ./...
	cd go && $(GO) test -run '^$$' -bench . -benchtime 1000x ./... > $(CURDIR)/$(GO_OUT)/bench-quick.txt
	awk -f benches/go/ratios.awk $(GO_OUT)/bench-quick.txt
	$(MAKE) --no-print-directory go-dist
	tests/dist/go-module.sh $(GO_ZIP) $(GO_MODULE)

bench: bench-go

bench-go: go-tools ## Go Message against a map lookup, the product lookups against Message
	@mkdir -p $(GO_OUT)
	cd go && $(GO) test -run '^$$' -bench . -count 7 ./... | tee $(CURDIR)/$(GO_OUT)/bench.txt
	awk -f benches/go/ratios.awk $(GO_OUT)/bench.txt

go-dist: $(GO_ZIP) ## the Go module's zip for make dist

# The module's sources without its tests (they read the core's expectations from this
# repository), under one top folder; every file carries SOURCE_DATE_EPOCH (a zip's times are
# local times: TZ fixes them).
$(GO_ZIP): $(GO_SRC) LICENSE
	rm -rf $(GO_OUT)/zip && mkdir -p $(GO_OUT)/zip/$(GO_ZIP_NAME) $(DIST)
	cp $(GO_SRC) LICENSE $(GO_OUT)/zip/$(GO_ZIP_NAME)/
	touch -d @$(SOURCE_DATE_EPOCH) $(GO_OUT)/zip/$(GO_ZIP_NAME) $(GO_OUT)/zip/$(GO_ZIP_NAME)/*
	rm -f $@ && cd $(GO_OUT)/zip && TZ=UTC python3 -m zipfile -c $(CURDIR)/$@ $(GO_ZIP_NAME)
	@ls -l $@ | awk '{ print "size: " $$NF ": " $$5 " bytes" }'
