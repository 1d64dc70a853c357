#!/usr/bin/env python3
"""Times `roadmap lsp` as an editor drives it, over pipes, for `make bench` (Benchmarks/README.md,
"The language server"). Standard library only.

    lsp-bench.py keystroke BIN FILE OUT NAME [--rounds R] [--runs N]
    lsp-bench.py memory    BIN FILE OUT [--edits N] [--cap SECONDS]
    lsp-bench.py open      BIN FILE OUT NAME [--rounds R]

keystroke: one server; per round, N keystrokes (one character typed at the end of a goal's line
  in the middle of the file, then deleted again, alternately) each timed from sending `didChange`
  to receiving its `publishDiagnostics` and the answer to an `inlayHint` request for the 60 lines
  around the edit; and N opens of the same text under a fresh URI (`didOpen` to its diagnostics,
  then `didClose`): a full analysis in the same server, the reference. Written as OUT/raw/NAME.rK.json
  in hyperfine's shape (commands `keystroke` and `open`), so report.py reads it like any group.
memory: one server, the file opened, one edit, then the server's peak RSS (VmHWM); then N edits
  more (10,000 unless told), each waited for, and VmHWM again. Appends `SIZE lsp-first KB` and
  `SIZE lsp-edits KB` to OUT/raw/mem.tsv and the edit count to OUT/raw/context.tsv. With --cap,
  stops after that many seconds and says how many edits it made.
open: per round, a fresh server's time from `didOpen` of the whole file to its diagnostics
  (`lsp-open`), then `BIN status --json -f FILE` as a process, start to exit (`status`).

The server runs with ROADMAP_TODAY fixed (2026-06-15 unless set), so every run finds the same
diagnostics. When the server answers `inlayHint` with MethodNotFound, keystrokes time diagnostics
alone and OUT/raw/notes.txt says so.
"""

import argparse
import json
import os
import queue
import re
import statistics
import subprocess
import sys
import threading
import time

TODAY = os.environ.get("ROADMAP_TODAY", "2026-06-15")


class Server:
    """`BIN lsp` on pipes: a thread reads its framed messages into a queue, so the server never
    blocks on a full pipe while the driver is writing."""

    def __init__(self, binary):
        env = dict(os.environ, ROADMAP_TODAY=TODAY)
        self.proc = subprocess.Popen([binary, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, env=env, bufsize=0)
        self.inbox = queue.Queue()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()
        self.request("initialize", {"processId": os.getpid(), "rootUri": None, "capabilities": {
            "general": {"positionEncodings": ["utf-16"]}}})
        self.notify("initialized", {})

    def _read(self):
        stream = self.proc.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    self.inbox.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.partition(b":")
                if name.lower() == b"content-length":
                    length = int(value)
            # A bytearray grows in place: `bytes +=` copied the whole body again for every 64 KB
            # the pipe gave, quadratic in a large file's diagnostics (tens of ms on L, timed as
            # the server's).
            body = bytearray()
            while len(body) < length:
                chunk = stream.read(length - len(body))
                if not chunk:
                    self.inbox.put(None)
                    return
                body += chunk
            self.inbox.put(self._decode(bytes(body)))

    # A publishDiagnostics of a large file is megabytes of JSON; decoding it whole in Python would
    # take longer than the server took to write it and blur what is measured. Only its uri and
    # version are needed, and the server writes them first.
    PUBLISH = re.compile(rb'^\{"jsonrpc":"2\.0","method":"textDocument/publishDiagnostics","params":\{"uri":"([^"\\]*)"(,"version":(\d+))?')

    def _decode(self, body):
        match = self.PUBLISH.match(body[:4096])
        if match:
            params = {"uri": match.group(1).decode()}
            if match.group(3) is not None:
                params["version"] = int(match.group(3))
            return {"method": "textDocument/publishDiagnostics", "params": params}
        return json.loads(body)

    def send(self, message):
        body = json.dumps(message, ensure_ascii=False).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def notify(self, method, params=None):
        message = {"jsonrpc": "2.0", "method": method}
        if params is not None:  # JSON-RPC: params, when present, are an object or an array
            message["params"] = params
        self.send(message)

    def request(self, method, params=None):
        self.next_id += 1
        ident = self.next_id
        message = {"jsonrpc": "2.0", "id": ident, "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)
        return self.wait(lambda m: m.get("id") == ident and "method" not in m)

    def wait(self, matches, timeout=600):
        deadline = time.monotonic() + timeout
        while True:
            message = self.inbox.get(timeout=max(0.001, deadline - time.monotonic()))
            if message is None:
                raise RuntimeError("the server closed its output")
            if matches(message):
                return message

    def diagnostics(self, uri, version):
        return self.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                         and m["params"]["uri"] == uri and m["params"].get("version") == version)

    def peak_rss_kb(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        return None

    def close(self):
        try:
            self.request("shutdown")
            self.notify("exit")
            self.proc.wait(timeout=30)
        except Exception:
            self.proc.kill()
            self.proc.wait()


class Document:
    """One open document and the keystroke the driver types into it: a character at the end of
    the goal line nearest the middle of the file, then its deletion, alternately, so the text
    goes back and forth between two versions."""

    def __init__(self, server, text, uri="file:///bench/roadmap.md"):
        self.server, self.uri, self.version = server, uri, 1
        lines = text.split("\n")
        middle = len(lines) // 2
        goals = [i for i, l in enumerate(lines) if l.lstrip().startswith(("- [ ]", "* [ ]", "+ [ ]"))]
        self.line = min(goals, key=lambda i: abs(i - middle)) if goals else middle
        # UTF-16 length of the line, the default position encoding, without a CR.
        content = lines[self.line].rstrip("\r")
        self.column = len(content.encode("utf-16-le")) // 2
        self.typed = False
        self.hints = True
        server.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "markdown", "version": 1, "text": text}})
        server.diagnostics(uri, 1)

    def keystroke(self):
        """Types or deletes one character and waits for its diagnostics and inlay hints."""
        self.version += 1
        start = {"line": self.line, "character": self.column}
        if self.typed:
            change = {"range": {"start": start, "end": {"line": self.line, "character": self.column + 1}}, "text": ""}
        else:
            change = {"range": {"start": start, "end": start}, "text": "x"}
        self.typed = not self.typed
        self.server.notify("textDocument/didChange", {
            "textDocument": {"uri": self.uri, "version": self.version}, "contentChanges": [change]})
        self.server.diagnostics(self.uri, self.version)
        if self.hints:
            answer = self.server.request("textDocument/inlayHint", {
                "textDocument": {"uri": self.uri},
                "range": {"start": {"line": max(0, self.line - 30), "character": 0},
                          "end": {"line": self.line + 30, "character": 0}}})
            if "error" in answer:
                self.hints = False


def note(out, text):
    with open(os.path.join(out, "raw", "notes.txt"), "a") as f:
        f.write(text + "\n")


def context(out, key, value):
    with open(os.path.join(out, "raw", "context.tsv"), "a") as f:
        f.write(f"{key}\t{value}\n")


def write_round(out, name, k, times):
    """One round in hyperfine's --export-json shape: {"results": [{"command", "times"}]}."""
    results = [{"command": c, "times": t, "median": statistics.median(t)} for c, t in times.items() if t]
    with open(os.path.join(out, "raw", f"{name}.r{k}.json"), "w") as f:
        json.dump({"results": results}, f)


def keystroke(args):
    text = open(args.file, encoding="utf-8", errors="surrogateescape", newline="").read()
    server = Server(args.bin)
    try:
        doc = Document(server, text)
        for _ in range(4):  # warm-up
            doc.keystroke()
        opened = 0
        for k in range(1, args.rounds + 1):
            times = {"keystroke": [], "open": []}
            for _ in range(args.runs):
                t = time.perf_counter()
                doc.keystroke()
                times["keystroke"].append(time.perf_counter() - t)
            for _ in range(max(1, args.opens)):
                opened += 1
                uri = f"file:///bench/reference-{opened}.md"
                t = time.perf_counter()
                server.notify("textDocument/didOpen", {"textDocument": {
                    "uri": uri, "languageId": "markdown", "version": 1, "text": text}})
                server.diagnostics(uri, 1)
                times["open"].append(time.perf_counter() - t)
                server.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
                server.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                            and m["params"]["uri"] == uri and "version" not in m["params"])
            write_round(args.out, args.name, k, times)
        if not doc.hints:
            note(args.out, f"{args.name}: the server does not answer textDocument/inlayHint (MethodNotFound), "
                           "so its keystrokes time didChange to publishDiagnostics alone.")
    finally:
        server.close()


def memory(args):
    text = open(args.file, encoding="utf-8", errors="surrogateescape", newline="").read()
    server = Server(args.bin)
    try:
        doc = Document(server, text)
        doc.keystroke()
        first = server.peak_rss_kb()
        start = time.monotonic()
        made = 1
        while made < args.edits and (args.cap <= 0 or time.monotonic() - start < args.cap):
            doc.keystroke()
            made += 1
        last = server.peak_rss_kb()
    finally:
        server.close()
    with open(os.path.join(args.out, "raw", "mem.tsv"), "a") as f:
        f.write(f"{args.size}\tlsp-first\t{first}\n{args.size}\tlsp-edits\t{last}\n")
    context(args.out, "lsp_edits", str(made))
    if made < args.edits:
        note(args.out, f"{args.size}: the language server's memory row stopped after {made:,} edits "
                       f"({args.cap:g} s cap), not {args.edits:,}.")


def open_time(args):
    text = open(args.file, encoding="utf-8", errors="surrogateescape", newline="").read()
    env = dict(os.environ, ROADMAP_TODAY=TODAY)
    for k in range(1, args.rounds + 1):
        times = {"lsp-open": [], "status": []}
        for _ in range(args.runs):
            server = Server(args.bin)
            try:
                t = time.perf_counter()
                server.notify("textDocument/didOpen", {"textDocument": {
                    "uri": "file:///bench/roadmap.md", "languageId": "markdown", "version": 1, "text": text}})
                server.diagnostics("file:///bench/roadmap.md", 1)
                times["lsp-open"].append(time.perf_counter() - t)
            finally:
                server.close()
            t = time.perf_counter()
            subprocess.run([args.bin, "status", "--json", "-f", args.file], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, env=env, check=True)
            times["status"].append(time.perf_counter() - t)
        write_round(args.out, args.name, k, times)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["keystroke", "memory", "open"])
    parser.add_argument("bin")
    parser.add_argument("file")
    parser.add_argument("out")
    parser.add_argument("name", nargs="?", default="lsp")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--opens", type=int, default=2)
    parser.add_argument("--edits", type=int, default=10000)
    parser.add_argument("--cap", type=float, default=0)
    parser.add_argument("--size", default="M")
    args = parser.parse_args()
    {"keystroke": keystroke, "memory": memory, "open": open_time}[args.mode](args)


if __name__ == "__main__":
    sys.exit(main())
