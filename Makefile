# Kakiyo Desk: convenience wrapper around CMake + CTest.
#   make demo   install what is missing, build, launch the app on its embedded sandbox (--demo)
#   make check  install what is missing, build, run every test
#   make bench  build and run the benchmarks (they print their figures)
#   make lint   clang-format and clang-tidy checks (CI runs them after the tests)
#   make format rewrite every C++ file with clang-format
#   make fuzz   build the libFuzzer targets (clang) and run each for FUZZ_SECONDS (default 10)
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=
# ccache hits across checkouts in different folders (CI clones elsewhere).
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_NOHASHDIR := 1

.PHONY: deps configure build demo check bench lint format fuzz clean

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

fuzz: deps
	@bash tests/scripts/fuzz.sh $(or $(FUZZ_SECONDS),10)

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	@rm -rf $(BUILD)
