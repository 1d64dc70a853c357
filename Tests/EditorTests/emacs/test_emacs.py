"""Emacs itself (batch mode, Eglot from Debian's elpa-eglot, markdown-mode from
elpa-markdown-mode, configured by the very Emacs Lisp block docs/editors.md gives for Eglot) runs
`roadmap lsp` on a copy of the bundled career roadmap: the diagnostics Flymake shows, the
"Check goal" action picked from `eglot-code-actions`' menu and saved, and how the server ends,
each held against the command line on another copy. A second editor beside Neovim, with another
client library: Eglot 1.9 announces UTF-16 positions only and applies edits its own way. Needs
`emacs` with the two packages (Debian: apt-get install emacs-nox elpa-eglot elpa-markdown-mode)
and pytest."""

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

SCRIPT = pathlib.Path(__file__).with_name("roadmap_eglot.el")
EMACS = shutil.which("emacs")
MARKER = "<!-- tested: Tests/EditorTests/emacs/test_emacs.py runs the next elisp block as it is -->"


def documented_configuration() -> str:
    """The Emacs Lisp block that follows MARKER in docs/editors.md."""
    return documented_block(MARKER, "elisp")


def packages_missing() -> str | None:
    """Why Emacs cannot run the configuration, or None."""
    probe = subprocess.run([EMACS, "--batch", "--eval",
                            "(progn (package-activate-all) (require 'eglot) (require 'markdown-mode))"],
                           capture_output=True, timeout=4 * TIMEOUT, stdin=subprocess.DEVNULL)
    return None if probe.returncode == 0 else probe.stderr.decode(errors="replace").strip().split("\n")[-1]


@pytest.fixture(scope="module")
def session(tmp_path_factory):
    """One Emacs run over a copy of the career roadmap; what it saw, the file it saved, and a
    second untouched copy for the command line."""
    if EMACS is None:
        pytest.skip("emacs not on PATH (apt-get install emacs-nox elpa-eglot elpa-markdown-mode; .ci/run installs them)")
    missing = packages_missing()
    if missing is not None:
        pytest.skip(f"emacs lacks eglot or markdown-mode ({missing}); apt-get install elpa-eglot elpa-markdown-mode")
    tmp = tmp_path_factory.mktemp("emacs")
    edited, copy = tmp / "career-roadmap.md", tmp / "copy.md"
    edited.write_text(career_text(), encoding="utf-8", newline="")
    shutil.copyfile(edited, copy)
    result_path, config = tmp / "result.json", tmp / "init.el"
    config.write_text(documented_configuration(), encoding="utf-8")
    env = editor_env(tmp, config, edited, result_path)
    run = subprocess.run([EMACS, "--batch", "-l", str(SCRIPT)], env=env, cwd=tmp, capture_output=True,
                         timeout=6 * TIMEOUT + 10, stdin=subprocess.DEVNULL)
    result = json.loads(result_path.read_text()) if result_path.exists() else {}
    assert run.returncode == 0 and "error" not in result, \
        f"emacs exited {run.returncode}: {result.get('error')} after {result.get('steps')}\n{run.stderr.decode()}"
    return {"result": result, "edited": edited, "copy": copy, "tmp": tmp}


def shown(diagnostics: list[dict]) -> set:
    return {seen_diagnostic(d["line"], d["severity"], d["code"], d["message"]) for d in diagnostics}


def test_diagnostics_shown_are_lint_and_next(session):
    result, tmp = session["result"], session["tmp"]
    assert all(d["source"] == "roadmap" for d in result["diagnostics"])
    assert shown(result["diagnostics"]) == expected_diagnostics(session["copy"], tmp)
    # The emoji goal is due soon; its diagnostic starts at the box, column 2 in UTF-16 units.
    assert any(d["line"] == result["line"] and d["code"] == "dueSoon" and d["col"] == 2 for d in result["diagnostics"])


def test_check_picked_from_the_menu_and_saved_equals_roadmap_check(session):
    result, tmp, copy = session["result"], session["tmp"], session["copy"]
    assert result["actions"][0] == "Check goal"
    ids = [goal["id"] for goal in cli_json(["list", "-f", str(copy)], tmp) if goal["line"] == result["line"] + 1]
    assert len(ids) == 1
    run = run_cli(["check", ids[0], "-f", str(copy)], tmp)
    assert run.returncode == 0, run.stderr.decode()
    assert session["edited"].read_bytes() == copy.read_bytes()
    assert b"\xe2\x9c\x85 2026-11-22" in session["edited"].read_bytes()


def test_diagnostics_after_the_save_are_those_of_the_checked_file(session):
    result, tmp, copy = session["result"], session["tmp"], session["copy"]
    # `copy` was checked by the command line in the test above when run in order; check it here
    # on a copy of the saved file so this test stands alone.
    saved = tmp / "saved.md"
    shutil.copyfile(session["edited"], saved)
    assert shown(result["diagnostics_after"]) == expected_diagnostics(saved, tmp)
    assert not any(d["line"] == result["line"] and d["code"] == "dueSoon" for d in result["diagnostics_after"])


def test_server_answers_shutdown_and_exits_0(session):
    assert session["result"]["shutdown"] == "json-null"
    assert session["result"]["exit"] == 0
