# Kakiyo Desk: convenience wrapper around CMake + CTest.
#   make demo   install what is missing, build, launch the app on its embedded sandbox (--demo)
#   make check  install what is missing, build, run every test
#   make bench  build and run the benchmarks (they print their figures)
#   make lint   clang-format, and clang-tidy below the UI (CI runs them after the tests)
#   make lint-all  the same with clang-tidy over ui/ too
#   make format rewrite every C++ file with clang-format
#   make fuzz   build the libFuzzer targets (clang) and run each for FUZZ_SECONDS (default 10)
#   make package        build the Debian package: build/kakiyo-desk_<version>_amd64.deb
#   make package-check  install that package into a minimal Debian 12 root and run it there
#   make package-lint   lintian, appstreamcli and desktop-file-validate on the package and metadata
#   make check-sanitize  build into build-sanitize/ with ASan+UBSan and run every test (long:
#               about 40 minutes on two cores)
#   make translations  re-extract the strings into resources/translations/*.ts (lupdate)
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=
# ccache hits across checkouts in different folders (CI clones elsewhere).
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_NOHASHDIR := 1

.PHONY: deps configure build demo check bench lint lint-all format fuzz translations clean package-deps package package-check package-lint check-sanitize

deps:
	@bash packaging/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	@$(BUILD)/bin/kakiyo-desk --demo

check: build
	@bash tests/scripts/run-tests.sh $(BUILD)

bench: build
	@cmake --build $(BUILD) --target bench

lint: build
	@bash tests/scripts/lint.sh $(BUILD)

lint-all: build
	@LINT_ALL=1 bash tests/scripts/lint.sh $(BUILD)

fuzz: deps
	@bash tests/scripts/fuzz.sh $(or $(FUZZ_SECONDS),10)

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

translations:
	@bash resources/translations/update.sh

# Packaging tools (lintian, debootstrap, appstream, desktop-file-utils); not needed by make check.
package-deps:
	@bash packaging/install-deps.sh --packaging

# Only what the package holds is built (not the tests); cpack installs it stripped.
package: configure package-deps
	@cmake --build $(BUILD) -j $(JOBS) --target kakiyo-desk kakiyo-sandbox package-files
	@cd $(BUILD) && cpack -G DEB >/dev/null
	@ls -l $(BUILD)/kakiyo-desk_*.deb

package-lint: package
	@bash packaging/lint.sh $(BUILD)

package-check: package
	@bash packaging/package-check.sh $(BUILD)/$$(cd $(BUILD) && ls kakiyo-desk_*_amd64.deb) $(BUILD)/package-check

# Any sanitizer report fails the test that triggered it; LSan ignores Qt's and the system
# libraries' one-time allocations listed (with reasons) in tests/sanitize/lsan.supp. Built with
# clang at -O0 with line tables: about 6x faster to compile than gcc -O2 -g with the sanitizers,
# and the reports still name file and line. The same tree has the libFuzzer targets
# (KAKIYO_FUZZ): after the suite each is fuzzed for FUZZ_SECONDS (default 5). SANITIZE_TESTS picks
# CTest labels (-L regex); empty runs every suite.
SANITIZE_BUILD ?= build-sanitize
SANITIZE_TESTS ?=
check-sanitize: deps
	@bash tests/scripts/fuzz.sh --deps
	@cmake -S . -B $(SANITIZE_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Sanitize \
		-DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_FLAGS_SANITIZE="-O0 -gline-tables-only" \
		-DKAKIYO_WERROR=OFF -DKAKIYO_SANITIZE=address,undefined -DKAKIYO_FUZZ=ON \
		$(CMAKE_FLAGS) >/dev/null
	@cmake --build $(SANITIZE_BUILD) -j $(JOBS) $(if $(SANITIZE_TESTS),--target kakiyo-sandbox \
		kakiyo-desk $$(ctest --test-dir $(SANITIZE_BUILD) -N -L '$(SANITIZE_TESTS)' 2>/dev/null \
		| sed -nE 's/^ *Test +#[0-9]+: ([A-Za-z0-9_]+)$$/\1/p' | sed 's/_corpus$$//'))
	@ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:abort_on_error=0:strict_string_checks=1 \
		UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
		LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitize/lsan.supp:print_suppressions=0 \
		CTEST_ARGS="$(if $(SANITIZE_TESTS),-L '$(SANITIZE_TESTS)')" \
		bash tests/scripts/run-tests.sh $(SANITIZE_BUILD)
	@if [ "$(or $(FUZZ_SECONDS),5)" != 0 ]; then \
		FUZZ_BUILD=$(SANITIZE_BUILD) bash tests/scripts/fuzz.sh $(or $(FUZZ_SECONDS),5); fi
