"""Code actions applied as an editor applies them, compared byte for byte with what the command
line writes on a copy of the same file: check, uncheck, start, cancel and reopen on one goal's
line, every action offered on each state of the box, check over a selection, and the mojibake
quick fix against `lint --fix-encoding`."""

import asyncio
import shutil

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from conftest import Document, under, apply_edit, encoding_of, name_of, wait_for_diagnostics
from editor_support import EMOJI_GOAL, TIMEOUT, career_text, cli_json, run_cli


async def actions_at(client: LanguageClient, document: Document, first: int, last: int | None = None,
                     diagnostics=(), only=None) -> list[types.CodeAction]:
    last = first if last is None else last
    result = await asyncio.wait_for(client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=document.uri),
        range=types.Range(start=types.Position(line=first, character=0), end=types.Position(line=last, character=0)),
        context=types.CodeActionContext(diagnostics=list(diagnostics), only=only))), TIMEOUT)
    assert result is not None
    # Every client recorded here takes code action literals: no bare commands.
    assert all(isinstance(action, types.CodeAction) for action in result), result
    return result


def titled(actions: list[types.CodeAction], title: str) -> types.CodeAction:
    matches = [action for action in actions if action.title == title]
    assert len(matches) == 1, f"{title!r} not offered once among {[a.title for a in actions]}"
    return matches[0]


async def apply(client: LanguageClient, document: Document, action: types.CodeAction, encoding: str):
    """Applies the action's edit to the client's text, then tells the server as an editor does:
    the same edits as incremental changes, last first, in one didChange of the next version."""
    assert action.edit is not None and action.command is None
    new_text = apply_edit(document, action.edit, encoding)
    edits = action.edit.document_changes[0].edits if action.edit.document_changes else action.edit.changes[document.uri]
    ordered = sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True)
    document.text = new_text
    document.version += 1
    client.diagnostics.pop(document.uri, None)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=document.uri, version=document.version),
        content_changes=[types.TextDocumentContentChangePartial(range=e.range, text=e.new_text) for e in ordered]))
    await wait_for_diagnostics(client, document.uri)


def goal_id(path, tmp, line: int) -> str:
    ids = [goal["id"] for goal in cli_json(["list", "-f", str(path)], tmp) if goal["line"] == line + 1]
    assert len(ids) == 1, f"no goal on line {line + 1}"
    return ids[0]


# Each step: the action's title, the command that does the same, the goal's state after.
STEPS = [("Check goal", "check"), ("Uncheck goal", "uncheck"), ("Start goal", "start"), ("Cancel goal", "cancel"),
         ("Reopen goal", "reopen"), ("Check goal", "check")]


async def test_each_state_change_writes_what_the_command_writes(client: LanguageClient, tmp_path):
    encoding = encoding_of(client.init)
    document = Document(tmp_path / "career-roadmap.md", career_text())
    copy = tmp_path / "copy.md"
    shutil.copyfile(document.path, copy)
    document.open(client)
    await wait_for_diagnostics(client, document.uri)
    # The line with 🐧 and 📅: the ✅ date goes after characters of two UTF-16 units.
    line = document.line_of(EMOJI_GOAL)
    number = goal_id(copy, tmp_path, line)
    for title, command in STEPS:
        action = titled(await actions_at(client, document, line), title)
        assert name_of(action.kind) == "refactor.rewrite"
        await apply(client, document, action, encoding)
        run = run_cli([command, number, "-f", str(copy)], tmp_path)
        assert run.returncode == 0, run.stderr.decode()
        assert document.text.encode("utf-8") == copy.read_bytes(), f"after {title}"
    assert "✅ 2026-11-22" in document.text.split("\n")[line]


async def test_check_over_a_selection_writes_what_check_of_its_ids_writes(client: LanguageClient, tmp_path):
    encoding = encoding_of(client.init)
    document = Document(tmp_path / "career-roadmap.md", career_text())
    copy = tmp_path / "copy.md"
    shutil.copyfile(document.path, copy)
    document.open(client)
    await wait_for_diagnostics(client, document.uri)
    first, last = document.line_of("### Core Skills"), document.line_of("### Stretch Skills")
    ids = [goal["id"] for goal in cli_json(["list", "-f", str(copy)], tmp_path) if first < goal["line"] <= last]
    assert len(ids) > 2
    action = titled(await actions_at(client, document, first, last), f"Check {len(ids)} goals")
    await apply(client, document, action, encoding)
    run = run_cli(["check", *ids, "-f", str(copy)], tmp_path)
    assert run.returncode == 0, run.stderr.decode()
    assert document.text.encode("utf-8") == copy.read_bytes()


async def test_no_goal_actions_off_the_goals(client: LanguageClient, tmp_path):
    document = Document(tmp_path / "career-roadmap.md", career_text())
    document.open(client)
    await wait_for_diagnostics(client, document.uri)
    for needle in ("# Career Roadmap", "**Name:** ____", "| Skill |"):
        assert list(await actions_at(client, document, document.line_of(needle))) == [], needle


MOJIBAKE_GOAL = "- [ ] Ship the 🎯 demo to the café team\n"


async def test_mojibake_quick_fix_writes_what_lint_fix_encoding_writes(client: LanguageClient, tmp_path):
    encoding = encoding_of(client.init)
    text = career_text()
    anchor = "### Core Skills\n\n"
    broken = MOJIBAKE_GOAL.encode("utf-8").decode("cp1252")
    text = text.replace(anchor, anchor + broken, 1)
    document = Document(tmp_path / "career-roadmap.md", text)
    copy = tmp_path / "copy.md"
    shutil.copyfile(document.path, copy)
    document.open(client)
    diagnostics = await wait_for_diagnostics(client, document.uri)
    line = document.line_of("ðŸŽ¯")
    found = [d for d in diagnostics if name_of(d.code) == "mojibake"]
    assert [d.range.start.line for d in found] == [line]
    actions = await actions_at(client, document, line, diagnostics=found, only=[types.CodeActionKind.QuickFix])
    fix = titled(actions, "Fix mojibake on this line")
    assert name_of(fix.kind) == "quickfix" and fix.is_preferred
    assert list(fix.diagnostics or []) == found, "the fix names the diagnostic it fixes"
    await apply(client, document, fix, encoding)
    run = run_cli(["lint", "--fix-encoding", str(copy)], tmp_path)
    assert run.returncode in (0, 1), run.stderr.decode()
    assert document.text.encode("utf-8") == copy.read_bytes()
    assert MOJIBAKE_GOAL in document.text
    assert [d for d in client.diagnostics[document.uri] if name_of(d.code) == "mojibake"] == []


COMMANDS = {"Check goal": "check", "Uncheck goal": "uncheck", "Start goal": "start", "Cancel goal": "cancel", "Reopen goal": "reopen"}


@under("neovim@v0.7.0", "emacs")
@pytest.mark.parametrize("marker", [" ", "x", "X", "/", "-", ">", "?"])
async def test_every_action_offered_on_each_state_writes_what_its_command_writes(client: LanguageClient, tmp_path, marker):
    """Whatever the goal's box holds, each action offered gives the bytes of its command run on
    a fresh copy; a custom state (`[>]`, `[?]`) is only reopened, as the commands need --force
    for the rest."""
    encoding = encoding_of(client.init)
    text = career_text().replace(f"- [ ] {EMOJI_GOAL}", f"- [{marker}] {EMOJI_GOAL}", 1)
    document = Document(tmp_path / "career-roadmap.md", text)
    document.open(client)
    await wait_for_diagnostics(client, document.uri)
    line = document.line_of(EMOJI_GOAL)
    actions = [a for a in await actions_at(client, document, line) if a.title in COMMANDS]
    assert actions, "a goal always has an action"
    if marker in ">?":
        assert [a.title for a in actions] == ["Reopen goal"]
    for action in actions:
        copy = tmp_path / f"copy-{COMMANDS[action.title]}.md"
        copy.write_text(text, encoding="utf-8", newline="")
        number = next(g["id"] for g in cli_json(["list", "-f", str(copy)], tmp_path) if g["line"] == line + 1)
        run = run_cli([COMMANDS[action.title], number, "-f", str(copy)], tmp_path)
        assert run.returncode == 0, run.stderr.decode()
        assert apply_edit(document, action.edit, encoding).encode("utf-8") == copy.read_bytes(), action.title
