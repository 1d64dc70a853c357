#!/usr/bin/env bash
# Builds `roadmap` for benchmarking: release mode, Swift runtime linked statically, in
# .build-release (never the default .build). Prints the binary's path on stdout, the build log on
# stderr.
#
# Fastest start-up first: a fully static executable (`-static-executable`: Swift runtime and
# glibc linked in, no dynamic loader at all) starts in about 0.4 ms here, faster than the
# dynamically linked /bin/true (0.85 ms); `--static-swift-stdlib` alone still loads libc, libm,
# libstdc++ and libgcc_s through ld.so and takes about 1.4 ms; the default dynamic build about
# 3.4 ms. `-static-executable` needs glibc's static libraries (libc6-dev) and a product that does
# not import Foundation. If it fails to link, fall back to `--static-swift-stdlib` and say so.
#
# ROADMAP_LINK=static-executable|static-stdlib|dynamic forces one mode.
set -euo pipefail
cd "$(dirname "$0")/.."
SCRATCH=${ROADMAP_SCRATCH:-.build-release}
mode=${ROADMAP_LINK:-static-executable}

# Generic type metadata (`[Goal]`'s storage and the like) through accessor calls instead of
# mangled-name look-ups: each first use of a type demangled its name, about 10,000 instructions,
# some 45 types a run. status --json on the bundled roadmap: 2.28M -> 1.93M instructions, 2.32 ->
# 2.07 ms (perf stat, 200 runs). The Makefile's TEST_FLAGS pass the same flag, so the tests run
# the code this builds.
CODEGEN=(-Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors)

build() {
    local m=$1 flags=()
    case $m in
        static-executable) flags=(-Xswiftc -static-executable) ;;
        static-stdlib) flags=(--static-swift-stdlib) ;;
        dynamic) flags=() ;;
        *) echo "release-static: unknown ROADMAP_LINK=$m" >&2; return 2 ;;
    esac
    flags+=("${CODEGEN[@]}")
    echo "release-static: swift build -c release --product roadmap ${flags[*]} --scratch-path $SCRATCH" >&2
    # The static link warns that LibPrespecialized may dlopen; roadmap does not rely on it.
    swift build -c release --product roadmap "${flags[@]}" --scratch-path "$SCRATCH" >&2 || return 1
    bin="$(swift build -c release "${flags[@]}" --scratch-path "$SCRATCH" --show-bin-path)/roadmap"
    echo "$m" > "$SCRATCH/roadmap.link-mode"
}

if [[ $mode == static-executable ]] && ! [[ -e /usr/lib/x86_64-linux-gnu/libc.a || -e /usr/lib/aarch64-linux-gnu/libc.a || -e /usr/lib/libc.a ]]; then
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
        echo "release-static: glibc static libraries missing; installing libc6-dev" >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libc6-dev >&2 || true
    fi
fi

if ! build "$mode"; then
    if [[ $mode == static-executable ]]; then
        echo "release-static: -static-executable failed; falling back to --static-swift-stdlib" >&2
        mode=static-stdlib
        build "$mode"
    else
        exit 1
    fi
fi
echo "release-static: built $bin ($mode)" >&2
echo "$bin"
