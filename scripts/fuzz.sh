#!/bin/sh
# Builds the libFuzzer target and runs it for FUZZ_SECONDS (default 60) on a copy of the seed corpus.
# Used by `make fuzz` and by CI for a short burst. Needs a Linux Swift toolchain (-sanitize=fuzzer).
#   FUZZ_CORPUS    seed corpus directory               (default ../shared/corpus, if present)
# and the settings of scripts/fuzz-lib.sh (FUZZ_SECONDS, FUZZ_OUT, FUZZ_JOBS, FUZZ_WORK).
set -eu
cd "$(dirname "$0")/.."
. scripts/fuzz-lib.sh
seeds=${FUZZ_CORPUS:-../shared/corpus}
mkdir -p "$out/artifacts"

# The library's three targets (Sources/RoadmapCore, RoadmapStorage, RoadmapKit) and the UTF-8 rule
# below them (Sources/UTF8Bytes) are compiled as one module, so the invariants reach internal facts. ROADMAP_FUZZING makes a range built inverted from
# parsed offsets trap (Text/OffsetRange.swift).
library="Sources/UTF8Bytes Sources/RoadmapCore Sources/RoadmapStorage Sources/RoadmapKit"
fuzz_build fuzz "$out/fuzz-roadmap" "$out/build.log" "$library Tests/RoadmapTestSupport/Invariants Fuzz" \
    "$library Tests/RoadmapTestSupport/Invariants Fuzz" "UTF8Bytes RoadmapCore RoadmapStorage" \
    -D ROADMAP_FUZZING -module-name FuzzRoadmap -package-name roadmap

fuzz_corpus fuzz
if [ -d "$seeds" ]; then
    n=0
    find "$seeds" -type f \( -name '*.md' -o -name '*.txt' -o -name '*.markdown' \) -size -256k | while IFS= read -r f; do
        n=$((n + 1))
        cp "$f" "$corpus/seed-$n"
    done
fi
cp Tests/RoadmapKitTests/Fixtures/fuzz/* "$corpus"/ 2>/dev/null || true
echo "fuzz: $(ls "$corpus" | wc -l) seed files, $seconds s, $jobs job(s)"

fuzz_run "$out/fuzz-roadmap" "$out/artifacts" Fuzz/markdown.dict
