#!/usr/bin/env bash
# Builds the release `roadmap`: a static executable, linked from the same optimised objects that
# `make test` compiles, so one release build serves the tests, `make install`, `make dist` and
# `make bench`. Prints the binary's path on stdout (.build/static/roadmap), the build log on stderr.
#
#   scripts/release-static.sh           build (a no-op when up to date) and link
#   scripts/release-static.sh --flags   print the swift build flags (the Makefile's TEST_FLAGS)
#
# One build, not two: the tests import the modules @testable, which needs -enable-testing; the
# product is compiled with the same flags in the same scratch folder (.build), so after
# `make test` the release binary is a link away. The link is SwiftPM's own link command for the
# product (read from its build manifest) with -static-executable instead of a dynamic link.
# Before (until 0.1.0) install and bench compiled everything a second time in .build-release.
#
# Fastest start-up first: a fully static executable (`-static-executable`: Swift runtime and
# glibc linked in, no dynamic loader at all) starts in about 0.4 ms here, faster than the
# dynamically linked /bin/true (0.85 ms); `-static-stdlib` alone still loads libc, libm,
# libstdc++ and libgcc_s through ld.so and takes about 1.4 ms; the default dynamic build about
# 3.4 ms. `-static-executable` needs glibc's static libraries (libc6-dev) and a product that does
# not import Foundation. If it fails to link, fall back to `-static-stdlib` and say so.
#
# ROADMAP_LINK=static-executable|static-stdlib|dynamic forces one mode; ROADMAP_SCRATCH another
# scratch folder (default .build).
set -euo pipefail
cd "$(dirname "$0")/.."

# Generic type metadata (`[Goal]`'s storage and the like) through accessor calls instead of
# mangled-name look-ups: each first use of a type demangled its name, about 10,000 instructions,
# some 45 types a run. status --json on the bundled roadmap: 2.28M -> 1.93M instructions, 2.32 ->
# 2.07 ms (perf stat, 200 runs).
# Warnings are errors in every target (all of them the project's own: there are no dependencies),
# for `make test` and CI, which build with these flags.
FLAGS=(-c release -Xswiftc -enable-testing -Xswiftc -warnings-as-errors -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors)
if [[ ${1:-} == --flags ]]; then echo "${FLAGS[*]}"; exit 0; fi

SCRATCH=${ROADMAP_SCRATCH:-.build}
OUT=$SCRATCH/static
mode=${ROADMAP_LINK:-static-executable}

if [[ $mode == static-executable ]] && ! [[ -e /usr/lib/x86_64-linux-gnu/libc.a || -e /usr/lib/aarch64-linux-gnu/libc.a || -e /usr/lib/libc.a ]]; then
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
        echo "release-static: glibc static libraries missing; installing libc6-dev" >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libc6-dev >&2 || true
    fi
fi

echo "release-static: swift build ${FLAGS[*]} --product roadmap --scratch-path $SCRATCH" >&2
swift build "${FLAGS[@]}" --product roadmap --scratch-path "$SCRATCH" >&2
product=$SCRATCH/release/roadmap   # SwiftPM's own, dynamically linked; relinked when an object changes

# SwiftPM's link command for the product, one argument per line.
link_command() {
    python3 - "$SCRATCH/release.yaml" <<'PY'
import json, re, sys
manifest = open(sys.argv[1], encoding="utf-8").read()
block = re.search(r'^  "C\.roadmap-[^"]*-release\.exe":\n((?:    .*\n)+)', manifest, re.M)
args = re.search(r'^    args: (\[.*\])$', block.group(1), re.M)
print("\n".join(json.loads(args.group(1))))
PY
}

link() {
    local m=$1 flags=() args=() a next_is_output=0
    case $m in
        static-executable) flags=(-static-executable) ;;
        static-stdlib) flags=(-static-stdlib) ;;
        dynamic) flags=() ;;
        *) echo "release-static: unknown ROADMAP_LINK=$m" >&2; return 2 ;;
    esac
    mapfile -t original < <(link_command) || return 1
    for a in "${original[@]}"; do
        if ((next_is_output)); then args+=("$OUT/roadmap.tmp"); next_is_output=0; continue; fi
        [[ $a == -o ]] && next_is_output=1
        args+=("$a")
    done
    ((${#args[@]} > 0)) || return 1
    mkdir -p "$OUT"
    echo "release-static: linking $OUT/roadmap ($m)" >&2
    # The static link prints one warning, from glibc's libc.a: "Using 'dlopen' in statically
    # linked applications requires at runtime the shared libraries from the glibc version used
    # for linking". The Swift runtime's LibPrespecialized support calls dlopen; roadmap loads no
    # library, so nothing is ever opened (docs/development.md, "Warnings").
    "${args[@]}" "${flags[@]}" >&2 || return 1
    mv -f "$OUT/roadmap.tmp" "$OUT/roadmap"
    echo "$m" > "$OUT/roadmap.link-mode"
}

if [[ -x $OUT/roadmap && $OUT/roadmap -nt $product && $(cat "$OUT/roadmap.link-mode" 2>/dev/null) == "$mode" ]]; then
    echo "release-static: $OUT/roadmap is up to date" >&2
elif ! link "$mode"; then
    if [[ $mode == static-executable ]]; then
        echo "release-static: -static-executable failed; falling back to -static-stdlib" >&2
        link static-stdlib
    else
        exit 1
    fi
fi
touch "$OUT/roadmap"   # newer than every source make compared, even when nothing was relinked
echo "release-static: built $OUT/roadmap ($(cat "$OUT/roadmap.link-mode"))" >&2
echo "$OUT/roadmap"
