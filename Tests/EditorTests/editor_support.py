"""What both editor suites share (pytest_lsp/ and neovim/): where the binary and the bundled
career roadmap are, the date the server and the command line both take as today, the fixture
text, and the command line run on a copy, which is what every editor result is held against.

ROADMAP_BIN names the binary (the Swift test that runs these suites passes the one it was built
with); by hand it defaults to the debug build: `swift build && python3 -m pytest Tests/EditorTests/pytest_lsp`.
"""

from __future__ import annotations

import datetime
import json
import os
import pathlib
import subprocess

ROOT = pathlib.Path(__file__).resolve().parents[2]
BIN = os.environ.get("ROADMAP_BIN") or str(ROOT / ".build" / "debug" / "roadmap")
CAREER = ROOT / "Roadmaps" / "career-roadmap.md"
TODAY = "2026-11-22"
# Every wait is bounded: a server that stops answering fails the test, it never hangs CI.
TIMEOUT = 10.0
SERVER_ENV = {"PATH": "/usr/bin:/bin", "ROADMAP_TODAY": TODAY}
# The days ahead within which the server calls a goal due soon (the command line's `next` looks 30 ahead).
SOON_DAYS = 7
SCHEDULE_CODES = {("goal", True): "overdue", ("goal", False): "dueSoon",
                  ("checkpoint", True): "overdueCheckpoint", ("checkpoint", False): "checkpointDueSoon"}
EMOJI_GOAL = "🐧"


def career_text(start: str = "2025-11-26") -> str:
    """The bundled career roadmap with its start date filled in, as `roadmap init` would: from
    2025-11-26 with today 2026-11-22 the 3- and 6-month checkpoints and goals are overdue (lint
    names the checkpoints' blank dates) and the 12-month checkpoint is due within the week. One
    goal gets a due date in three days after an emoji, so it is due soon and an edit at the end
    of its line lands after characters of two UTF-16 units and four UTF-8 bytes."""
    text = CAREER.read_text(encoding="utf-8")
    text = text.replace("**Start Date:** YYYY-MM-DD", f"**Start Date:** {start}", 1)
    goal = "- [ ] Work comfortably in a Linux shell: processes, permissions, systemd and logs\n"
    assert goal in text, "the career roadmap changed: pick another goal for the emoji line"
    return text.replace(goal, goal[:-1].replace("- [ ] ", f"- [ ] {EMOJI_GOAL} ") + " 📅 2026-11-25\n", 1)


def run_cli(args: list[str], tmp: pathlib.Path) -> subprocess.CompletedProcess:
    """Runs the command line with the server's today and a journal of its own."""
    env = dict(SERVER_ENV, XDG_STATE_HOME=str(tmp / "state"), NO_COLOR="1")
    return subprocess.run([BIN, *args], env=env, capture_output=True, timeout=30, cwd=tmp)


def cli_json(args: list[str], tmp: pathlib.Path):
    run = run_cli([*args, "--json"], tmp)
    assert run.returncode in (0, 1), run.stderr.decode()
    return json.loads(run.stdout)


def expected_diagnostics(path: pathlib.Path, tmp: pathlib.Path) -> set:
    """(0-based line, severity, code, message) of every diagnostic the command line implies for
    the file: lint's findings as warnings with lint's words, and `next`'s overdue entries
    (warning) and those due within SOON_DAYS (information), whose words are the server's own
    (message None)."""
    found = {(f["line"] - 1, 2, f["kind"], f["message"]) for f in cli_json(["lint", str(path)], tmp)}
    today = datetime.date.fromisoformat(TODAY)
    for entry in cli_json(["next", "--all", "-f", str(path)], tmp):
        if entry["reason"] not in ("overdue", "soon"):
            continue
        overdue = entry["reason"] == "overdue"
        if not overdue and (datetime.date.fromisoformat(entry["due"]) - today).days > SOON_DAYS:
            continue
        found.add((entry["line"] - 1, 2 if overdue else 3, SCHEDULE_CODES[(entry["kind"], overdue)], None))
    return found


def seen_diagnostic(line: int, severity: int, code: str, message: str) -> tuple:
    """A diagnostic as `expected_diagnostics` writes it."""
    return (line, severity, code, None if code in SCHEDULE_CODES.values() else message)


def documented_block(marker: str, language: str) -> str:
    """The ```language block right below `marker` in docs/editors.md: the configuration an editor
    suite runs as it is written there."""
    doc = ROOT / "docs" / "editors.md"
    text = doc.read_text(encoding="utf-8")
    assert text.count(marker) == 1, f"{doc} must mark the tested {language} block once"
    after = text.split(marker, 1)[1].lstrip("\n")
    assert after.startswith(f"```{language}\n"), f"the marker must sit right above a ```{language} block"
    return after[len(f"```{language}\n"):].split("\n```", 1)[0] + "\n"


def editor_env(tmp: pathlib.Path, config: pathlib.Path, edited: pathlib.Path, result: pathlib.Path, **more: str) -> dict:
    """The environment of a headless editor run: `roadmap` from PATH with the binary under test
    first (as a user's configuration runs it), the script's inputs, and a home of its own."""
    path = f"{pathlib.Path(BIN).resolve().parent}:{SERVER_ENV['PATH']}"
    return dict(SERVER_ENV, PATH=path, ROADMAP_CONFIG=str(config), ROADMAP_FILE=str(edited), ROADMAP_GOAL=EMOJI_GOAL,
                ROADMAP_RESULT=str(result), ROADMAP_TIMEOUT_MS=str(int(TIMEOUT * 1000)),
                HOME=str(tmp), XDG_CONFIG_HOME=str(tmp / "config"), XDG_DATA_HOME=str(tmp / "data"),
                XDG_STATE_HOME=str(tmp / "state"), XDG_CACHE_HOME=str(tmp / "cache"), **more)
