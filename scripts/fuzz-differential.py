#!/usr/bin/env python3
"""Our goals against cmark-gfm's task items on every file of a directory, typically the corpus the
fuzzer grew (FUZZ_WORK=DIR make fuzz). An independent check of "no goal inside code or HTML": the
fuzz invariants compare the scanner with its own line facts; this compares it with GitHub's parser.

    scripts/fuzz-differential.py DIR [path/to/roadmap]

Disagreements the GFM spec explains are counted by name (see Tests/RoadmapKitTests/
Markdown/CmarkDifferentialTests.swift); anything else is printed. Files with invalid UTF-8 are left out: cmark-gfm's scanners only match valid
UTF-8, so it misses an HTML block's end ('-->') that follows an invalid byte on the same line and
runs the block on, where roadmap ends it as the bytes say."""
import collections, json, os, re, subprocess, sys

directory = sys.argv[1]
roadmap = sys.argv[2] if len(sys.argv) > 2 else ".build/release/roadmap"
item = re.compile(r'<li data-sourcepos="(\d+):\d+-\d+:\d+">(?:\s*<p data-sourcepos="[^"]*">)?<input type="checkbox" (checked="" )?disabled=""')
first_marker = re.compile(r'^[ \t]*(?:>[ \t]?)*(?:[-+*]|\d{1,9}[.)])[ \t]+\[[ xX]\]')
counts, unexplained = collections.Counter(), []
for name in sorted(os.listdir(directory)):
    path = os.path.join(directory, name)
    data = open(path, "rb").read()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        counts["left out: invalid UTF-8"] += 1
        continue
    run = subprocess.run([roadmap, "list", "--json", "-f", path], capture_output=True)
    if run.returncode != 0:
        unexplained.append((name, 0, "roadmap failed: " + run.stderr.decode(errors="replace").strip()))
        continue
    ours = {g["line"]: g["state"] for g in json.loads(run.stdout) if g["state"] in ("open", "done")}
    html = subprocess.run(["cmark-gfm", "-e", "tasklist", "--sourcepos", path], capture_output=True).stdout.decode(errors="replace")
    theirs = {int(m.group(1)): "done" if m.group(2) else "open" for m in item.finditer(html)}
    lines = re.split(rb"\r\n|\r|\n", data)  # CommonMark's line endings, as both parsers count them
    counts["files"] += 1
    for line in sorted(set(ours) | set(theirs)):
        mine, cmark = ours.get(line), theirs.get(line)
        if mine == cmark:
            continue
        text = lines[line - 1].decode()
        rest = text[text.find("]") + 1:] if "]" in text else ""
        if mine and not cmark and ">" in text.split("[")[0]:
            counts["insideBlockQuote"] += 1
        elif mine and not cmark and not rest.strip(" \t"):
            counts["emptyAtEndOfLine"] += 1
        elif mine and not cmark and not first_marker.match(text):
            counts["notOnTheItemsFirstLine"] += 1
        elif mine == "open" and cmark == "done" and ("[x]" in rest or "[X]" in rest):
            counts["checkedAnywhereOnTheLine"] += 1
        else:
            unexplained.append((name, line, f"ours {mine}, cmark-gfm {cmark}: {text[:100]}"))
print(dict(counts), f"unexplained {len(unexplained)}")
for entry in unexplained[:40]:
    print("  %s:%d: %s" % entry)
sys.exit(1 if unexplained else 0)
