"""Neovim itself (headless, its built-in LSP client, configured by the very Lua block
docs/editors.md gives for Neovim 0.7 and later) runs `roadmap lsp` on a copy of the bundled
career roadmap: the diagnostics it shows, the "Check goal" action it applies and writes, the
"Add a sub-goal" action it resolves (`codeAction/resolve`), applies and writes, and the document
symbols it reads back, each held against the command line on another copy. Needs
`nvim` (Debian: apt-get install neovim) and pytest."""

from __future__ import annotations

import json
import pathlib
import shutil
import subprocess
import sys

import pytest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from editor_support import (documented_block, editor_env, TIMEOUT, career_text, cli_json,  # noqa: E402
                            expected_diagnostics, run_cli, seen_diagnostic)

SCRIPT = pathlib.Path(__file__).with_name("roadmap_lsp.lua")
NVIM = shutil.which("nvim")
# The goal "Add a sub-goal" is applied on (it has sub-goals: the new one goes after the last).
SUBGOAL_GOAL = "Write Python tools that read config"
MARKER = "<!-- tested: Tests/EditorTests/neovim/test_neovim.py runs the next lua block as it is -->"


def documented_configuration() -> str:
    """The Lua block that follows MARKER in docs/editors.md."""
    return documented_block(MARKER, "lua")


@pytest.fixture(scope="module")
def session(tmp_path_factory):
    """One Neovim run over a copy of the career roadmap; what it saw, the file it wrote, and a
    second untouched copy for the command line."""
    if NVIM is None:
        pytest.skip("nvim not on PATH (apt-get install neovim; .ci/run installs it)")
    tmp = tmp_path_factory.mktemp("neovim")
    edited, copy = tmp / "career-roadmap.md", tmp / "copy.md"
    edited.write_text(career_text(), encoding="utf-8", newline="")
    shutil.copyfile(edited, copy)
    result_path, config = tmp / "result.json", tmp / "roadmap.lua"
    config.write_text(documented_configuration(), encoding="utf-8")
    env = editor_env(tmp, config, edited, result_path, ROADMAP_SUBGOAL_GOAL=SUBGOAL_GOAL)
    # -u NONE -i NONE -n: no user config, no shada, no swap file; only the script runs.
    run = subprocess.run([NVIM, "--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", f"luafile {SCRIPT}"],
                         env=env, cwd=tmp, capture_output=True, timeout=4 * TIMEOUT + 10, stdin=subprocess.DEVNULL)
    result = json.loads(result_path.read_text()) if result_path.exists() else {}
    assert run.returncode == 0 and "error" not in result, \
        f"nvim exited {run.returncode}: {result.get('error')} after {result.get('steps')}\n{run.stderr.decode()}"
    return {"result": result, "edited": edited, "copy": copy, "tmp": tmp, "version": subprocess.run(
        [NVIM, "--version"], capture_output=True, text=True, timeout=TIMEOUT).stdout.split("\n")[0]}


def test_diagnostics_shown_are_lint_and_next(session):
    result, tmp = session["result"], session["tmp"]
    shown = {seen_diagnostic(d["line"], d["severity"], d["code"], d["message"]) for d in result["diagnostics"]}
    assert all(d["source"] == "roadmap" for d in result["diagnostics"])
    assert shown == expected_diagnostics(session["copy"], tmp)
    # The emoji goal is due soon, and Neovim places the diagnostic at its box (UTF-16 columns).
    assert any(d["line"] == result["line"] and d["code"] == "dueSoon" and d["col"] == 2 for d in result["diagnostics"])


def test_check_applied_and_written_equals_roadmap_check(session):
    result, tmp, copy = session["result"], session["tmp"], session["copy"]
    assert result["encoding"] == "utf-16"
    assert result["actions"][0] == "Check goal"
    ids = [goal["id"] for goal in cli_json(["list", "-f", str(copy)], tmp) if goal["line"] == result["line"] + 1]
    assert len(ids) == 1
    run = run_cli(["check", ids[0], "-f", str(copy)], tmp)
    assert run.returncode == 0, run.stderr.decode()
    checked = result["checked"].encode("utf-8")
    assert checked == copy.read_bytes()
    assert b"\xe2\x9c\x85 2026-11-22" in checked


def test_sub_goal_resolved_applied_and_written_equals_roadmap_add_under(session):
    """"Add a sub-goal" reaches Neovim without its edit; Neovim resolves it (`codeAction/resolve`)
    and applies the answer, and the file it writes is, byte for byte, a fresh copy after
    `roadmap check` (the first action) and `roadmap add 'New goal' --under N`."""
    result, tmp = session["result"], session["tmp"]
    assert result["subgoal_offered"] == {"has_edit": False, "has_data": True}
    assert "codeAction/resolve" in result["requests"]
    copy = tmp / "subgoal.md"
    copy.write_text(career_text(), encoding="utf-8", newline="")
    goals = cli_json(["list", "-f", str(copy)], tmp)
    checked = [goal["id"] for goal in goals if goal["line"] == result["line"] + 1]
    under = [goal["id"] for goal in goals if goal["line"] == result["subgoal_line"] + 1]
    assert len(checked) == 1 and len(under) == 1
    for args in (["check", str(checked[0])], ["add", "New goal", "--under", str(under[0])]):
        run = run_cli([*args, "-f", str(copy)], tmp)
        assert run.returncode == 0, run.stderr.decode()
    assert session["edited"].read_bytes() == copy.read_bytes()


def test_server_exits_0_when_neovim_stops_it(session):
    assert session["result"]["exit"] == 0


def headings(text: str) -> list[tuple[int, str]]:
    """(level, title) of every ATX heading outside code, in order."""
    found, fenced = [], False
    for line in text.split("\n"):
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            if line[level:level + 1] == " ":
                found.append((level, line[level:].strip()))
    return found


def test_document_symbols_are_the_section_tree(session):
    symbols = session["result"]["symbols"]
    # The server advertises document symbols (issue 24); a build that stopped would fail here.
    assert symbols is not None, "the server no longer advertises documentSymbolProvider"
    names = []

    def walk(nodes):
        for node in nodes:
            names.append(node["name"])
            walk(node.get("children") or [])
    walk(symbols)
    titles = [title for _, title in headings(session["edited"].read_text(encoding="utf-8"))]
    assert [name for name in names if name in titles] == titles, "every heading, in order"


def test_status_command_answers_the_counts_after_the_check(session):
    status = session["result"]["status"]
    assert status is not None, "the server no longer advertises executeCommandProvider (roadmap.status)"
    # As the file was when the status was asked: after the check, before the sub-goal.
    checked = session["tmp"] / "checked.md"
    checked.write_bytes(session["result"]["checked"].encode("utf-8"))
    overall = cli_json(["status", "-f", str(checked)], session["tmp"])["goals"]
    assert overall["done"] == 1
    assert f"{overall['done']}/{overall['total'] - overall['cancelled']}" in status
