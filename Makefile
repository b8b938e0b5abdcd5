# Kakiyo Desk: convenience wrapper around CMake + CTest.
#   make demo   install what is missing, build, launch the app on its embedded sandbox (--demo)
#   make check  install what is missing, build, run every test
#   make bench  build and run the benchmarks (they print their figures)
#   make check-sanitize  build into build-sanitize/ with ASan+UBSan and run every test (long:
#               about 40 minutes on two cores)
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=
# ccache hits across checkouts in different folders (CI clones elsewhere).
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_NOHASHDIR := 1

.PHONY: deps configure build demo check bench clean check-sanitize

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

# Any sanitizer report fails the test that triggered it; LSan ignores Qt's and the system
# libraries' one-time allocations listed (with reasons) in tests/sanitize/lsan.supp.
SANITIZE_BUILD ?= build-sanitize
check-sanitize: deps
	@cmake -S . -B $(SANITIZE_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
		-DKAKIYO_SANITIZE=address,undefined $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(SANITIZE_BUILD) -j $(JOBS)
	@ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:abort_on_error=0:strict_string_checks=1 \
		UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
		LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitize/lsan.supp:print_suppressions=0 \
		bash tests/scripts/run-tests.sh $(SANITIZE_BUILD)

clean:
	@rm -rf $(BUILD)
