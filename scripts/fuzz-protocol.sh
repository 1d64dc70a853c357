#!/bin/sh
# Builds the libFuzzer target of the language server's input side (FuzzProtocol: the JSON reader,
# the base-protocol framer and JSON-RPC messages, the position mapper) and runs it for FUZZ_SECONDS
# on a copy of the seeds: JSONTestSuite's files and framed messages. Settings as scripts/fuzz.sh:
#   FUZZ_SECONDS   how long to run                     (default 60)
#   FUZZ_SUITE     JSONTestSuite's test_parsing folder (default ../shared/jsontestsuite/test_parsing)
#   FUZZ_OUT       build output and crash artifacts    (default fuzz-out)
#   FUZZ_JOBS      parallel fuzzing processes          (default 1)
#   FUZZ_WORK      keep the grown corpus here across runs (default: a scratch copy, removed)
set -eu
export SWIFT_BACKTRACE=enable=no
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
out=${FUZZ_OUT:-fuzz-out}
suite=${FUZZ_SUITE:-../shared/jsontestsuite/test_parsing}
jobs=${FUZZ_JOBS:-1}
mkdir -p "$out/protocol-artifacts"

# The three targets' sources are compiled as one module: the imports between them are dropped in a
# snapshot (so editing while it builds cannot break the build). -O with AddressSanitizer, as fuzz.sh.
sources="Sources/JSONText Sources/JSONRPC Sources/LanguageServerProtocol FuzzProtocol"
binary="$out/fuzz-protocol"
if [ ! -x "$binary" ] || [ -n "$(find $sources -name '*.swift' -newer "$binary" | head -n 1)" ]; then
    echo "fuzz-protocol: building $binary"
    snapshot=$(mktemp -d "${TMPDIR:-/tmp}/roadmap-fuzz-protocol-src.XXXXXX")
    cp -R $sources "$snapshot"/
    find "$snapshot" -name '*.swift' -exec sed -i.orig -e '/^import JSONText$/d' -e '/^import JSONRPC$/d' {} \;
    if ! swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name FuzzProtocol \
        $(find "$snapshot" -name '*.swift' | sort) -o "$binary.new" > "$out/protocol-build.log" 2>&1; then
        grep -v 'Cannot export local symbol' "$out/protocol-build.log" >&2
        rm -rf "$snapshot"
        exit 1
    fi
    mv "$binary.new" "$binary"
    rm -rf "$snapshot"
fi

if [ -n "${FUZZ_WORK:-}" ]; then
    corpus=$FUZZ_WORK
    mkdir -p "$corpus"
else
    corpus=$(mktemp -d "${TMPDIR:-/tmp}/roadmap-fuzz-protocol-corpus.XXXXXX")
    trap 'rm -rf "$corpus"' EXIT
fi
if [ -d "$suite" ]; then
    cp "$suite"/*.json "$corpus"/
else
    echo "SKIP fuzz-protocol seeds: $suite not found"
fi
printf 'Content-Length: 58\r\n\r\n{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}' > "$corpus/seed-initialize"
printf 'Content-Length: 2\r\ncontent-type: x\r\n\r\n{}Content-Length: 3\r\n\r\n[1]' > "$corpus/seed-two"
printf '# Plan\r\n- [ ] a \xF0\x9F\x93\x85 2026-01-01\r- [x] \xC3\xA9\xFF\n' > "$corpus/seed-document"
echo "fuzz-protocol: $(ls "$corpus" | wc -l) seed files, $seconds s, $jobs job(s)"

"$binary" "$corpus" -max_total_time="$seconds" -max_len=${FUZZ_MAX_LEN:-4096} -timeout=10 -rss_limit_mb=4096 -detect_leaks=0 \
    -artifact_prefix="$out/protocol-artifacts/" -print_final_stats=1 -dict=FuzzProtocol/protocol.dict \
    $([ "$jobs" -gt 1 ] && echo "-jobs=$jobs -workers=$jobs") ${FUZZ_FLAGS:-}
