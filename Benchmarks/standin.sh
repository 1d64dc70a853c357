#!/usr/bin/env bash
# Stand-in for the `roadmap` CLI, only for testing the benchmark harness before the real CLI lands:
#
#   ROADMAP_BIN=Benchmarks/standin.sh BENCH_QUICK=1 make -f Benchmarks/bench.mk bench
#
# It speaks the subset of the CLI that `make bench` uses (`--version`, `status --json -f FILE`,
# `list --json -f FILE`, `check ID -f FILE --no-date`). Goals come from STANDIN_PARSER, a program
# that prints one `LINE STATE QUOTED` line per goal of the file given as argument (the debug
# driver in Sources/roadmap/main.swift before the CLI); without one, from an awk scanner that
# knows fences and task list items. Its numbers say nothing about the real CLI's speed.
set -euo pipefail
export LC_ALL=C

goals() {
    local parser=${STANDIN_PARSER:-}
    if [[ -n $parser && -x $parser ]]; then
        "$parser" "$1"
        return
    fi
    awk '
        { sub(/\r$/, "") }
        fence != "" { if ($0 ~ "^ ? ? ?" fence) fence = ""; next }
        /^ ? ? ?(```|~~~)/ { match($0, /(```|~~~)/); fence = substr($0, RSTART, 3); next }
        {
            q = "-"; s = $0
            if (s ~ /^[ \t]*>/) { q = "q"; sub(/^([ \t]*>)+[ \t]?/, "", s) }
            if (match(s, /^[ \t]*([-*+]|[0-9]+[.)])[ \t]+\[[^][]\]([ \t]|$)/)) {
                c = substr(s, index(s, "[") + 1, 1)
                st = (c == " ") ? "open" : (c == "x" || c == "X") ? "done" : (c == "/") ? "inProgress" : (c == "-") ? "cancelled" : "other"
                print NR, st, q
            }
        }' "$1"
}

cmd=${1:-}
shift || true
file="" id=""
while (($#)); do
    case $1 in
        -f) file=$2; shift 2 ;;
        --json) shift ;;  # always JSON
        --no-date) shift ;;
        *) id=$1; shift ;;
    esac
done

case $cmd in
    --version) echo "roadmap 0.0.0-standin" ;;
    status)
        goals "$file" | awk -v f="$file" '
            { n[$2]++; t++ }
            END { printf "{\"file\":\"%s\",\"goals\":%d,\"open\":%d,\"done\":%d,\"inProgress\":%d,\"cancelled\":%d}\n",
                  f, t, n["open"], n["done"], n["inProgress"], n["cancelled"] }' ;;
    list)
        goals "$file" | awk '
            BEGIN { printf "[" }
            { printf "%s{\"id\":%d,\"line\":%d,\"state\":\"%s\"}", (NR > 1 ? "," : ""), NR, $1, $2 }
            END { print "]" }' ;;
    check)
        line=$(goals "$file" | awk -v id="$id" 'NR == id { print $1; exit }')
        [[ -n $line ]] || { echo "Error: no goal $id in $file" >&2; exit 1; }
        tmp=$(mktemp "$file.XXXXXX")
        awk -v n="$line" 'NR == n { sub(/\[ \]/, "[x]") } { print }' "$file" > "$tmp"
        mv "$tmp" "$file" ;;
    *) echo "Error: standin.sh does not know '$cmd'" >&2; exit 64 ;;
esac
