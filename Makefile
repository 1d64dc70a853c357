# roadmap: build, test, install. Everything needs only the Swift toolchain (see README.md).
PREFIX ?= /usr/local
DESTDIR ?=
BINDIR = $(DESTDIR)$(PREFIX)/bin
SWIFT ?= swift

.PHONY: all build release test fuzz templates demo install uninstall clean

all: build

build:
	$(SWIFT) build

# Release builds are static executables (start-up is most of a small command's cost); the script
# falls back to linking only the Swift runtime statically where that is not possible.
release:
	bash scripts/release-static.sh

# Tests run optimised: the corpus suites parse thousands of files and are ten times faster so.
# The metadata flag is the release build's (see scripts/release-static.sh), so tests run its code.
TEST_FLAGS = -c release -Xswiftc -enable-testing -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors

test:
	$(SWIFT) build $(TEST_FLAGS) --build-tests
	$(SWIFT) test $(TEST_FLAGS) --skip-build

# libFuzzer on the parser and the edits for FUZZ_SECONDS, seeds from ../shared/corpus (scripts/fuzz.sh).
FUZZ_SECONDS ?= 60
fuzz:
	FUZZ_SECONDS=$(FUZZ_SECONDS) scripts/fuzz.sh

templates:
	python3 scripts/embed-templates.py

demo: build
	$(SWIFT) run --skip-build roadmap status -f Roadmaps/career-roadmap.md

install:
	install -d "$(BINDIR)"
	install -m 0755 -s "$$(bash scripts/release-static.sh)" "$(BINDIR)/roadmap"

uninstall:
	rm -f "$(BINDIR)/roadmap"

clean:
	rm -rf .build .build-release

include Benchmarks/bench.mk
