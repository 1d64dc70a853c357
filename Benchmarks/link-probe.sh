#!/usr/bin/env bash
# Which release link mode starts fastest here? Builds a trivial Foundation-free Swift program
# (`probe --version`) dynamically, with --static-swift-stdlib and with -static-executable, and
# times each beside /bin/true with hyperfine (shell-less, medians). Prints a markdown table.
# Release-static.sh uses the winner; rerun this when the toolchain or the machine changes.
#
#   make bench-link        (or: bash Benchmarks/link-probe.sh)
set -euo pipefail
export LC_ALL=C
RUNS=${PROBE_RUNS:-1000}
DIR=$(mktemp -d "${TMPDIR:-/tmp}/roadmap-link-probe.XXXXXX")
trap 'rm -rf "$DIR"' EXIT
mkdir -p "$DIR/Sources/probe" "$DIR/bin"
cat > "$DIR/Package.swift" <<'EOF'
// swift-tools-version:6.0
import PackageDescription
let package = Package(name: "probe", targets: [.executableTarget(name: "probe")])
EOF
cat > "$DIR/Sources/probe/main.swift" <<'EOF'
#if canImport(Glibc)
import Glibc
#endif
let arguments = CommandLine.arguments
if arguments.count > 1 && arguments[1] == "--version" {
    print("probe 0.1.0")
} else {
    print("usage: probe --version")
    exit(64)
}
EOF

cmds=(-n /bin/true "/bin/true --version")
for mode in dynamic static-stdlib static-executable; do
    case $mode in
        dynamic) flags=() ;;
        static-stdlib) flags=(--static-swift-stdlib) ;;
        static-executable) flags=(-Xswiftc -static-executable) ;;
    esac
    if (cd "$DIR" && rm -rf .build-bench && swift build -c release "${flags[@]}" --scratch-path .build-bench) >"$DIR/$mode.log" 2>&1 \
        && "$DIR/.build-bench/release/probe" --version >/dev/null; then
        cp "$DIR/.build-bench/release/probe" "$DIR/bin/$mode"
        cmds+=(-n "$mode" "$DIR/bin/$mode --version")
        echo "link-probe: $mode builds and runs ($(stat -c %s "$DIR/bin/$mode") bytes)" >&2
    else
        echo "link-probe: $mode does not work here; see the log:" >&2
        tail -n 5 "$DIR/$mode.log" >&2
    fi
done

((${#cmds[@]} > 2)) || { echo "link-probe: no Swift build worked" >&2; exit 1; }
hyperfine -N --warmup 50 --runs "$RUNS" --export-json "$DIR/probe.json" "${cmds[@]}" >&2
python3 - "$DIR/probe.json" <<'EOF'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = results[0]["median"]
print("| build | median ms | ÷ /bin/true |")
print("|---|---:|---:|")
for r in results:
    print(f"| {r['command']} | {r['median'] * 1000:.3f} | {r['median'] / base:.2f}× |")
EOF
