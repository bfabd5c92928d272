# site: the catalog as one web page (site/; site/README.md says how it is built and why).
#   make site        dist/zego-codes-catalog-V.html (V: VERSION, the Makefile's): site/src/
#                    compiled with the npm package's generated data by the package's pinned tsc,
#                    bundled by esbuild (pinned in site/package-lock.json), the catalog embedded as
#                    JSON; one file that makes no network request, at most 400 KB
#   make test-site   the page in Debian's Chromium, headless, driven by playwright-core: search,
#                    filters, cards and permalinks, every code's API names against each language's
#                    generated source and one product card's against the products oracle, a number's several meanings (on a copy built
#                    with a fixture), language switch, keyboard path, per-keystroke time, axe-core,
#                    no console error, no request; screenshots under target/site/
# Chromium (and a Chinese font for the screenshots) come from apt-get where missing; npm installs
# no browser.

SITE_VERSION = $(VERSION)
SITE_HTML := $(DIST)/zego-codes-catalog-$(SITE_VERSION).html
SITE_TSC := target/site/tsc
SITE_SRC := $(wildcard site/src/*.ts site/src/generated/*.ts) site/src/page.html site/src/page.css \
	site/tsconfig.json site/build.mjs node/src/generated/codes.ts node/src/family.ts node/src/validate.ts

TEST_TARGETS += test-site
# Not in CHECK_TARGETS: opening every card takes a minute or two; make test runs it.
DIST_FILES += $(SITE_HTML)
.PHONY: site site-tools test-site

site-tools: node-tools ## install Debian's Chromium and a Chinese font where missing
	@[ -x /usr/bin/chromium ] || bash tools/apt-install.sh chromium
	@fc-list :lang=zh | grep -q . || bash tools/apt-install.sh fonts-wqy-microhei

# npm ci again only when the lock file changes; no browser download (Debian's Chromium is used).
site/node_modules/.package-lock.json: site/package-lock.json | node-tools
	cd site && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 $(NPM) ci --no-audit --no-fund

$(SITE_TSC)/site/src/main.js: $(SITE_SRC) node/node_modules/.package-lock.json
	rm -rf $(SITE_TSC)
	node/node_modules/typescript/bin/tsc -p site/tsconfig.json

$(SITE_HTML): $(SITE_TSC)/site/src/main.js site/node_modules/.package-lock.json
	node site/build.mjs --version $(SITE_VERSION) --out $@

site: $(SITE_HTML) ## the catalog as one offline web page, dist/zego-codes-catalog-V.html

test-site: site site-tools $(PRODUCTS_ORACLE) ## the page in headless Chromium: search, cards, keyboard, languages, timing, axe-core
	ZEGOCODES_PRODUCTS=$(CURDIR)/$(PRODUCTS_ORACLE) node site/test/browser.mjs $(SITE_HTML) $(SITE_VERSION)
