#!/usr/bin/env bash
# Checks the layers `make test` and CI rely on (docs/development.md, "Targets"):
#   1. the target graph SwiftPM reads from Package.swift is exactly the one below, and every edge
#      points down the order (a layer that reaches up, or a new edge, fails here before any build);
#   2. every `import` of a package module in a source file is a declared dependency of its target
#      (SwiftPM can let an undeclared import of a module built earlier through);
#   3. no product file outside Sources/RoadmapStorage imports the C library (Glibc, Musl, Darwin,
#      WinSDK), so the core stays portable and every system call has one home.
# Prints one line per violation and exits 1; prints "layers: ok" otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

# Bottom first. A target may depend only on targets before it.
ORDER="UTF8Bytes JSONText JSONRPC LanguageServerProtocol RoadmapCore RoadmapStorage RoadmapKit TerminalOutput CommandLineKit LanguageServer roadmap RoadmapTestSupport RoadmapKitTests roadmapTests CommandLineKitTests TerminalOutputTests LanguageServerTestSupport JSONTextTests JSONRPCTests LanguageServerProtocolTests LanguageServerTests"
# target:dependency, every edge of the graph (docs/development.md draws the product's).
EDGES="
RoadmapCore:UTF8Bytes
RoadmapStorage:RoadmapCore
RoadmapKit:RoadmapCore
RoadmapKit:RoadmapStorage
TerminalOutput:RoadmapCore
CommandLineKit:RoadmapCore
CommandLineKit:TerminalOutput
roadmap:RoadmapKit
roadmap:CommandLineKit
roadmap:TerminalOutput
roadmap:LanguageServer
LanguageServer:RoadmapKit
LanguageServer:LanguageServerProtocol
LanguageServer:JSONRPC
LanguageServer:JSONText
RoadmapTestSupport:RoadmapKit
RoadmapKitTests:RoadmapCore
RoadmapKitTests:RoadmapStorage
RoadmapKitTests:RoadmapKit
RoadmapKitTests:RoadmapTestSupport
roadmapTests:roadmap
roadmapTests:RoadmapCore
roadmapTests:RoadmapStorage
roadmapTests:RoadmapKit
roadmapTests:RoadmapTestSupport
CommandLineKitTests:CommandLineKit
CommandLineKitTests:TerminalOutput
TerminalOutputTests:TerminalOutput
JSONText:UTF8Bytes
JSONRPC:JSONText
LanguageServerProtocol:UTF8Bytes
LanguageServerProtocol:JSONText
LanguageServerProtocol:JSONRPC
JSONTextTests:JSONText
JSONTextTests:LanguageServerTestSupport
JSONRPCTests:JSONRPC
JSONRPCTests:JSONText
JSONRPCTests:LanguageServerTestSupport
LanguageServerProtocolTests:LanguageServerProtocol
LanguageServerProtocolTests:JSONRPC
LanguageServerProtocolTests:JSONText
LanguageServerProtocolTests:LanguageServerTestSupport
LanguageServerTests:LanguageServer
LanguageServerTests:LanguageServerProtocol
LanguageServerTests:JSONRPC
LanguageServerTests:JSONText
LanguageServerTests:RoadmapKit
LanguageServerTests:LanguageServerTestSupport
LanguageServerTests:RoadmapTestSupport
"

# A cycle between targets stops SwiftPM itself; say so rather than fail without a word.
if ! describe=$(swift package describe --type json 2>/tmp/check-layers.$$); then
    echo "layers: swift package describe failed (a cycle between targets?):" >&2
    cat /tmp/check-layers.$$ >&2; rm -f /tmp/check-layers.$$
    exit 1
fi
rm -f /tmp/check-layers.$$
ORDER="$ORDER" EDGES="$EDGES" python3 - "$describe" <<'PY'
import json, os, re, sys
package = json.loads(sys.argv[1])
order = os.environ["ORDER"].split()
documented = {tuple(e.split(":")) for e in os.environ["EDGES"].split()}
targets = {t["name"]: t for t in package["targets"]}
problems = []
actual = set()
for name, target in targets.items():
    for dep in target.get("target_dependencies", []) + target.get("product_dependencies", []):
        actual.add((name, dep))
for name in targets:
    if name not in order:
        problems.append(f"target {name} is not in the documented order (scripts/check-layers.sh ORDER)")
for a, b in sorted(actual - documented):
    problems.append(f"undocumented edge {a} -> {b}")
for a, b in sorted(documented - actual):
    problems.append(f"documented edge {a} -> {b} is not in Package.swift")
for a, b in sorted(actual):
    if a in order and b in order and order.index(b) >= order.index(a):
        problems.append(f"back edge {a} -> {b}: {b} is not below {a}")
modules = set(targets)
libc = {"Glibc", "Musl", "Darwin", "WinSDK", "ucrt", "CRT"}
import_re = re.compile(r"^\s*(?:@[A-Za-z_]+(?:\([^)]*\))?\s+)*import\s+(?:(?:struct|class|enum|protocol|typealias|func|var|let)\s+)?([A-Za-z_][A-Za-z0-9_]*)", re.M)
for name, target in targets.items():
    path = target["path"]
    allowed = {d for (a, d) in actual if a == name}
    for source in target.get("sources", []):
        file = os.path.join(path, source)
        text = open(file, encoding="utf-8").read()
        for m in import_re.finditer(text):
            module = m.group(1)
            line = text.count("\n", 0, m.start()) + 1
            if module in modules and module not in allowed:
                problems.append(f"{file}:{line}: imports {module}, which is not a dependency of {name}")
            if module in libc and file.startswith("Sources/") and name != "RoadmapStorage":
                problems.append(f"{file}:{line}: imports {module}; only RoadmapStorage calls the C library")
for p in problems:
    print("layers: " + p)
if problems:
    sys.exit(1)
print(f"layers: ok ({len(targets)} targets, {len(actual)} edges, none up)")
PY
