# Kakiyo Desk: convenience wrapper around CMake + CTest.
#   make demo   install what is missing, build, launch the app on its embedded sandbox (--demo)
#   make check  install what is missing, build, run every test
#   make bench  build and run the benchmarks (they print their figures)
#   make translations  re-extract the strings into resources/translations/*.ts (lupdate)
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=
# ccache hits across checkouts in different folders (CI clones elsewhere).
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_NOHASHDIR := 1

.PHONY: deps configure build demo check bench clean translations

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

translations:
	@bash resources/translations/update.sh

clean:
	@rm -rf $(BUILD)
