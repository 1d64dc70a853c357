#!/usr/bin/env bash
# Checks that every `public` declaration of the library targets (UTF8Bytes, RoadmapCore,
# RoadmapStorage, RoadmapKit, TerminalOutput, CommandLineKit, and the language server's protocol
# targets JSONText, JSONRPC, LanguageServerProtocol) has a `///` doc comment directly above it:
# the public API is what a front end reads, and a front end's author should not have to read
# the body to learn what a symbol is for.
# Attribute lines (`@inlinable`, `@discardableResult`) may stand between the comment and the
# declaration. Prints one `file:line: declaration` per undocumented symbol and exits 1 if any;
# prints "docs: ok (N public declarations)" otherwise. Needs only python3.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 - "$@" <<'PY'
import os, re, sys

TARGETS = ["Sources/" + t for t in ("UTF8Bytes", "RoadmapCore", "RoadmapStorage", "RoadmapKit", "TerminalOutput", "CommandLineKit", "LanguageServer", "JSONText", "JSONRPC", "LanguageServerProtocol")]
SKIP = []  # paths exempt from the check (none today); a pattern here needs a comment saying why
# A declaration line: attributes and modifiers, then `public` (maybe `public private(set)`).
MODIFIERS = r"(?:final|nonisolated|override|indirect|convenience|required|mutating|static|class|lazy)"
DECL = re.compile(r"^\s*(?:@[A-Za-z_]+(?:\([^)]*\))?\s+)*(?:" + MODIFIERS + r"\s+)*public\b(?!\s*\()")
ATTRIBUTE = re.compile(r"^\s*@[A-Za-z_]+(?:\([^)]*\))?\s*$")

missing, total = [], 0
for target in TARGETS:
    for directory, _, names in sorted(os.walk(target)):
        for name in sorted(names):
            if not name.endswith(".swift"):
                continue
            path = os.path.join(directory, name)
            if any(p.search(path) for p in SKIP):
                continue
            lines = open(path, encoding="utf-8").read().split("\n")
            for number, line in enumerate(lines):
                if not DECL.match(line):
                    continue
                total += 1
                above = number - 1
                while above >= 0 and ATTRIBUTE.match(lines[above]):
                    above -= 1
                if above < 0 or not lines[above].lstrip().startswith("///"):
                    missing.append(f"{path}:{number + 1}: {line.strip()}")
for m in missing:
    print("docs: no /// comment: " + m)
if missing:
    print(f"docs: {len(missing)} of {total} public declarations have no /// comment")
    sys.exit(1)
print(f"docs: ok ({total} public declarations)")
PY
