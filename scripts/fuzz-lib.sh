# What scripts/fuzz.sh and scripts/fuzz-protocol.sh share, sourced by both from the package root:
# the settings, building a libFuzzer binary from a snapshot of sources compiled as one module, the
# scratch corpus, and libFuzzer's command line. The scripts differ only in what they compile and
# which seeds they start from. Settings (environment):
#   FUZZ_SECONDS   how long to run                     (default 60)
#   FUZZ_OUT       build output and crash artifacts    (default fuzz-out)
#   FUZZ_JOBS      parallel fuzzing processes          (default 1)
#   FUZZ_WORK      keep the grown corpus here across runs (default: a scratch copy, removed)
#   FUZZ_MAX_LEN, FUZZ_FLAGS   passed on to libFuzzer

# libFuzzer and AddressSanitizer print the stack; the Swift backtracer would only slow a crash down.
export SWIFT_BACKTRACE=enable=no
seconds=${FUZZ_SECONDS:-60}
out=${FUZZ_OUT:-fuzz-out}
jobs=${FUZZ_JOBS:-1}

# fuzz_snapshot DIR SOURCES MODULES: copies the SOURCES folders into DIR to be compiled as one
# module, so editing while it builds cannot break the build. There the files that only re-export
# a target (Exports.swift) go, and so do the imports of MODULES (the package's own modules, which
# name nothing there); each file's name gets its folder's in front, as two targets may both have
# a TextSync.swift and one module may not.
fuzz_snapshot() {
    # sh has no local variables: these names are the function's own, so a caller's stay as they were.
    snapshot_dir=$1 snapshot_sources=$2 snapshot_modules=$3
    cp -R $snapshot_sources "$snapshot_dir"/
    find "$snapshot_dir" -name Exports.swift -delete
    for snapshot_module in $snapshot_modules; do
        find "$snapshot_dir" -name '*.swift' -exec sed -i -e "/^import $snapshot_module\$/d" -e "/^@_exported import $snapshot_module\$/d" {} +
    done
    for snapshot_folder in "$snapshot_dir"/*/; do
        snapshot_prefix=$(basename "$snapshot_folder")
        find "$snapshot_folder" -name '*.swift' | while IFS= read -r file; do
            mv "$file" "$(dirname "$file")/${snapshot_prefix}_$(basename "$file")"
        done
    done
}

# fuzz_stale BINARY WATCHED: true when BINARY is missing or a .swift file below WATCHED is newer.
fuzz_stale() {
    ! [ -x "$1" ] || [ -n "$(find $2 -name '*.swift' -newer "$1" | head -n 1)" ]
}

# fuzz_swiftc LOG SNAPSHOT [SWIFTC ARGUMENTS...]: compiles with libFuzzer's coverage and
# AddressSanitizer. -O removes the bounds checks of unsafe buffer accesses; AddressSanitizer puts
# them back (an out-of-range read is reported, not silently garbage) at a fraction of the cost of
# -Onone. On failure prints the log, removes SNAPSHOT and exits.
fuzz_swiftc() {
    log=$1 snapshot=$2
    shift 2
    if ! swiftc -sanitize=fuzzer,address -parse-as-library -O "$@" > "$log" 2>&1; then
        grep -v 'Cannot export local symbol' "$log" >&2
        rm -rf "$snapshot"
        exit 1
    fi
}

# fuzz_build NAME BINARY LOG WATCHED SOURCES MODULES [SWIFTC FLAGS...]
# Builds BINARY, when stale, from a snapshot of the SOURCES folders compiled as one module.
fuzz_build() {
    name=$1 binary=$2 log=$3 watched=$4 sources=$5 modules=$6
    shift 6
    fuzz_stale "$binary" "$watched" || return 0
    echo "$name: building $binary"
    snapshot=$(mktemp -d "${TMPDIR:-/tmp}/roadmap-$name-src.XXXXXX")
    fuzz_snapshot "$snapshot" "$sources" "$modules"
    fuzz_swiftc "$log" "$snapshot" "$@" $(find "$snapshot" -name '*.swift' | sort) -o "$binary.new"
    mv "$binary.new" "$binary"
    rm -rf "$snapshot"
}

# fuzz_corpus NAME: sets `corpus` to FUZZ_WORK, or to a scratch folder removed on exit. The corpus
# libFuzzer grows is a copy: the shared seeds are never written to.
fuzz_corpus() {
    if [ -n "${FUZZ_WORK:-}" ]; then
        corpus=$FUZZ_WORK
        mkdir -p "$corpus"
    else
        corpus=$(mktemp -d "${TMPDIR:-/tmp}/roadmap-$1-corpus.XXXXXX")
        trap 'rm -rf "$corpus"' EXIT
    fi
}

# fuzz_run BINARY ARTIFACTS DICTIONARY: libFuzzer on `corpus` for `seconds`.
fuzz_run() {
    "$1" "$corpus" -max_total_time="$seconds" -max_len=${FUZZ_MAX_LEN:-4096} -timeout=10 -rss_limit_mb=4096 -detect_leaks=0 \
        -artifact_prefix="$2/" -print_final_stats=1 -dict="$3" \
        $([ "$jobs" -gt 1 ] && echo "-jobs=$jobs -workers=$jobs") ${FUZZ_FLAGS:-}
}
