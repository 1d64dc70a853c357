#!/bin/sh
# Builds the libFuzzer target of the language server's input side (FuzzProtocol: the JSON reader,
# the base-protocol framer and JSON-RPC messages, the position mapper) and runs it for FUZZ_SECONDS
# on a copy of the seeds: JSONTestSuite's files and framed messages.
#   FUZZ_SUITE     JSONTestSuite's test_parsing folder (default ../shared/jsontestsuite/test_parsing)
# and the settings of scripts/fuzz-lib.sh (FUZZ_SECONDS, FUZZ_OUT, FUZZ_JOBS, FUZZ_WORK).
set -eu
cd "$(dirname "$0")/.."
. scripts/fuzz-lib.sh
suite=${FUZZ_SUITE:-../shared/jsontestsuite/test_parsing}
mkdir -p "$out/protocol-artifacts"

# The three targets' sources, the UTF-8 rule below them and the fuzz target, compiled as one module.
sources="Sources/UTF8Bytes Sources/JSONText Sources/JSONRPC Sources/LanguageServerProtocol FuzzProtocol"
fuzz_build fuzz-protocol "$out/fuzz-protocol" "$out/protocol-build.log" "$sources" "$sources" "UTF8Bytes JSONText JSONRPC" \
    -module-name FuzzProtocol

fuzz_corpus fuzz-protocol
if [ -d "$suite" ]; then
    cp "$suite"/*.json "$corpus"/
else
    echo "SKIP fuzz-protocol seeds: $suite not found"
fi
printf 'Content-Length: 58\r\n\r\n{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}' > "$corpus/seed-initialize"
printf 'Content-Length: 2\r\ncontent-type: x\r\n\r\n{}Content-Length: 3\r\n\r\n[1]' > "$corpus/seed-two"
printf '# Plan\r\n- [ ] a \xF0\x9F\x93\x85 2026-01-01\r- [x] \xC3\xA9\xFF\n' > "$corpus/seed-document"
echo "fuzz-protocol: $(ls "$corpus" | wc -l) seed files, $seconds s, $jobs job(s)"

fuzz_run "$out/fuzz-protocol" "$out/protocol-artifacts" FuzzProtocol/protocol.dict
