# roadmap: build, test, install. Everything needs only the Swift toolchain (see README.md).
PREFIX ?= /usr/local
DESTDIR ?=
BINDIR = $(DESTDIR)$(PREFIX)/bin
SWIFT ?= swift
# Release builds link the Swift runtime statically: start-up is most of a small command's cost.
RELEASE_FLAGS = -c release --static-swift-stdlib

.PHONY: all build release test demo install uninstall clean

all: build

build:
	$(SWIFT) build

release:
	$(SWIFT) build $(RELEASE_FLAGS)

test:
	$(SWIFT) build
	$(SWIFT) test

demo: build
	$(SWIFT) run --skip-build roadmap status -f Roadmaps/career-roadmap.md

install: release
	install -d "$(BINDIR)"
	install -m 0755 "$$($(SWIFT) build $(RELEASE_FLAGS) --show-bin-path)/roadmap" "$(BINDIR)/roadmap"

uninstall:
	rm -f "$(BINDIR)/roadmap"

clean:
	rm -rf .build
