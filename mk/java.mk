# java: the zero-dependency Java library zegocodes (java/), for JVM backends and Android.
#   make java        build/java/zego-codes-V.jar, its -sources.jar and -javadoc.jar (V: VERSION, the Makefile's)
#   make test-java   JUnit 5 suite against the core's expectations and every product's oracle,
#                    the jar-only examples, jdeps
#   make bench-java  ZegoCodes.message against HashMap.get and a switch (benches/java)
# The JDK on PATH compiles Java 8 bytecode (--release 8); Debian's default-jdk-headless and
# junit5 are installed through apt-get when missing. No Maven or Gradle: nothing to fetch.

JAVA_VERSION = $(VERSION)
JAVA_OUT := build/java
JAVA_JAR := $(JAVA_OUT)/zego-codes-$(JAVA_VERSION).jar
JAVA_SOURCES_JAR := $(JAVA_OUT)/zego-codes-$(JAVA_VERSION)-sources.jar
JAVA_JAVADOC_JAR := $(JAVA_OUT)/zego-codes-$(JAVA_VERSION)-javadoc.jar
# Two source roots of one package: hand-written main/, and generated/ (`cargo xtask gen`).
JAVA_ROOTS := java/src/main/java java/src/generated/java
JAVA_SRC := $(wildcard $(addsuffix /zegocodes/*.java,$(JAVA_ROOTS)))
# A local Maven repository (for Gradle's `maven { url }` or Maven's `<repository>`).
JAVA_MAVEN := $(JAVA_OUT)/maven/zegocodes/zego-codes/$(JAVA_VERSION)
# -options: JDK 21 and later warn that release 8 is old; that is the point here.
JAVAC_FLAGS := --release 8 -encoding UTF-8 -Xlint:all,-options -Werror
JUNIT_CONSOLE ?= /usr/share/java/junit-platform-console-standalone.jar
# Every jar entry's time: SOURCE_DATE_EPOCH (the Makefile's), not the build's, so that a jar
# depends only on the commit; javadoc leaves its own date out of its pages (-notimestamp).
JAR_DATE := $(shell date -u -d @$(SOURCE_DATE_EPOCH) +%Y-%m-%dT%H:%M:%S+00:00)
JAR = jar --date=$(JAR_DATE)

TEST_TARGETS += test-java
CHECK_TARGETS += test-java
.PHONY: java java-tools test-java test-java-suite bench-java java-bench-build

java-tools: ## install the JDK through apt-get where javac, javadoc or jdeps is missing
	@command -v javac >/dev/null && command -v javadoc >/dev/null && command -v jdeps >/dev/null \
		|| bash tools/apt-install.sh default-jdk-headless

java: java-tools $(JAVA_JAR) $(JAVA_SOURCES_JAR) $(JAVA_JAVADOC_JAR) ## the jar, its -sources and -javadoc jars and a local Maven repository in build/java
	rm -rf $(JAVA_OUT)/maven && mkdir -p $(JAVA_MAVEN)
	cp $(JAVA_JAR) $(JAVA_SOURCES_JAR) $(JAVA_JAVADOC_JAR) $(JAVA_MAVEN)/
	sed 's/@VERSION@/$(JAVA_VERSION)/' java/pom.xml.in > $(JAVA_MAVEN)/zego-codes-$(JAVA_VERSION).pom
	@ls -l $(JAVA_OUT)/*.jar | awk '{ print "size: " $$NF ": " $$5 " bytes" }'

$(JAVA_JAR): $(JAVA_SRC) LICENSE Cargo.toml mk/java.mk | java-tools
	rm -rf $(JAVA_OUT)/classes && mkdir -p $(JAVA_OUT)/classes/META-INF
	javac $(JAVAC_FLAGS) -d $(JAVA_OUT)/classes $(JAVA_SRC)
	cp LICENSE $(JAVA_OUT)/classes/META-INF/LICENSE
	printf 'Implementation-Title: zego-codes\nImplementation-Version: %s\nAutomatic-Module-Name: zegocodes\n' \
		$(JAVA_VERSION) > $(JAVA_OUT)/manifest.txt
	$(JAR) --create --file $@ --manifest $(JAVA_OUT)/manifest.txt -C $(JAVA_OUT)/classes .

$(JAVA_SOURCES_JAR): $(JAVA_SRC) | java-tools
	@mkdir -p $(JAVA_OUT)
	$(JAR) --create --file $@ $(foreach r,$(JAVA_ROOTS),-C $(r) .)

$(JAVA_JAVADOC_JAR): $(JAVA_SRC) | java-tools
	rm -rf $(JAVA_OUT)/javadoc
	javadoc -quiet -notimestamp -encoding UTF-8 -docencoding UTF-8 -charset UTF-8 -Xdoclint:all -Werror \
		-windowtitle "zego-codes $(JAVA_VERSION)" -d $(JAVA_OUT)/javadoc $(JAVA_SRC)
	$(JAR) --create --file $@ -C $(JAVA_OUT)/javadoc .

# The suite runs against the built jar, not the sources, with the core's expectations.
# Every product's codes: the oracle (ZEGOCODES_PRODUCTS) and the core's answers to lookups by
# product the oracle does not hold (ffi/examples/product_lookups.rs). test-withdrawn
# (mk/withdrawn.mk) runs it on a catalog with withdrawn codes.
test-java-suite: $(JAVA_JAR) $(PRODUCTS_ORACLE) $(EXPECTATIONS) ## the JUnit suite against the jar, the core's expectations and every product's oracle
	@test -f $(JUNIT_CONSOLE) || bash tools/apt-install.sh junit5
	$(CARGO) run -q --locked -p zego-codes-ffi --example product_lookups > $(JAVA_OUT)/product-answers.tsv
	rm -rf $(JAVA_OUT)/test-classes && mkdir -p $(JAVA_OUT)/test-classes
	javac -encoding UTF-8 -Xlint:all -Werror -d $(JAVA_OUT)/test-classes -cp $(JAVA_JAR):$(JUNIT_CONSOLE) \
		$(wildcard java/src/test/java/zegocodes/test/*.java)
	ZEGOCODES_PRODUCTS=$(PRODUCTS_ORACLE) java -Dzegocodes.expectations=$(EXPECTATIONS) -Dzegocodes.jar=$(JAVA_JAR) \
		-Dzegocodes.answers=$(JAVA_OUT)/product-answers.tsv -Dzegocodes.root=$(CURDIR) \
		-jar $(JUNIT_CONSOLE) --disable-banner --details=summary --fail-if-no-tests \
		--class-path $(JAVA_JAR):$(JAVA_OUT)/test-classes --select-package zegocodes.test

test-java: java test-java-suite ## the JUnit suite against the jar and every product's oracle, the example, jdeps, the size goal
	rm -rf $(JAVA_OUT)/example && mkdir -p $(JAVA_OUT)/example
	javac $(JAVAC_FLAGS) -d $(JAVA_OUT)/example -cp $(JAVA_JAR) java/examples/Example.java java/examples/Products.java
	java -cp $(JAVA_JAR):$(JAVA_OUT)/example Example $(EXPECTATIONS)
	java -cp $(JAVA_JAR):$(JAVA_OUT)/example Products
	jdeps --multi-release base -summary $(JAVA_JAR) | tee $(JAVA_OUT)/jdeps.txt
	! grep -v -e ' -> java.base$$' $(JAVA_OUT)/jdeps.txt
	@size=$$(stat -c %s $(JAVA_JAR)); echo "size: $(JAVA_JAR): $$size bytes (goal: at most 163840, 160 KiB)"; \
		test $$size -le 163840
	$(MAKE) --no-print-directory java-bench-build
	java -cp $(JAVA_JAR):$(JAVA_OUT)/bench Bench --quick

bench: bench-java

# ns per lookup, known and unknown codes: 7 JVM forks per cell, medians (BENCHMARKS.md).
bench-java: java java-bench-build ## ns per Java lookup against HashMap.get and a switch
	java -cp $(JAVA_JAR):$(JAVA_OUT)/bench Bench
	@ls -l $(JAVA_JAR) | awk '{ print "size: " $$NF ": " $$5 " bytes" }'

# The switch the benchmark compares with is written from the jar's constants.
java-bench-build: $(JAVA_JAR) ## compile the Java benchmark and the switch it compares with
	rm -rf $(JAVA_OUT)/bench && mkdir -p $(JAVA_OUT)/bench
	javac -encoding UTF-8 -Xlint:all -Werror -d $(JAVA_OUT)/bench -cp $(JAVA_JAR) benches/java/SwitchSource.java
	java -cp $(JAVA_JAR):$(JAVA_OUT)/bench SwitchSource > $(JAVA_OUT)/bench/SwitchMessages.java
	javac -encoding UTF-8 -Xlint:all -Werror -d $(JAVA_OUT)/bench -cp $(JAVA_JAR):$(JAVA_OUT)/bench \
		benches/java/Bench.java $(JAVA_OUT)/bench/SwitchMessages.java

# `make dist` (mk/dist.mk, where present) ships every file of DIST_FILES: the three jars.
DIST ?= dist
JAVA_DIST := $(addprefix $(DIST)/,$(notdir $(JAVA_JAR) $(JAVA_SOURCES_JAR) $(JAVA_JAVADOC_JAR)))
DIST_FILES += $(JAVA_DIST)

$(JAVA_DIST): $(DIST)/%: $(JAVA_OUT)/%
	@mkdir -p $(DIST)
	cp $< $@
