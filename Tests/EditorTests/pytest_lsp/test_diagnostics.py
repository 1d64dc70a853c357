"""Diagnostics pushed on open and on an incremental change, held against `roadmap lint --json`
and `roadmap next --all --json` run on a copy of the same text: the same findings, on the same
lines, with lint's words."""

from lsprotocol import types
from pytest_lsp import LanguageClient

from conftest import Document, encoding_of, name_of, offset, wait_for_diagnostics
from editor_support import EMOJI_GOAL, career_text, expected_diagnostics, seen_diagnostic

def seen(diagnostics, document: Document, encoding: str) -> set:
    result = set()
    for d in diagnostics:
        assert d.source == "roadmap"
        # Every range is a real place in the document, in the agreed encoding.
        start, end = offset(document.text, d.range.start, encoding), offset(document.text, d.range.end, encoding)
        assert start <= end
        result.add(seen_diagnostic(d.range.start.line, d.severity.value, name_of(d.code), d.message))
    assert len(result) == len(diagnostics), "a diagnostic twice"
    return result


async def test_diagnostics_on_open_are_lint_and_next(client: LanguageClient, tmp_path):
    document = Document(tmp_path / "career-roadmap.md", career_text())
    document.open(client)
    diagnostics = await wait_for_diagnostics(client, document.uri)
    want = expected_diagnostics(document.path, tmp_path)
    # The fixture has each kind: lint's blank checkpoint dates, overdue goals and checkpoints, goals due soon.
    assert {code for _, _, code, _ in want} >= {"checkpointDateBlank", "overdue", "overdueCheckpoint", "dueSoon"}, want
    assert seen(diagnostics, document, encoding_of(client.init)) == want


async def test_a_document_without_goals_gets_no_diagnostics(client: LanguageClient, tmp_path):
    document = Document(tmp_path / "notes.md", "# Notes\n\nNothing to do here 📅 2020-01-01.\n")
    document.open(client)
    assert await wait_for_diagnostics(client, document.uri) == []


def position(text: str, index: int, encoding: str) -> types.Position:
    line = text.count("\n", 0, index)
    start = text.rfind("\n", 0, index) + 1
    piece = text[start:index]
    units = len(piece.encode("utf-8")) if encoding == "utf-8" else len(piece.encode("utf-16-le")) // 2
    return types.Position(line=line, character=units)


def change(client: LanguageClient, document: Document, old: str, new: str, encoding: str):
    """Replaces the first `old` with `new` by an incremental change, as an editor sends a keystroke."""
    index = document.text.index(old)
    event = types.TextDocumentContentChangePartial(
        range=types.Range(start=position(document.text, index, encoding), end=position(document.text, index + len(old), encoding)),
        text=new)
    document.text = document.text[:index] + new + document.text[index + len(old):]
    document.version += 1
    client.diagnostics.pop(document.uri, None)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=document.uri, version=document.version),
        content_changes=[event]))


async def test_incremental_changes_update_the_diagnostics(client: LanguageClient, tmp_path):
    encoding = encoding_of(client.init)
    document = Document(tmp_path / "career-roadmap.md", career_text())
    document.open(client)
    await wait_for_diagnostics(client, document.uri)
    copy = tmp_path / "copy.md"
    # A date after two characters outside the BMP (🐧, 📅): the position counts them in the
    # agreed encoding. The goal becomes overdue.
    change(client, document, "📅 2026-11-25", "📅 2026-11-20", encoding)
    diagnostics = await wait_for_diagnostics(client, document.uri)
    copy.write_text(document.text, encoding="utf-8", newline="")
    assert seen(diagnostics, document, encoding) == expected_diagnostics(copy, tmp_path)
    line = document.line_of(EMOJI_GOAL)
    assert any(d.range.start.line == line and name_of(d.code) == "overdue" for d in diagnostics)
    # A later start: nothing overdue any more.
    change(client, document, "**Start Date:** 2025-11-26", "**Start Date:** 2026-11-01", encoding)
    diagnostics = await wait_for_diagnostics(client, document.uri)
    copy.write_text(document.text, encoding="utf-8", newline="")
    assert seen(diagnostics, document, encoding) == expected_diagnostics(copy, tmp_path)


async def test_close_clears_the_diagnostics(client: LanguageClient, tmp_path):
    document = Document(tmp_path / "career-roadmap.md", career_text())
    document.open(client)
    assert await wait_for_diagnostics(client, document.uri) != []
    client.diagnostics.pop(document.uri, None)
    client.text_document_did_close(types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=document.uri)))
    assert await wait_for_diagnostics(client, document.uri) == []
