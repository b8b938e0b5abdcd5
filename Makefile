# Kakiyo Desk: convenience wrapper around CMake + CTest.
#   make demo   install what is missing, build, launch the app on its embedded sandbox (--demo)
#   make check  install what is missing, build, run every test
#   make bench  build and run the benchmarks (they print their figures)
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=
# ccache hits across checkouts in different folders (CI clones elsewhere).
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_NOHASHDIR := 1

.PHONY: deps configure build demo check bench clean

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

clean:
	@rm -rf $(BUILD)
