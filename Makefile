# Lectern's two front doors. `make demo` and `make test` work on a fresh Debian 12 machine:
# each installs the packages it needs first (scripts/install-deps.sh, through sudo when not
# root), then builds with CMake.

JOBS ?= $(shell nproc)
DEMO_QUERY ?= "siege of Leningrad"

.PHONY: all demo test bench soak fuzz deps build build-dev clean help

all: build

help:
	@echo "make demo   install packages, build, index corpus/ into ./lectern-db, run an example search"
	@echo "make test   install packages, build with ASan/UBSan, run the whole suite through ctest, then the"
	@echo "            concurrency tests under ThreadSanitizer"
	@echo "make bench  release build, then indexing (20,000 and 100,000 reviews), micro and HTTP benchmarks (docs/benchmarks.md)"
	@echo "make soak   release build, then the server under wrk for SOAK_SECONDS (default 300) while an indexer adds and removes reviews"
	@echo "make fuzz   the libFuzzer targets (clang), FUZZ_SECONDS each (default 60)"
	@echo "make build  release build only (build/release/app/lectern)"
	@echo "make clean  remove build/ and lectern-db/"

deps:
	@scripts/install-deps.sh

build: deps
	@cmake --preset release >/dev/null
	@cmake --build --preset release -j $(JOBS)

build-dev: deps
	@cmake --preset dev >/dev/null
	@cmake --build --preset dev -j $(JOBS)

demo: build
	@build/release/app/lectern index corpus --db lectern-db --full
	@build/release/app/lectern index corpus/custom-fields --db lectern-db --field-map title=bookTitle,author=bookAuthor,text=reviewText
	@echo
	@echo '$$ lectern search $(DEMO_QUERY)'
	@build/release/app/lectern search --db lectern-db --highlight ansi --limit 5 $(DEMO_QUERY)
	@echo
	@echo 'Serve the demo index with its search page and JSON API (docs/http-api.md):'
	@echo '  build/release/app/lectern serve --db lectern-db --port 8080'
	@echo '  then open http://127.0.0.1:8080/ (the page), http://127.0.0.1:8080/api/search?q=leningrad (JSON)'


# The browser tests (tests/browser) are part of the suite: `make test` installs chromium and
# playwright-core first, and the configure step fails rather than leave them out.
test: deps
	@scripts/install-browser-test-deps.sh
	@cmake --preset dev -DLECTERN_REQUIRE_BROWSER_TESTS=ON >/dev/null
	@cmake --build --preset dev -j $(JOBS)
	@ctest --preset dev
	@echo "ThreadSanitizer: the concurrency tests (preset tsan)"
	@cmake --preset tsan >/dev/null
	@cmake --build --preset tsan -j $(JOBS)
	@ctest --preset tsan

# Not part of `make test`: speed is shown by printed figures, each against a baseline of the same
# run: the indexers side by side at each size of BENCH_SIZES, the micro-benchmarks, the HTTP
# server at the first size. bench/scaling.sh (not run here) adds 1,000,000 reviews.
BENCH_SIZES ?= 20000 100000
bench: build
	@scripts/install-bench-deps.sh
	@for n in $(BENCH_SIZES); do bench/index_benchmark.sh $$n; echo; done
	@build/release/bench/micro_benchmarks
	@echo
	@bench/serve.sh $(firstword $(BENCH_SIZES))

FUZZ_SECONDS ?= 60
SOAK_SECONDS ?= 300
soak: build
	@scripts/install-bench-deps.sh
	@bench/soak.sh $(SOAK_SECONDS)

fuzz: deps
	@scripts/fuzz.sh $(FUZZ_SECONDS)

clean:
	rm -rf build lectern-db
