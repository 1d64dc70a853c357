# Benchmark targets, for the main Makefile to `include Benchmarks/bench.mk`
# (or run alone: make -f Benchmarks/bench.mk bench). See Benchmarks/README.md.
#
#   make bench                                  release static build, all sizes (< 10 min on 2 cores)
#   BENCH_QUICK=1 make bench                    fewer runs, no XL
#   ROADMAP_BIN=path/to/roadmap make bench      measure a given binary
#   make release-static                         just the benchmark build (prints the binary path)

BENCH_DIR := $(dir $(lastword $(MAKEFILE_LIST)))

.PHONY: bench release-static

bench:
	bash $(BENCH_DIR)run.sh

# Release, Swift runtime linked statically (-static-executable; falls back to
# -static-stdlib), linked from the objects `make test` compiles (.build/static/roadmap).
release-static:
	bash scripts/release-static.sh

# Start-up of a trivial Swift program per link mode, beside /bin/true (which mode release-static uses).
.PHONY: bench-link
bench-link:
	bash $(BENCH_DIR)link-probe.sh
