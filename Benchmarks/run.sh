#!/usr/bin/env bash
# `make bench`: times the roadmap CLI against simple references on generated roadmaps of four
# sizes and prints a markdown table with a pass/fail per target (Benchmarks/README.md).
#
# Environment:
#   ROADMAP_BIN    binary to measure (default: build release, statically linked, with
#                  scripts/release-static.sh). Benchmarks/standin.sh tests the harness alone.
#   BENCH_QUICK=1  fewer runs, sizes S M L only (iterating on the harness).
#   BENCH_SIZES    sizes to run, e.g. "S M" (default: S M L L-crlf XL; quick: S M L).
#   BENCH_PEERS=0  skip the Taskwarrior / todo.txt rows (and do not try to install them).
#   BENCH_STRICT=1 exit 1 when a target fails.
#   BENCH_OUT      output folder (default: bench-out).
#
# Output: the table on stdout and in bench-out/latest.md; hyperfine JSON, memory figures and the
# log in bench-out/raw/; generated roadmaps cached in bench-out/data/ (regenerated when
# generate.py changes).
set -euo pipefail
export LC_ALL=C

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
OUT=${BENCH_OUT:-$ROOT/bench-out}
RAW=$OUT/raw
DATA=$OUT/data
WORK=$OUT/work
QUICK=${BENCH_QUICK:-0}
START=$(date +%s)

mkdir -p "$RAW" "$DATA" "$WORK"
rm -f "$RAW"/*.json "$RAW"/*.tsv "$RAW"/*.log "$RAW"/*.txt
NOTES=$RAW/notes.txt
CONTEXT=$RAW/context.tsv
LOG=$RAW/hyperfine.log
: > "$NOTES"
: > "$CONTEXT"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/roadmap-bench.XXXXXX")
# `check` keeps an undo journal in the XDG state directory: a fresh one per run, so every run
# pays for the journal as a person's would, and none depends on (or fills) the caller's own.
export XDG_STATE_HOME=$TMP/state
trap 'rm -rf "$TMP"' EXIT

log() { echo "bench: $*" >&2; }
note() { log "$*"; echo "$*" >> "$NOTES"; }
die() { echo "bench: error: $*" >&2; exit 1; }
ctx() { printf '%s\t%s\n' "$1" "$2" >> "$CONTEXT"; }
q() { printf "'%s'" "$1"; }   # quote a path for hyperfine's command-line splitting
jget() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$1" "$2"; }

# ---------------------------------------------------------------------------------------------
# Tools: install what is missing through apt when we can, or skip with a clear line.
APT_UPDATED=0
apt_install() {
    [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null || return 1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >>"$RAW/apt.log" 2>&1 && return 0
    ((APT_UPDATED)) && return 1
    APT_UPDATED=1
    apt-get update -qq >>"$RAW/apt.log" 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >>"$RAW/apt.log" 2>&1
}
need() {  # need COMMAND PACKAGE
    command -v "$1" >/dev/null && return 0
    log "installing $2 (for $1)"
    apt_install "$2" && command -v "$1" >/dev/null
}

command -v python3 >/dev/null || die "python3 is required"
need hyperfine hyperfine || die "hyperfine is required and could not be installed (apt-get install -y hyperfine)"
HAVE_CMARK=1
need cmark-gfm cmark-gfm || { HAVE_CMARK=0; note "cmark-gfm is not installed and could not be installed: cmark-gfm rows skipped."; }
if [[ ! -x /usr/bin/time ]]; then log "installing time (for /usr/bin/time)"; apt_install time || true; fi
if /usr/bin/time -f %M -o /dev/null true 2>/dev/null; then
    MEM_METHOD="GNU time -f %M (the kernel's ru_maxrss of the process)"
    peak_kb() { /usr/bin/time -f %M -o "$TMP/time.out" "$@" >/dev/null 2>"$TMP/peak.err" && tail -n 1 "$TMP/time.out"; }
else
    MEM_METHOD="python3 os.wait4 ru_maxrss (GNU time unavailable)"
    peak_kb() {
        python3 -c 'import os, sys
pid = os.fork()
if pid == 0:
    fd = os.open(os.devnull, os.O_WRONLY); os.dup2(fd, 1); os.dup2(fd, 2)
    os.execvp(sys.argv[1], sys.argv[1:])
_, status, ru = os.wait4(pid, 0)
sys.exit(1) if status else print(ru.ru_maxrss)' "$@"
    }
fi
ctx mem_method "$MEM_METHOD"
ctx hyperfine "$(hyperfine --version)"
((HAVE_CMARK)) && ctx cmark "$(cmark-gfm --version | head -n 1)"

# ---------------------------------------------------------------------------------------------
# The binary under test.
if [[ -n ${ROADMAP_BIN:-} ]]; then
    BIN=$ROADMAP_BIN
    [[ $BIN == */* ]] && BIN=$(realpath "$BIN") || BIN=$(command -v "$BIN" || echo "$BIN")
    ctx build "given as ROADMAP_BIN"
else
    log "building roadmap (release, static) with scripts/release-static.sh"
    BIN=$(scripts/release-static.sh 2>"$RAW/build.log") || { cat "$RAW/build.log" >&2; die "release build failed"; }
    ctx build "release, $(cat "$(dirname "$BIN")/roadmap.link-mode") (scripts/release-static.sh)"
fi
[[ -x $BIN ]] || die "ROADMAP_BIN=$BIN is not an executable file"
VERSION=$("$BIN" --version 2>&1 | head -n 1) || die "'$BIN --version' failed: the benchmark needs the CLI (roadmap --version, status --json -f, list --json -f, check ID -f FILE --no-date). To test the harness alone: ROADMAP_BIN=Benchmarks/standin.sh"
ctx binary "$BIN"
ctx version "$VERSION"
[[ $BIN == */standin.sh ]] && note "ROADMAP_BIN is the stand-in script (Benchmarks/standin.sh): its figures test the harness, not the CLI."

# ---------------------------------------------------------------------------------------------
# Run plan.
if ((QUICK)); then
    SIZES=${BENCH_SIZES:-S M L}
    START_RUNS=100 START_ROUNDS=10
    declare -A RUNS=([S]=10 [M]=10 [L]=6 [L-crlf]=6 [XL]=3) WARM=([S]=2 [M]=2 [L]=1 [L-crlf]=1 [XL]=1)
    declare -A ROUNDS=([S]=2 [M]=2 [L]=2 [L-crlf]=2 [XL]=1)
    MEM_RUNS=1 PEER_RUNS=4 PEER_ROUNDS=2
else
    SIZES=${BENCH_SIZES:-S M L L-crlf XL}
    START_RUNS=500 START_ROUNDS=50
    declare -A RUNS=([S]=50 [M]=30 [L]=15 [L-crlf]=10 [XL]=6) WARM=([S]=5 [M]=3 [L]=2 [L-crlf]=1 [XL]=1)
    declare -A ROUNDS=([S]=10 [M]=10 [L]=5 [L-crlf]=5 [XL]=3)
    MEM_RUNS=3 PEER_RUNS=10 PEER_ROUNDS=5
fi
ctx quick "$QUICK"
ctx sizes "$SIZES"
ctx runs "start-up $START_RUNS in $START_ROUNDS rounds; $(for s in $SIZES; do printf '%s %s in %s, ' "$s" "${RUNS[$s]}" "${ROUNDS[$s]}"; done)peers $PEER_RUNS in $PEER_ROUNDS; memory: max of $MEM_RUNS"
ctx load_start "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"

# ---------------------------------------------------------------------------------------------
# Data: generated once, cached while generate.py (or the bundled roadmap) is unchanged.
GEN_KEY=$(sha256sum Benchmarks/generate.py | cut -c1-16)
BUNDLED=Roadmaps/career-roadmap.md
prepare_data() {
    local size=$1 f=$DATA/$1.md m=$DATA/$1.json key
    if [[ $size == S && -f $BUNDLED ]]; then key="bundled $(sha256sum "$BUNDLED" | cut -c1-16)"; else key="generated $GEN_KEY"; fi
    if [[ -f $f && -f $m && "$(cat "$DATA/$size.key" 2>/dev/null)" == "$key" ]]; then return 0; fi
    log "generating $size"
    case $size in
        S) if [[ -f $BUNDLED ]]; then cp "$BUNDLED" "$f"; python3 Benchmarks/generate.py --inspect "$f" --meta "$m"
           else python3 Benchmarks/generate.py S "$f" --meta "$m"; fi ;;
        L-crlf) python3 Benchmarks/generate.py L "$f" --crlf --meta "$m" ;;
        M | L | XL) python3 Benchmarks/generate.py "$size" "$f" --meta "$m" ;;
        *) die "unknown size $size (sizes: S M L L-crlf XL)" ;;
    esac
    echo "$key" > "$DATA/$size.key"
}
for size in $SIZES; do prepare_data "$size"; done
if [[ " $SIZES " == *" S "* && ! -f $BUNDLED ]]; then
    note "S: $BUNDLED is not in this tree yet, so S is a generated 300-goal roadmap (generate.py S)."
fi

# ---------------------------------------------------------------------------------------------
# Sanity: the CLI answers JSON, and `check` ticks exactly the goal it is asked to (one byte,
# ' ' -> 'x', on the expected line). A failure is reported in the notes; timing goes on.
validate() {
    local size=$1 f=$DATA/$1.md w=$WORK/$1.md id line diff off got
    id=$(jget "$DATA/$size.json" check_id)
    line=$(jget "$DATA/$size.json" check_line)
    for cmd in status list; do
        if ! "$BIN" "$cmd" --json -f "$f" > "$TMP/out.json" 2>"$TMP/err"; then
            note "$size: '$cmd --json' failed: $(head -c 300 "$TMP/err")"
        elif ! python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$TMP/out.json" 2>/dev/null; then
            note "$size: '$cmd --json' did not print valid JSON."
        fi
    done
    cp "$f" "$w"
    if ! "$BIN" check "$id" -f "$w" --no-date >/dev/null 2>"$TMP/err"; then
        note "$size: 'check $id' failed: $(head -c 300 "$TMP/err")"
        return 0
    fi
    diff=$(cmp -l "$f" "$w" 2>&1 || true)
    if [[ $diff =~ ^\ *([0-9]+)\ +40\ +170$ ]]; then
        off=${BASH_REMATCH[1]}
        got=$(($(head -c "$off" "$f" | tr -dc '\n' | wc -c) + 1))
        [[ $got == "$line" ]] || note "$size: 'check $id' ticked line $got, expected line $line (goal numbering differs from generate.py's)."
    else
        note "$size: 'check $id' did not make exactly one ' '->'x' edit (cmp -l: $(head -c 200 <<<"$diff" | tr '\n' ';'))."
    fi
}

# hf NAME ROUNDS RUNS WARMUP HYPERFINE-ARGS... -> raw/NAME.rK.json, K = 1..ROUNDS
# The runs are split into rounds, each a hyperfine invocation of all the commands of the group,
# so that a command and its reference are timed alternately, a few runs at a time: a change of
# load on the machine then hits both sides of a ratio alike, and report.py takes each ratio round
# by round before taking the median. Warm-up runs only in the first round: after it, the file and
# the binaries are in the page cache.
hf() {
    local name=$1 rounds=$2 runs=$3 warm=$4 r
    shift 4
    for ((r = 1; r <= rounds; r++)); do
        echo "=== $name round $r/$rounds" >> "$LOG"
        if ! hyperfine -N --style basic --export-json "$RAW/$name.r$r.json" \
            --warmup "$( ((r == 1)) && echo "$warm" || echo 0)" --runs $(((runs + rounds - 1) / rounds)) \
            "$@" >>"$LOG" 2>&1; then
            note "hyperfine '$name' failed (see bench-out/raw/hyperfine.log); its rows are missing."
            rm -f "$RAW/$name".r*.json
            return 0
        fi
    done
}

memory() {  # memory SIZE COMMAND-NAME FRESH-COPY(0/1) ARGS...
    local size=$1 name=$2 fresh=$3 best=0 kb i
    shift 3
    for ((i = 0; i < MEM_RUNS; i++)); do
        ((fresh)) && cp "$DATA/$size.md" "$WORK/$size.md"
        kb=$(peak_kb "$@") || { note "$size: memory run of '$name' failed."; return 0; }
        ((kb > best)) && best=$kb
    done
    printf '%s\t%s\t%s\n' "$size" "$name" "$best" >> "$RAW/mem.tsv"
}

# ---------------------------------------------------------------------------------------------
# Start-up: `roadmap --version` and `roadmap status` on S beside /bin/true, in one invocation.
S_FILE=$DATA/S.md
[[ -f $S_FILE ]] || prepare_data S
log "start-up ($START_RUNS runs)"
hf startup "$START_ROUNDS" "$START_RUNS" 20 \
    -n true "/bin/true" \
    -n version "$(q "$BIN") --version" \
    -n status-S "$(q "$BIN") status --json -f $(q "$S_FILE")"

# Per size: scan (status --json, status, list beside wc -l and cmark-gfm) and edit (check beside cp, each run on
# a fresh copy made by --prepare so every run does the same work).
for size in $SIZES; do
    f=$DATA/$size.md
    w=$WORK/$size.md
    id=$(jget "$DATA/$size.json" check_id)
    validate "$size"
    log "$size: scan (${RUNS[$size]} runs)"
    # `status` as a person runs it (text, no colour, since stdout is not a terminal) is "the scan
    # itself" of issue 28: read, block scan, goals and sections, the tracking model, the schedule
    # and the text it prints. Nothing is skipped that a person sees.
    scan=(-n status "$(q "$BIN") status --json -f $(q "$f")"
          -n status-text "$(q "$BIN") status -f $(q "$f")"
          -n list "$(q "$BIN") list --json -f $(q "$f")"
          -n wc "wc -l $(q "$f")")
    ((HAVE_CMARK)) && scan+=(-n cmark "cmark-gfm -e tasklist $(q "$f")")
    hf "scan-$size" "${ROUNDS[$size]}" "${RUNS[$size]}" "${WARM[$size]}" "${scan[@]}"
    log "$size: edit (${RUNS[$size]} runs)"
    hf "edit-$size" "${ROUNDS[$size]}" "${RUNS[$size]}" "${WARM[$size]}" --prepare "cp $(q "$f") $(q "$w")" \
        -n check "$(q "$BIN") check $id -f $(q "$w") --no-date" \
        -n cp "cp $(q "$f") $(q "$w")"
    log "$size: memory"
    memory "$size" status 0 "$BIN" status --json -f "$f"
    memory "$size" list 0 "$BIN" list --json -f "$f"
    memory "$size" check 1 "$BIN" check "$id" -f "$w" --no-date
done

# ---------------------------------------------------------------------------------------------
# A hostile query: one word of 10,000 characters that matches no goal of M (so the suggestions
# run too), beside the same query with a word of five. Issue 22: the long word took 15.5 s
# against 20,000 goals, every goal reading it whole again; now it costs what any query does.
# `check` exits 1 (no goal matches; nothing is written), hence -i.
[[ -f $DATA/M.md ]] || prepare_data M
LONG_WORD=$(python3 -c 'print("q" * 10000)')
log "query: a word of 10,000 characters against M (${RUNS[M]} runs)"
hf query-M "${ROUNDS[M]}" "${RUNS[M]}" "${WARM[M]}" -i \
    -n query "$(q "$BIN") check $LONG_WORD --dry-run -f $(q "$DATA/M.md")" \
    -n short "$(q "$BIN") check qqqqq --dry-run -f $(q "$DATA/M.md")"

# ---------------------------------------------------------------------------------------------
# Peers at 10,000 items: Taskwarrior and todo.txt, each with a deterministic data set made from
# the first 10,000 goals of M, isolated in a temporary folder (TASKRC/TASKDATA, todo.txt -d).
peers() {
    local n=10000 src=$TMP/peers m=$DATA/M.md mid
    [[ -f $m ]] || prepare_data M
    mid=$(jget "$DATA/M.json" check_id)
    python3 Benchmarks/generate.py --peers "$m" "$src" "$n" >/dev/null
    ctx peer_items "$n"

    if ! command -v task >/dev/null; then
        log "Taskwarrior not found; trying apt-get install taskwarrior"
        apt_install taskwarrior || true
    fi
    if command -v task >/dev/null; then
        local tv
        tv=$(task --version 2>/dev/null | head -n 1)
        export TASKRC=$TMP/taskrc TASKDATA=$TMP/task
        printf 'data.location=%s\nconfirmation=off\nnews.version=%s\n' "$TASKDATA" "$tv" > "$TASKRC"
        mkdir -p "$TMP/task-pristine"
        log "peers: importing $n tasks into Taskwarrior $tv"
        if TASKDATA=$TMP/task-pristine task import "$src/tasks.json" >"$TMP/import.log" 2>&1; then
            cp -a "$TMP/task-pristine" "$TASKDATA"
            ctx taskwarrior "$tv"
            hf peer-task-list "$PEER_ROUNDS" "$PEER_RUNS" 1 \
                -n status "$(q "$BIN") status --json -f $(q "$m")" \
                -n task-list "task list"
            hf peer-task-done "$PEER_ROUNDS" "$PEER_RUNS" 1 \
                --prepare "cp $(q "$m") $(q "$WORK/peer-M.md")" \
                --prepare "bash -c 'rm -rf \"\$TASKDATA\" && cp -a \"$TMP/task-pristine\" \"\$TASKDATA\"'" \
                -n check "$(q "$BIN") check $mid -f $(q "$WORK/peer-M.md") --no-date" \
                -n task-done "task $mid done"
        else
            note "Taskwarrior: 'task import' failed ($(head -c 200 "$TMP/import.log")); Taskwarrior rows skipped."
        fi
    else
        note "Taskwarrior (task) is not installed and could not be installed: Taskwarrior rows skipped."
    fi

    local todo
    todo=$(command -v todo-txt || command -v todo.sh || true)
    if [[ -z $todo ]]; then
        log "todo.txt not found; trying apt-get install todotxt-cli"
        apt_install todotxt-cli || true
        todo=$(command -v todo-txt || command -v todo.sh || true)
    fi
    if [[ -n $todo ]]; then
        local d=$TMP/todo
        mkdir -p "$d"
        cp "$src/todo.txt" "$d/todo.pristine"
        cp "$src/todo.txt" "$d/todo.txt"
        printf 'export TODO_DIR=%s\nexport TODO_FILE="$TODO_DIR/todo.txt"\nexport DONE_FILE="$TODO_DIR/done.txt"\nexport REPORT_FILE="$TODO_DIR/report.txt"\n' "$d" > "$d/config"
        ctx todotxt "$($todo -V 2>/dev/null | grep -m1 -i version || echo "$todo")"
        hf peer-todo-ls "$PEER_ROUNDS" "$PEER_RUNS" 1 \
            -n status "$(q "$BIN") status --json -f $(q "$m")" \
            -n todo-ls "$todo -d $(q "$d/config") -p ls"
        hf peer-todo-do "$PEER_ROUNDS" "$PEER_RUNS" 1 \
            --prepare "cp $(q "$m") $(q "$WORK/peer-M.md")" \
            --prepare "bash -c 'cp \"$d/todo.pristine\" \"$d/todo.txt\" && rm -f \"$d/done.txt\"'" \
            -n check "$(q "$BIN") check $mid -f $(q "$WORK/peer-M.md") --no-date" \
            -n todo-do "$todo -d $(q "$d/config") -p -f do $mid"
    else
        note "todo.txt (todo-txt / todo.sh) is not installed and could not be installed: todo.txt rows skipped."
    fi
}
if [[ ${BENCH_PEERS:-1} == 0 ]]; then
    note "Peers skipped (BENCH_PEERS=0)."
else
    peers
fi

# ---------------------------------------------------------------------------------------------
# A notes folder as one roadmap (issue 28): `roadmap -f DIR --tree status` on 20,000 notes
# (Benchmarks/generate-tree.py, 33 MB, 90,000 goals) beside ripgrep counting the task-like lines of
# the same folder, warm cache; peak RSS of the tree's status. The tree's count is checked first:
# it must be the generator's, exactly (rg's is larger: it counts fenced examples too).
tree_bench() {
    local dir=$DATA/tree key got
    if ! need rg ripgrep; then
        note "ripgrep (rg) is not installed and could not be installed: tree rows skipped."
        return 0
    fi
    key="tree $(sha256sum Benchmarks/generate-tree.py | cut -c1-16)"
    if [[ ! -d $dir || ! -f $DATA/tree.json || "$(cat "$DATA/tree.key" 2>/dev/null)" != "$key" ]]; then
        log "generating the tree (20,000 notes)"
        python3 Benchmarks/generate-tree.py "$dir" --meta "$DATA/tree.json" >/dev/null 2>"$TMP/err" \
            || { note "tree: generating the folder failed ($(head -c 200 "$TMP/err")); tree rows skipped."; return 0; }
        echo "$key" > "$DATA/tree.key"
    fi
    ctx ripgrep "$(rg --version | head -n 1)"
    ctx cores "$(nproc 2>/dev/null || echo '?')"
    if ! "$BIN" -f "$dir" --tree status --json > "$TMP/tree.json" 2>"$TMP/err"; then
        note "tree: 'status --json --tree' failed: $(head -c 300 "$TMP/err")"
    else
        got=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["goals"]["total"])' "$TMP/tree.json" 2>/dev/null || echo '?')
        [[ $got == "$(jget "$DATA/tree.json" goals)" ]] || note "tree: status --json --tree counted $got goals, the generator wrote $(jget "$DATA/tree.json" goals)."
    fi
    log "tree: status beside rg (${TREE_RUNS} runs)"
    hf tree "$TREE_ROUNDS" "$TREE_RUNS" 2 \
        -n tree-status "$(q "$BIN") -f $(q "$dir") --tree status" \
        -n rg "rg -c '^\s*[-*+] \[[ xX/-]\]' $(q "$dir")"
    memory tree tree-status 0 "$BIN" -f "$dir" --tree status
}
if ((QUICK)); then TREE_RUNS=6 TREE_ROUNDS=2; else TREE_RUNS=20 TREE_ROUNDS=5; fi
tree_bench

# ---------------------------------------------------------------------------------------------
# The language server (issue 24, "Speed"), driven over pipes by Benchmarks/lsp-bench.py: a
# keystroke (didChange of one character to its diagnostics and inlay hints) beside a full
# analysis in the same server (didOpen of the same text to its diagnostics), on S, M and L; peak
# RSS after 10,000 edits on M beside after the first; a fresh server's first diagnostics on L
# beside `status --json` on L as a process.
lsp_bench() {
    local size
    if ! "$BIN" lsp --help >/dev/null 2>&1; then
        note "the binary has no 'lsp' command: language server rows skipped."
        return 0
    fi
    for size in S M L; do
        [[ " $SIZES " == *" $size "* ]] || continue
        log "$size: language server keystroke ($LSP_ROUNDS rounds)"
        python3 Benchmarks/lsp-bench.py keystroke "$BIN" "$DATA/$size.md" "$OUT" "lsp-key-$size" \
            --rounds "$LSP_ROUNDS" --runs "$LSP_RUNS" --opens "$( [[ $size == L ]] && echo 1 || echo 3 )" \
            || note "$size: the language server keystroke run failed."
    done
    if [[ " $SIZES " == *" M "* ]]; then
        log "M: language server memory ($LSP_EDITS edits)"
        python3 Benchmarks/lsp-bench.py memory "$BIN" "$DATA/M.md" "$OUT" --size M --edits "$LSP_EDITS" --cap "$LSP_CAP" \
            || note "M: the language server memory run failed."
    fi
    if [[ " $SIZES " == *" L "* ]]; then
        log "L: language server open beside status --json"
        python3 Benchmarks/lsp-bench.py open "$BIN" "$DATA/L.md" "$OUT" lsp-open-L --rounds "$LSP_ROUNDS" --runs 1 \
            || note "L: the language server open run failed."
    fi
}
if ((QUICK)); then LSP_ROUNDS=2 LSP_RUNS=10 LSP_EDITS=${BENCH_LSP_EDITS:-1000} LSP_CAP=60
else LSP_ROUNDS=5 LSP_RUNS=20 LSP_EDITS=${BENCH_LSP_EDITS:-10000} LSP_CAP=300; fi
ctx lsp_edits_asked "$LSP_EDITS"
lsp_bench

# ---------------------------------------------------------------------------------------------
# History: `roadmap history --json` on a repository of 1,000 commits of a 300-goal roadmap
# (Benchmarks/history-repo.py), beside `git log -p --follow` of the same file alone. git is the
# floor: history runs one such log (with --first-parent) and replays it.
history_bench() {
    local repo=$DATA/history key file
    key="history $(cat Benchmarks/history-repo.py Benchmarks/generate.py | sha256sum | cut -c1-16)"
    if [[ ! -d $repo/.git || ! -f $DATA/history.path || "$(cat "$DATA/history.key" 2>/dev/null)" != "$key" ]]; then
        log "generating the history repository (1,000 commits)"
        if ! python3 Benchmarks/history-repo.py "$repo" --meta "$DATA/history.json" > "$DATA/history.path" 2>"$TMP/err"; then
            note "history: generating the repository failed ($(head -c 200 "$TMP/err")); history row skipped."
            return 0
        fi
        echo "$key" > "$DATA/history.key"
    fi
    file=$(cat "$DATA/history.path")
    if ! "$BIN" history --json -f "$file" > "$TMP/history.json" 2>"$TMP/err" \
        || ! python3 -c 'import json,sys; sys.exit(0 if json.load(open(sys.argv[1])).get("commits") else 1)' "$TMP/history.json" 2>/dev/null; then
        note "history: 'history --json' failed or found no commits: $(head -c 300 "$TMP/err")"
    fi
    log "history (${HIST_RUNS} runs)"
    hf history "$HIST_ROUNDS" "$HIST_RUNS" 2 \
        -n history "$(q "$BIN") history --json -f $(q "$file")" \
        -n git-log "git -C $(q "$repo") log -p --follow -- $(q "$(basename "$file")")"
}
if ((QUICK)); then HIST_RUNS=6 HIST_ROUNDS=2; else HIST_RUNS=20 HIST_ROUNDS=5; fi
if need git git; then
    ctx git "$(git --version)"
    history_bench
else
    note "git is not installed and could not be installed: the history row is skipped."
fi

ctx load_end "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
ctx elapsed_s "$(($(date +%s) - START))"
python3 Benchmarks/report.py "$OUT"
