"""Inlay hints, document and workspace symbols, hover, completion and the two commands, each held
against what the command line says of a copy of the same text (`status --json`, `list --json`).
A capability the server does not advertise is skipped by name (it is not built yet), never
passed silently."""

import asyncio
import shutil

from lsprotocol import types
from pytest_lsp import LanguageClient

from conftest import under, Document, encoding_of, name_of, offset, wait_for_diagnostics
from editor_support import EMOJI_GOAL, TIMEOUT, TODAY, career_text, cli_json, run_cli
from test_code_actions import actions_at, apply, titled

pytestmark = under("visual-studio-code", "neovim@v0.11.0")


def require(client: LanguageClient, capability: str, what: str):
    """Every feature of issue 24 is built: a server that stopped advertising one fails."""
    assert getattr(client.init.capabilities, capability, None), f"{what}: the server does not advertise {capability}"


async def opened(client: LanguageClient, tmp_path, checked: int = 2) -> Document:
    """The career roadmap open, with the first `checked` goals of Core Skills checked through
    the server's own code action (so counts are not all zero), and a copy on disk of the text."""
    document = Document(tmp_path / "career-roadmap.md", career_text())
    document.open(client)
    await wait_for_diagnostics(client, document.uri)
    first = document.line_of("### Core Skills")
    for line in range(first, len(document.text.split("\n"))):
        if checked == 0:
            break
        if document.text.split("\n")[line].startswith("- [ ] "):
            await apply(client, document, titled(await actions_at(client, document, line), "Check goal"), encoding_of(client.init))
            checked -= 1
    (tmp_path / "copy.md").write_text(document.text, encoding="utf-8", newline="")
    return document


def status_sections(tmp_path) -> list[dict]:
    """Every section of `status --json`, in reading order, with its 0-based line."""
    found = []

    def walk(sections):
        for section in sections:
            found.append(section)
            walk(section["sections"])
    walk(cli_json(["status", "-f", str(tmp_path / "copy.md")], tmp_path)["sections"])
    return found


def count_label(goals: dict, percent: int) -> str:
    return f"{goals['done']}/{goals['total'] - goals['cancelled']} · {percent}%"


def whole(document: Document) -> types.Range:
    lines = document.text.split("\n")
    return types.Range(start=types.Position(line=0, character=0), end=types.Position(line=len(lines) - 1, character=0))


async def test_inlay_hints_are_status_counts_and_inherited_due_dates(client: LanguageClient, tmp_path):
    require(client, "inlay_hint_provider", "inlay hints")
    encoding = encoding_of(client.init)
    document = await opened(client, tmp_path)
    hints = await asyncio.wait_for(client.text_document_inlay_hint_async(types.InlayHintParams(
        text_document=types.TextDocumentIdentifier(uri=document.uri), range=whole(document))), TIMEOUT)
    by_line: dict[int, list[str]] = {}
    for hint in hints:
        offset(document.text, hint.position, encoding)  # a real place in the text
        assert isinstance(hint.label, str)
        by_line.setdefault(hint.position.line, []).append(hint.label)
    # Every heading with goals carries its section's count, as `status` counts it.
    for section in status_sections(tmp_path):
        if section["goals"]["total"] > 0 and section["level"] > 1:
            assert count_label(section["goals"], section["percent"]) in by_line.get(section["line"] - 1, []), section["title"]
    core = next(s for s in status_sections(tmp_path) if s["title"] == "Core Skills")
    assert core["goals"]["done"] == 2
    # Every open goal without its own 📅 that `list` says is due shows that date; the one with its own does not.
    lines = document.text.split("\n")
    for goal in cli_json(["list", "-f", str(tmp_path / "copy.md")], tmp_path):
        line = goal["line"] - 1
        dated = [label for label in by_line.get(line, []) if label.startswith("📅 ")]
        if goal["due"] and goal["state"] not in ("done", "cancelled") and "📅" not in lines[line]:
            assert dated == [f"📅 {goal['due']}"], goal["text"]
        else:
            assert dated == [], goal["text"]


async def test_document_symbols_are_the_section_tree_with_status_counts(client: LanguageClient, tmp_path):
    require(client, "document_symbol_provider", "document symbols")
    encoding = encoding_of(client.init)
    document = await opened(client, tmp_path)
    symbols = await asyncio.wait_for(client.text_document_document_symbol_async(types.DocumentSymbolParams(
        text_document=types.TextDocumentIdentifier(uri=document.uri))), TIMEOUT)
    flat = []

    def walk(nodes, depth):
        for node in nodes:
            assert isinstance(node, types.DocumentSymbol), "every client here takes the hierarchy"
            start, end = offset(document.text, node.range.start, encoding), offset(document.text, node.range.end, encoding)
            inner = offset(document.text, node.selection_range.start, encoding), offset(document.text, node.selection_range.end, encoding)
            assert start <= inner[0] <= inner[1] <= end, f"{node.name}: selectionRange outside range"
            assert document.text[inner[0]:inner[1]] == node.name
            flat.append((depth, node))
            walk(node.children or [], depth + 1)
    walk(symbols, 0)
    sections = status_sections(tmp_path)
    assert [node.name for _, node in flat] == [s["title"] for s in sections]
    for (depth, node), section in zip(flat, sections):
        assert node.range.start.line == section["line"] - 1
        assert depth == section["level"] - sections[0]["level"]
        assert node.detail == (count_label(section["goals"], section["percent"]) if section["goals"]["total"] else None), node.name


async def test_workspace_symbols_find_goals_and_sections_by_words(client: LanguageClient, tmp_path):
    require(client, "workspace_symbol_provider", "workspace symbols")
    document = await opened(client, tmp_path)
    found = await asyncio.wait_for(client.workspace_symbol_async(types.WorkspaceSymbolParams(query="kubernetes")), TIMEOUT)
    goals = [goal for goal in cli_json(["list", "-f", str(tmp_path / "copy.md")], tmp_path) if "kubernetes" in goal["text"].lower()]
    sections = [s for s in status_sections(tmp_path) if "kubernetes" in s["title"].lower()]
    assert len(goals) > 1
    lines = sorted(symbol.location.range.start.line for symbol in found)
    assert lines == sorted([g["line"] - 1 for g in goals] + [s["line"] - 1 for s in sections])
    assert all(symbol.location.uri == document.uri for symbol in found)


async def test_hover_on_a_goal_says_its_state_and_due_date(client: LanguageClient, tmp_path):
    require(client, "hover_provider", "hover")
    document = await opened(client, tmp_path)
    line = document.line_of(EMOJI_GOAL)
    hover = await asyncio.wait_for(client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=document.uri), position=types.Position(line=line, character=3))), TIMEOUT)
    assert hover is not None and isinstance(hover.contents, types.MarkupContent)
    goal = next(g for g in cli_json(["list", "-f", str(tmp_path / "copy.md")], tmp_path) if g["line"] == line + 1)
    assert goal["due"] in hover.contents.value and goal["state"] in hover.contents.value.lower()
    assert hover.range is not None and hover.range.start.line == line
    # Off the goals and headings: nothing.
    blank = document.text.split("\n").index("")
    assert await asyncio.wait_for(client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=document.uri), position=types.Position(line=blank, character=0))), TIMEOUT) is None


async def test_completion_after_a_date_mark_offers_today_first(client: LanguageClient, tmp_path):
    require(client, "completion_provider", "completion")
    encoding = encoding_of(client.init)
    document = await opened(client, tmp_path, checked=0)
    line = document.line_of(EMOJI_GOAL)
    text = document.text.split("\n")[line]
    before = text[:text.index("📅 ") + 2]
    units = len(before.encode("utf-8")) if encoding == "utf-8" else len(before.encode("utf-16-le")) // 2
    result = await asyncio.wait_for(client.text_document_completion_async(types.CompletionParams(
        text_document=types.TextDocumentIdentifier(uri=document.uri), position=types.Position(line=line, character=units))), TIMEOUT)
    items = result.items if isinstance(result, types.CompletionList) else result
    assert items and items[0].label == TODAY
    # The item's edit starts where the date starts, in the agreed encoding.
    edit = items[0].text_edit
    assert edit is not None and offset(document.text, edit.range.start, encoding) == document.text.index(before) + len(before)


async def test_status_command_answers_the_counts_of_status(client: LanguageClient, tmp_path):
    require(client, "execute_command_provider", "execute command")
    assert "roadmap.status" in client.init.capabilities.execute_command_provider.commands
    document = await opened(client, tmp_path)
    text = await asyncio.wait_for(client.workspace_execute_command_async(types.ExecuteCommandParams(
        command="roadmap.status", arguments=[document.uri])), TIMEOUT)
    assert isinstance(text, str)
    overall = cli_json(["status", "-f", str(tmp_path / "copy.md")], tmp_path)["goals"]
    assert f"{overall['done']}/{overall['total'] - overall['cancelled']}" in text
    # Nothing written: the file on disk is still the text first opened.
    assert document.path.read_text(encoding="utf-8") == career_text()


async def test_review_command_writes_nothing(client: LanguageClient, tmp_path):
    require(client, "execute_command_provider", "execute command")
    assert "roadmap.review" in client.init.capabilities.execute_command_provider.commands
    document = await opened(client, tmp_path)
    text = await asyncio.wait_for(client.workspace_execute_command_async(types.ExecuteCommandParams(
        command="roadmap.review", arguments=[document.uri])), TIMEOUT)
    assert isinstance(text, str) and text.strip()
    assert document.path.read_text(encoding="utf-8") == career_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["career-roadmap.md", "copy.md"]
