#!/bin/sh
# Builds the libFuzzer target of the language server (FuzzServer: each input a short LSP session
# run through the server in memory; see FuzzServer/FuzzServer.swift) and runs it for FUZZ_SECONDS
# on seeds made of the bundled roadmaps and ../shared/corpus, each behind a session header.
#   FUZZ_CORPUS    more markdown seeds                 (default ../shared/corpus, if present)
# and the settings of scripts/fuzz-lib.sh (FUZZ_SECONDS, FUZZ_OUT, FUZZ_JOBS, FUZZ_WORK).
set -eu
cd "$(dirname "$0")/.."
. scripts/fuzz-lib.sh
seeds=${FUZZ_CORPUS:-../shared/corpus}
mkdir -p "$out/server-artifacts" "$out/server-modules"

# Two modules, as the package has them: the library's targets clash with the protocol's in
# names (both have a TextEdit), which the server tells apart by module. The library (with the
# UTF-8 rule below it) is the module RoadmapKit; the JSON and LSP targets, the server and the fuzz
# target are the second, named LanguageServerProtocol so `LanguageServerProtocol.TextEdit` means
# what it does in the package. ROADMAP_FUZZING makes an inverted range trap (Text/OffsetRange.swift).
library="Sources/UTF8Bytes Sources/RoadmapCore Sources/RoadmapStorage Sources/RoadmapKit"
server="Sources/UTF8Bytes Sources/JSONText Sources/JSONRPC Sources/LanguageServerProtocol Sources/LanguageServer FuzzServer"
server_binary="$out/fuzz-server" server_modules="$out/server-modules"
if fuzz_stale "$server_binary" "$library $server"; then
    echo "fuzz-server: building $server_binary"
    snapshot=$(mktemp -d "${TMPDIR:-/tmp}/roadmap-fuzz-server-src.XXXXXX")
    mkdir "$snapshot/library" "$snapshot/server"
    fuzz_snapshot "$snapshot/library" "$library" "UTF8Bytes RoadmapCore RoadmapStorage"
    fuzz_snapshot "$snapshot/server" "$server" "UTF8Bytes JSONText JSONRPC LanguageServerProtocol"
    fuzz_swiftc "$out/server-library-build.log" "$snapshot" -D ROADMAP_FUZZING -module-name RoadmapKit -package-name roadmap \
        -emit-module -emit-module-path "$server_modules/RoadmapKit.swiftmodule" -emit-library -static -o "$server_modules/libRoadmapKit.a" \
        $(find "$snapshot/library" -name '*.swift' | sort)
    fuzz_swiftc "$out/server-build.log" "$snapshot" -D ROADMAP_FUZZING -module-name LanguageServerProtocol -package-name roadmap \
        -I "$server_modules" $(find "$snapshot/server" -name '*.swift' | sort) "$server_modules/libRoadmapKit.a" -o "$server_binary.new"
    mv "$server_binary.new" "$server_binary"
    rm -rf "$snapshot"
fi

# A seed is a session header (FuzzInput: flags, program length, program) and a roadmap. The
# program edits, asks every request once and opens a second document, so libFuzzer starts from
# sessions that reach every handler.
fuzz_corpus fuzz-server
header() {
    # flags $1; the program: didChange, codeAction, inlayHint, hover, completion, documentSymbol,
    # workspace/symbol, executeCommand status, executeCommand review, a second document, raw bytes.
    printf "\\$(printf %o "$1")\\067"
    printf '\000\003\005\002\004' # didChange
    printf '\002\004\000\001\003' # codeAction
    printf '\003\000\000\003\000' # inlayHint
    printf '\004\005\003\000\000' # hover
    printf '\005\006\002\000\000' # completion
    printf '\006\000\000\000\000' # documentSymbol
    printf '\007\001\003\000\000' # workspace/symbol
    printf '\010\000\000\000\001' # executeCommand roadmap.status on the document
    printf '\010\001\000\000\000' # executeCommand roadmap.review, no argument
    printf '\211\007\040\000\000' # open the second document
    printf '\002\001\000\002\100' # codeAction again, after it
}
{ find Roadmaps -name '*.md' | sort; [ -d "$seeds" ] && find "$seeds" -type f -name '*.md' -size -64k | sort; } |
    { n=0; while IFS= read -r f; do
        n=$((n + 1))
        { header $((n % 4)); cat "$f"; } > "$corpus/seed-$n"
    done; }
[ -d "$seeds" ] || echo "SKIP fuzz-server corpus seeds: $seeds not found"
echo "fuzz-server: $(ls "$corpus" | wc -l) seed files, $seconds s, $jobs job(s)"

fuzz_run "$server_binary" "$out/server-artifacts" FuzzServer/server.dict
