# node: the npm package zego-codes (node/), TypeScript over data generated from the same data.
#   make node         npm ci (TypeScript, pinned in node/package-lock.json), then tsc: ESM and
#                     CommonJS builds with .d.ts under node/dist/
#   make test-node    node --test against the core's expectations and every product's codes
#                     (the products oracle), both builds; the benchmark once, and the npm
#                     tarball installed into a fresh project
#   make bench-node   message() against Map.get, and the product lookups (productMessage and
#                     productLookup's) against message(): ns per call and their ratios
#   make node-dist    the tarball, dist/zego-codes-V.tgz (npm pack; V: node/package.json's
#                     version, which a test holds equal to the core's)
# The tarball's LICENSE is the repository's, copied in when packing (node/.gitignore).
# Node.js 18 or later with npm (Debian's nodejs and npm, installed through apt-get when missing).

NPM ?= npm
NODE_VERSION := $(shell sed -n 's/^  "version": "\(.*\)",$$/\1/p' node/package.json)
NODE_OUT := build/node
NODE_SRC := $(wildcard node/src/*.ts node/src/generated/*.ts) node/package.json \
	node/tsconfig.json node/tsconfig.esm.json node/tsconfig.cjs.json node/scripts/cjs-package.mjs
DIST ?= dist
NODE_TGZ := $(DIST)/zego-codes-$(NODE_VERSION).tgz

TEST_TARGETS += test-node
CHECK_TARGETS += test-node
DIST_FILES += $(NODE_TGZ)
.PHONY: node node-tools test-node test-node-suite bench-node node-dist

node-tools: ## install Node.js and npm where missing
	@command -v node >/dev/null && command -v $(NPM) >/dev/null || bash tools/apt-install.sh nodejs npm

# npm ci again only when the lock file changes.
node/node_modules/.package-lock.json: node/package-lock.json | node-tools
	cd node && $(NPM) ci --no-audit --no-fund

node/dist/esm/index.js: $(NODE_SRC) node/node_modules/.package-lock.json
	rm -rf node/dist
	cd node && $(NPM) run --silent build

node: node/dist/esm/index.js ## build the npm package (ESM, CommonJS, .d.ts)

# test-withdrawn (mk/withdrawn.mk) runs the suite on a catalog with withdrawn codes.
test-node-suite: node $(PRODUCTS_ORACLE) $(EXPECTATIONS) ## node --test against the core's expectations and the products oracle, both builds
	cd node && ZEGOCODES_EXPECTATIONS=$(CURDIR)/$(EXPECTATIONS) ZEGOCODES_PRODUCTS=$(CURDIR)/$(PRODUCTS_ORACLE) node --test test/

test-node: test-node-suite ## the npm package: node --test against the core's expectations and the products oracle
	@mkdir -p $(NODE_OUT)
	node benches/node/message.mjs node --quick
	$(MAKE) --no-print-directory node-dist
	tests/dist/npm-package.sh $(NODE_TGZ) node/node_modules/typescript/bin/tsc

bench: bench-node

bench-node: node ## Node message() against Map.get, the product lookups against message()
	node benches/node/message.mjs node

node-dist: $(NODE_TGZ) ## the npm tarball for make dist

$(NODE_TGZ): node/dist/esm/index.js node/README.md LICENSE
	@mkdir -p $(DIST)
	cp LICENSE node/LICENSE
	cd node && $(NPM) pack --silent --pack-destination $(CURDIR)/$(DIST) >/dev/null
	@ls -l $@ | awk '{ print "size: " $$NF ": " $$5 " bytes" }'
