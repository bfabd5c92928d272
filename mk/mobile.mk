# mobile: the Android and Apple release files, from the cross toolchain (mk/dist.mk,
# release/cross/steps.sh cross-cargo) and the targets of release/mobile/targets.tsv:
#   make dist           also writes zego-codes-V.aar (Java API + Prefab C API, four ABIs),
#                       libzego_codes-V-android.zip, zego-codes-V.xcframework.zip, the
#                       release's Package.swift and ZegoCodes.podspec (URL: APPLE_RELEASE_URL)
#   make apple          build/apple/ZegoCodes.xcframework, for Package.swift in a checkout
#   make test-mobile    (part of `make test`) test-android runs each ABI's library on its
#                       instruction set and checks the AAR; test-apple checks the
#                       XCFramework (checked, not run)
# See ffi/ANDROID.md and ffi/APPLE.md.

# The oldest Android the AAR supports and the NDK major version Prefab declares:
# ANDROID_MIN_SDK and ANDROID_NDK_MAJOR of release/floors.env.
# Where the release's XCFramework zip is downloaded from (its Package.swift and podspec).
PROJECT_URL ?= https://github.com/zego-codes/zego-codes
APPLE_RELEASE_URL ?= $(PROJECT_URL)/releases/download/v$(DIST_VERSION)
APPLE_OUT := build/apple

MOBILE_AAR = $(DIST)/zego-codes-$(DIST_VERSION).aar
MOBILE_ANDROID_ZIP = $(DIST)/libzego_codes-$(DIST_VERSION)-android.zip
MOBILE_XCF_ZIP = $(DIST)/zego-codes-$(DIST_VERSION).xcframework.zip
MOBILE_APPLE_MANIFESTS = $(DIST)/Package.swift $(DIST)/ZegoCodes.podspec
DIST_FILES += $(MOBILE_AAR) $(MOBILE_ANDROID_ZIP) $(MOBILE_XCF_ZIP) $(MOBILE_APPLE_MANIFESTS)

TEST_OF_RELEASE += test-mobile
.PHONY: apple mobile-libs test-mobile test-android test-apple

# Every mobile target's C library, two at a time (as mk/dist.mk's builds, which build them
# beside its own in `make dist`); android.sh and apple.sh then find them in cargo's cache.
MOBILE_TRIPLES := $(shell release/cross/steps.sh table --mobile triple)
mobile-libs: $(DIST_TOOLS) cross-tools ## build the C library of every mobile target, two at a time
	$(MAKE) --no-print-directory -O -j2 $(addprefix mobile-lib-,$(MOBILE_TRIPLES))
mobile-lib-%:
	$(DIST_ENV) release/mobile/lib.sh $* > /dev/null

$(MOBILE_AAR) $(MOBILE_ANDROID_ZIP) &: $(DIST_TOOLS) $(JAVA_JAR) mobile-libs FORCE
	$(DIST_ENV) release/mobile/android.sh $(DIST) $(DIST_VERSION) $(JAVA_JAR) $(ANDROID_MIN_SDK) $(ANDROID_NDK_MAJOR)

$(MOBILE_XCF_ZIP) $(MOBILE_APPLE_MANIFESTS) &: $(DIST_TOOLS) mobile-libs FORCE
	$(DIST_ENV) release/mobile/apple.sh $(APPLE_OUT) $(DIST_VERSION) $(DIST) $(APPLE_RELEASE_URL) $(PROJECT_URL)

apple: $(DIST_TOOLS) cross-tools ## build/apple/ZegoCodes.xcframework: iOS, simulator and macOS static libraries
	$(DIST_ENV) release/mobile/apple.sh $(APPLE_OUT) $(DIST_VERSION)

test-mobile: test-android test-apple ## the Android and Apple tests

test-android: $(MOBILE_AAR) $(MOBILE_ANDROID_ZIP) $(JAVA_JAR) ffi $(PRODUCTS_ORACLE) $(EXPECTATIONS) ## each Android ABI's library run on its instruction set; the AAR's layout, Prefab JSON, alignment, exports
	ZEGOCODES_PRODUCTS=$(CURDIR)/$(PRODUCTS_ORACLE) $(DIST_ENV) tests/mobile/android.sh $(DIST) $(DIST_VERSION) $(CROSS_REFERENCE_SO) $(JAVA_JAR) \
		$(CURDIR)/$(EXPECTATIONS) $(ANDROID_MIN_SDK)

test-apple: $(MOBILE_XCF_ZIP) $(MOBILE_APPLE_MANIFESTS) ffi ## the XCFramework's slices, load commands, exports, Info.plist and Package.swift (checked, not run)
	tests/mobile/apple.sh $(DIST) $(DIST_VERSION) $(CROSS_REFERENCE_SO)
