#!/bin/sh
# Builds the libFuzzer target and runs it for FUZZ_SECONDS (default 60) on a copy of the seed corpus.
# Used by `make fuzz` and by CI for a short burst. Needs a Linux Swift toolchain (-sanitize=fuzzer).
#   FUZZ_SECONDS   how long to run                     (default 60)
#   FUZZ_CORPUS    seed corpus directory               (default ../shared/corpus, if present)
#   FUZZ_OUT       build output and crash artifacts    (default fuzz-out)
#   FUZZ_JOBS      parallel fuzzing processes          (default 1)
#   FUZZ_WORK      keep the grown corpus here across runs (default: a scratch copy, removed)
set -eu
# libFuzzer and AddressSanitizer print the stack; the Swift backtracer would only slow a crash down.
export SWIFT_BACKTRACE=enable=no
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
out=${FUZZ_OUT:-fuzz-out}
seeds=${FUZZ_CORPUS:-../shared/corpus}
jobs=${FUZZ_JOBS:-1}
mkdir -p "$out/artifacts"

# ROADMAP_FUZZING makes a range built inverted from parsed offsets trap (Text/OffsetRange.swift).
# -O removes the bounds checks of unsafe buffer accesses; AddressSanitizer puts them back (an
# out-of-range read in the scanner is reported, not silently garbage) at a fraction of the cost of
# -Onone. Rebuilt only when a source is newer than the binary.
binary="$out/fuzz-roadmap"
# The library's three targets (Sources/RoadmapCore, RoadmapStorage, RoadmapKit) are compiled as one
# module, so the invariants reach internal facts; the files that only import one target into
# another (Exports.swift) are left out, there being no modules to import.
library="Sources/RoadmapCore Sources/RoadmapStorage Sources/RoadmapKit"
if [ ! -x "$binary" ] || [ -n "$(find $library Tests/RoadmapTestSupport/Invariants Fuzz -name '*.swift' -newer "$binary" | head -n 1)" ]; then
    echo "fuzz: building $binary"
    # From a snapshot of the sources, so editing while it builds cannot break the build.
    snapshot=$(mktemp -d "${TMPDIR:-/tmp}/roadmap-fuzz-src.XXXXXX")
    cp -R $library Tests/RoadmapTestSupport/Invariants Fuzz "$snapshot"/
    find "$snapshot" -name Exports.swift -delete
    # One module here: an import of the package's own modules names nothing (a source may import
    # the layer below it explicitly; the library targets then compile as they do in SwiftPM).
    find "$snapshot" -name '*.swift' -exec sed -i -e '/^import RoadmapCore$/d' -e '/^import RoadmapStorage$/d' -e '/^@_exported import Roadmap/d' {} +
    if ! swiftc -sanitize=fuzzer,address -parse-as-library -O -D ROADMAP_FUZZING -module-name FuzzRoadmap -package-name roadmap \
        $(find "$snapshot" -name '*.swift' | sort) -o "$binary.new" > "$out/build.log" 2>&1; then
        grep -v 'Cannot export local symbol' "$out/build.log" >&2
        rm -rf "$snapshot"
        exit 1
    fi
    mv "$binary.new" "$binary"
    rm -rf "$snapshot"
fi

# The corpus libFuzzer grows is a scratch copy: the shared seeds are never written to.
if [ -n "${FUZZ_WORK:-}" ]; then
    corpus=$FUZZ_WORK
    mkdir -p "$corpus"
else
    corpus=$(mktemp -d "${TMPDIR:-/tmp}/roadmap-fuzz-corpus.XXXXXX")
    trap 'rm -rf "$corpus"' EXIT
fi
if [ -d "$seeds" ]; then
    n=0
    find "$seeds" -type f \( -name '*.md' -o -name '*.txt' -o -name '*.markdown' \) -size -256k | while IFS= read -r f; do
        n=$((n + 1))
        cp "$f" "$corpus/seed-$n"
    done
fi
cp Tests/RoadmapKitTests/Fixtures/fuzz/* "$corpus"/ 2>/dev/null || true
echo "fuzz: $(ls "$corpus" | wc -l) seed files, $seconds s, $jobs job(s)"

"$binary" "$corpus" -max_total_time="$seconds" -max_len=${FUZZ_MAX_LEN:-4096} -timeout=10 -rss_limit_mb=4096 -detect_leaks=0 \
    -artifact_prefix="$out/artifacts/" -print_final_stats=1 -dict=Fuzz/markdown.dict \
    $([ "$jobs" -gt 1 ] && echo "-jobs=$jobs -workers=$jobs") ${FUZZ_FLAGS:-}
