#!/usr/bin/env python3
"""Reads what Benchmarks/run.sh left in OUT (hyperfine JSON in raw/, peak memory in raw/mem.tsv,
file summaries in data/, notes and context in raw/) and prints the markdown report, which it also
saves as OUT/latest.md. Standard library only.

    report.py OUT

run.sh splits each group's runs (a command and its references) into rounds, each a hyperfine
invocation of all the group's commands, so that they are timed alternately. Every timing shown is
the median of all of a command's runs. Every ratio is taken pair by pair: command ÷ reference
within each round (median ÷ median), then the median over the rounds; so it need not equal the
quotient of the two columns exactly. The targets are on ratios: absolute milliseconds move with
the machine and its load, ratios much less.
"""

import datetime
import glob
import json
import os
import platform
import statistics
import sys

MB = 1_000_000
SCALE_LIMIT = 1.25  # "time per MB flat from M to XL": XL's ms/MB at most 25% above M's.


def load_json(path):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


class Group:
    """The rounds of one hyperfine group, raw/NAME.rK.json: each round timed every command of
    the group once after the other, with the same number of runs."""

    def __init__(self, out, name):
        self.rounds = []  # per round: {command: [seconds, ...]}
        pattern = os.path.join(glob.escape(os.path.join(out, "raw")), name + ".r*.json")
        for path in sorted(glob.glob(pattern)):
            data = load_json(path)
            times = {r["command"]: r["times"] for r in (data or {}).get("results", []) if r.get("times")}
            if times:
                self.rounds.append(times)

    def __bool__(self):
        return bool(self.rounds)

    def __contains__(self, command):
        return any(command in r for r in self.rounds)

    def get(self, command):
        """Median ms of all the command's runs, over all rounds."""
        times = [t for r in self.rounds for t in r.get(command, [])]
        return statistics.median(times) * 1000.0 if times else None

    def ratio(self, command, reference):
        """command ÷ reference, pair by pair: the ratio of their medians in each round, then the
        median of those ratios, so a round that load hit on one side only does not decide it."""
        ratios = [statistics.median(r[command]) / statistics.median(r[reference])
                  for r in self.rounds if command in r and reference in r]
        return statistics.median(ratios) if ratios else None


def read_tsv(path):
    rows = []
    try:
        with open(path) as f:
            for line in f:
                line = line.rstrip("\n")
                if line:
                    rows.append(line.split("\t"))
    except OSError:
        pass
    return rows


def machine():
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count()
    return f"{cores} × {model}, Linux {platform.release()}"


def fmt_ms(v):
    if v is None:
        return "—"
    return f"{v:.2f}" if v < 100 else f"{v:.0f}"


def fmt_ratio(v):
    if v is None:
        return "—"
    return f"{v:.3f}×" if v < 0.1 else f"{v:.2f}×"


class Table:
    HEADER = ["size", "file MB", "goals", "command", "median ms", "reference", "ref. median ms",
              "ratio", "peak RSS MB", "target", "result"]

    def __init__(self):
        self.rows = []
        self.passed = self.failed = self.missing = 0

    def add(self, size, meta, command, ms, reference, ref_ms, ratio=None, rss_kb=None, limit=None,
            target_text=None, rss_limit_mb=None, ms_limit=None):
        """A timing row (limit = highest allowed ratio; ms_limit = a bound on the median itself,
        exclusive) or, with rss_limit_mb, a memory row."""
        if ms_limit is not None:
            ok = None if ms is None else ms < ms_limit
        elif rss_limit_mb is not None:
            rss_mb = rss_kb / 1024 if rss_kb is not None else None
            ok = None if rss_mb is None else rss_mb <= rss_limit_mb
        elif limit is not None:
            ok = None if ratio is None else ratio <= limit
        else:
            ok = "info"
        if ok == "info":
            result = "info"
        elif ok is None:
            result = "n/a"
            self.missing += 1
        elif ok:
            result = "PASS"
            self.passed += 1
        else:
            result = "**FAIL**"
            self.failed += 1
        self.rows.append([
            size,
            f"{meta['bytes'] / MB:.2f}" if meta else "—",
            f"{meta['goals']:,}" if meta else "—",
            command,
            fmt_ms(ms) if rss_limit_mb is None else "",
            reference,
            fmt_ms(ref_ms) if rss_limit_mb is None else "",
            fmt_ratio(ratio) if rss_limit_mb is None else "",
            f"{rss_kb / 1024:.1f}" if rss_kb is not None else "—",
            target_text or "—",
            result,
        ])

    def render(self, header=None):
        header = header or self.HEADER
        lines = ["| " + " | ".join(header) + " |",
                 "|" + "|".join("---:" if h in ("file MB", "goals", "median ms", "ref. median ms",
                                                 "ratio", "peak RSS MB") else "---"
                                for h in header) + "|"]
        lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in self.rows]
        return "\n".join(lines)


def main(out):
    context = dict(r[:2] for r in read_tsv(os.path.join(out, "raw", "context.tsv")) if len(r) >= 2)
    notes = []
    try:
        with open(os.path.join(out, "raw", "notes.txt")) as f:
            notes = [l.strip() for l in f if l.strip()]
    except OSError:
        pass
    mem = {(r[0], r[1]): int(r[2]) for r in read_tsv(os.path.join(out, "raw", "mem.tsv")) if len(r) == 3}
    sizes = context.get("sizes", "S M L L-crlf XL").split()
    meta = {s: load_json(os.path.join(out, "data", s + ".json")) for s in sizes + ["M"]}

    t = Table()
    rm = "`roadmap"

    # Start-up.
    st = Group(out, "startup")
    t.add("—", None, rm + " --version`", st.get("version"), "`/bin/true`", st.get("true"), st.ratio("version", "true"),
          limit=2.0, target_text="≤ 2×")
    t.add("S", meta.get("S"), rm + " status --json`", st.get("status-S"), "`/bin/true`", st.get("true"),
          st.ratio("status-S", "true"),
          limit=2.5, target_text="≤ 2.5×")

    status_ms = {}
    list_ms = {}
    check_ms = {}
    for s in sizes:
        m = meta.get(s)
        scan = Group(out, "scan-" + s)
        edit = Group(out, "edit-" + s)
        status_ms[s], list_ms[s], check_ms[s] = scan.get("status"), scan.get("list"), edit.get("check")
        big = s in ("M", "L", "L-crlf", "XL")
        wc_limit = {"L": 8.0, "L-crlf": 8.0, "XL": 10.0}.get(s)
        t.add(s, m, rm + " status --json`", scan.get("status"), "`wc -l`", scan.get("wc"), scan.ratio("status", "wc"),
              rss_kb=mem.get((s, "status")), limit=wc_limit,
              target_text=f"≤ {wc_limit:g}×" if wc_limit else None)
        # The scan itself (issue 28): `status` as a person reads it, text.
        text_limit = {"L": 15.0, "L-crlf": 15.0}.get(s)
        t.add(s, m, rm + " status` (text)", scan.get("status-text"), "`wc -l`", scan.get("wc"),
              scan.ratio("status-text", "wc"), limit=text_limit,
              target_text=f"≤ {text_limit:g}×" if text_limit else None)
        if "cmark" in context:
            t.add(s, m, rm + " status --json`", scan.get("status"), "`cmark-gfm -e tasklist`",
                  scan.get("cmark"), scan.ratio("status", "cmark"), limit=0.1 if big else None,
                  target_text="≤ 0.1× (10× faster)" if big else None)
        t.add(s, m, rm + " list --json`", scan.get("list"), "`wc -l`", scan.get("wc"), scan.ratio("list", "wc"),
              rss_kb=mem.get((s, "list")))
        edit_limit = 2.5 if s in ("L", "L-crlf", "XL") else None
        t.add(s, m, rm + " check N --no-date`", edit.get("check"), "`cp` same file", edit.get("cp"),
              edit.ratio("check", "cp"),
              rss_kb=mem.get((s, "check")), limit=edit_limit,
              target_text="≤ 2.5×" if edit_limit else None)
        if m:
            fmb = m["bytes"] / MB
            for cmd, factor in (("status", 1.5), ("check", 2.5)):
                lim = factor * fmb + 16
                t.add(s, m, f"{rm} {cmd}` peak memory", None, "file size", None,
                      rss_kb=mem.get((s, cmd)), rss_limit_mb=lim,
                      target_text=f"RSS ≤ {factor:g} × {fmb:.2f} + 16 = {lim:.1f} MB")

    # A word of 10,000 characters that matches nothing, beside a word of five that does neither.
    qm = Group(out, "query-M")
    if qm:
        t.add("M", meta.get("M"), rm + " check WORD --dry-run` (WORD: 10,000 characters, no match)", qm.get("query"),
              rm + " check qqqqq --dry-run`", qm.get("short"), qm.ratio("query", "short"),
              limit=1.5, target_text="≤ 1.5×")

    # Peers at 10,000 items.
    peer_rows = [
        ("peer-task-list", "status", "task-list", rm + " status --json`", "`task list`", 0.02, "≤ 0.02× (50× faster)"),
        ("peer-task-done", "check", "task-done", rm + " check N --no-date`", "`task N done`", 0.05, "≤ 0.05× (20× faster)"),
        ("peer-todo-ls", "status", "todo-ls", rm + " status --json`", "`todo-txt ls`", None, None),
        ("peer-todo-do", "check", "todo-do", rm + " check N --no-date`", "`todo-txt do N`", None, None),
    ]
    for name, mine, theirs, label, ref, limit, text in peer_rows:
        r = Group(out, name)
        if r:
            t.add("M", meta.get("M"), label, r.get(mine), ref, r.get(theirs), r.ratio(mine, theirs),
                  limit=limit, target_text=text)

    # The language server: a keystroke beside a full analysis in the same server; memory after
    # many edits; opening L beside `status --json` as a process (lsp-bench.py).
    for s in ("S", "M", "L"):
        k = Group(out, "lsp-key-" + s)
        if not k:
            continue
        if s == "S":
            t.add(s, meta.get(s), "`roadmap lsp` keystroke (didChange → diagnostics + inlay hints)", k.get("keystroke"),
                  "didOpen → diagnostics, same server", k.get("open"), k.ratio("keystroke", "open"),
                  ms_limit=1.0, target_text="< 1 ms")
        else:
            t.add(s, meta.get(s), "`roadmap lsp` keystroke (didChange → diagnostics + inlay hints)", k.get("keystroke"),
                  "didOpen → diagnostics, same server", k.get("open"), k.ratio("keystroke", "open"),
                  limit=0.05, target_text="≤ 0.05×")
    first, edits = mem.get(("M", "lsp-first")), mem.get(("M", "lsp-edits"))
    if first is not None or edits is not None:
        n = context.get("lsp_edits", "?")
        n = f"{int(n):,}" if n.isdigit() else n
        growth = edits / first if first and edits else None
        t.add("M", meta.get("M"), f"`roadmap lsp` peak RSS after {n} edits", None,
              "after the first edit", None, growth, rss_kb=edits, limit=1.10, target_text="≤ 1.10× (no growth)")
        t.rows[-1][6] = f"{first / 1024:.1f} MB" if first else "—"
        t.rows[-1][7] = fmt_ratio(growth)
        if meta.get("M"):
            lim = 3 * meta["M"]["bytes"] / MB + 20
            t.add("M", meta.get("M"), f"`roadmap lsp` peak memory after {n} edits", None, "file size", None,
                  rss_kb=edits, rss_limit_mb=lim, target_text=f"RSS < 3 × {meta['M']['bytes'] / MB:.2f} + 20 = {lim:.1f} MB")
    o = Group(out, "lsp-open-L")
    if o:
        t.add("L", meta.get("L"), "`roadmap lsp` didOpen → first diagnostics", o.get("lsp-open"),
              rm + " status --json` as a process", o.get("status"), o.ratio("lsp-open", "status"),
              limit=1.0, target_text="≤ 1×")

    # Progress over time: one `git log -p` and its replay, beside that log alone.
    h = Group(out, "history")
    if h:
        hm = load_json(os.path.join(out, "data", "history.json"))
        t.add("H", hm, rm + f" history --json` ({hm['commits']:,} commits)" if hm else rm + " history --json`",
              h.get("history"), "`git log -p --follow`", h.get("git-log"), h.ratio("history", "git-log"),
              limit=2.0, target_text="≤ 2×")

    # A notes folder as one roadmap: beside ripgrep on the same folder, on this machine's cores.
    tr = Group(out, "tree")
    tm = load_json(os.path.join(out, "data", "tree.json"))
    if tr:
        cores = context.get("cores", "?")
        t.add("T", tm, rm + f" -f DIR --tree status` ({tm['files']:,} notes, {cores} cores)" if tm else rm + " --tree status`",
              tr.get("tree-status"), "`rg -c '^\\s*[-*+] \\[[ xX/-]\\]' DIR`", tr.get("rg"), tr.ratio("tree-status", "rg"),
              rss_kb=mem.get(("tree", "tree-status")), limit=2.0, target_text="≤ 2×")
    if ("tree", "tree-status") in mem:
        t.add("T", tm, rm + " --tree status` peak memory", None, "—", None,
              rss_kb=mem.get(("tree", "tree-status")), rss_limit_mb=64, target_text="RSS ≤ 64 MB")

    # Scale: ms per MB by size, and XL/M.
    scale = Table()
    scale_sizes = [s for s in sizes if s != "S"]
    header = ["command"] + [f"ms/MB {s}" for s in scale_sizes] + ["XL ÷ M", "target", "result"]
    for cmd, series in (("status --json", status_ms), ("list --json", list_ms), ("check", check_ms)):
        per = {}
        for s in scale_sizes:
            if meta.get(s) and series.get(s) is not None:
                per[s] = series[s] / (meta[s]["bytes"] / MB)
        ratio = per["XL"] / per["M"] if "XL" in per and "M" in per else None
        if ratio is None:
            result = "n/a"
        elif ratio <= SCALE_LIMIT:
            result = "PASS"
            t.passed += 1
        else:
            result = "**FAIL**"
            t.failed += 1
        scale.rows.append([f"{rm} {cmd}`"] + [f"{per[s]:.2f}" if s in per else "—" for s in scale_sizes]
                          + [f"{ratio:.2f}" if ratio is not None else "—", f"≤ {SCALE_LIMIT:g} (flat)", result])

    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# roadmap benchmark",
        "",
        f"- Date: {now}",
        f"- Machine: {machine()}; load average {context.get('load_start', '?')} at start, "
        f"{context.get('load_end', '?')} at end",
        f"- Binary: `{context.get('binary', '?')}` ({context.get('version', '?')}); build: {context.get('build', '?')}",
        f"- Tools: {context.get('hyperfine', 'hyperfine ?')}; {context.get('cmark', 'cmark-gfm not run')}"
        + (f"; Taskwarrior {context['taskwarrior']}" if "taskwarrior" in context else "")
        + (f"; {context['todotxt']}" if "todotxt" in context else ""),
        f"- Runs: {context.get('runs', '?')}{' (BENCH_QUICK=1)' if context.get('quick') == '1' else ''}",
        f"- Times are medians of all runs; ratio = median over rounds of (command ÷ reference in that round), "
        f"the two timed alternately round by round. "
        f"Peak RSS: {context.get('mem_method', '?')}, max over the memory runs; MB = 10^6 bytes for files, 2^20 for RSS.",
        "",
        t.render(),
        "",
        "Time per MB of file (median ms ÷ file MB); flat means XL's ms/MB at most "
        f"{SCALE_LIMIT:g}× M's:",
        "",
        scale.render(header),
        "",
        f"**Targets: {t.passed} pass, {t.failed} fail"
        + (f", {t.missing} without data" if t.missing else "") + ".**"
        + (f" Full run took {context['elapsed_s']} s." if "elapsed_s" in context else ""),
    ]
    try:
        load = float(context.get("load_start", "").split()[0])
        cores = len(os.sched_getaffinity(0))
        if load >= cores / 2:
            notes.append(f"The machine was busy when the run started (load average {load:.2f} on {cores} cores): "
                         "absolute times are noisy; the ratios, timed alternately, less so. Rerun on a quiet machine to confirm a FAIL.")
    except (ValueError, IndexError, AttributeError):
        pass
    if notes:
        lines += ["", "Notes:"] + [f"- {n}" for n in notes]
    text = "\n".join(lines) + "\n"
    sys.stdout.write(text)
    with open(os.path.join(out, "latest.md"), "w") as f:
        f.write(text)
    if os.environ.get("BENCH_STRICT") == "1" and t.failed:
        return 1
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.stderr.write(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
