"""What editors send that the happy path does not: CRLF and BOM files, an `untitled:` buffer,
a whole-document change, positions past the end; and the lifecycle over raw pipes (no pygls):
requests before initialize, exit without shutdown, input cut off, nothing but frames on stdout."""

import asyncio
import json
import shutil
import subprocess

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from conftest import under, Document, encoding_of, wait_for_diagnostics
from editor_support import BIN, EMOJI_GOAL, SERVER_ENV, TIMEOUT, career_text, cli_json, run_cli
from test_code_actions import actions_at, apply, titled

TWO = under("neovim@v0.7.0", "emacs")


@TWO
@pytest.mark.parametrize("form", ["crlf", "bom", "bom+crlf"])
async def test_check_on_crlf_and_bom_files_writes_what_check_writes(client: LanguageClient, tmp_path, form):
    encoding = encoding_of(client.init)
    text = career_text()
    if "crlf" in form:
        text = text.replace("\n", "\r\n")
    if "bom" in form:
        text = "\ufeff" + text
    document = Document(tmp_path / "career-roadmap.md", text)
    copy = tmp_path / "copy.md"
    shutil.copyfile(document.path, copy)
    document.open(client)
    await wait_for_diagnostics(client, document.uri)
    line = document.line_of(EMOJI_GOAL)
    number = next(g["id"] for g in cli_json(["list", "-f", str(copy)], tmp_path) if g["line"] == line + 1)
    await apply(client, document, titled(await actions_at(client, document, line), "Check goal"), encoding)
    run = run_cli(["check", number, "-f", str(copy)], tmp_path)
    assert run.returncode == 0, run.stderr.decode()
    assert document.text.encode("utf-8") == copy.read_bytes()


@TWO
async def test_an_untitled_buffer_gets_diagnostics_and_actions(client: LanguageClient, tmp_path):
    document = Document(tmp_path / "unused.md", career_text())
    document.uri = "untitled:Untitled-1"
    document.open(client)
    diagnostics = await wait_for_diagnostics(client, document.uri)
    assert any(d.code == "overdue" for d in diagnostics)
    actions = await actions_at(client, document, document.line_of(EMOJI_GOAL))
    assert "Check goal" in [a.title for a in actions]


@TWO
async def test_a_whole_document_change_replaces_the_text(client: LanguageClient, tmp_path):
    document = Document(tmp_path / "career-roadmap.md", career_text())
    document.open(client)
    assert await wait_for_diagnostics(client, document.uri) != []
    client.diagnostics.pop(document.uri, None)
    document.version += 1
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=document.uri, version=document.version),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text="# Done\n\n- [x] All of it ✅ 2026-11-01\n")]))
    assert await wait_for_diagnostics(client, document.uri) == []


@TWO
async def test_positions_past_the_end_are_answered(client: LanguageClient, tmp_path):
    document = Document(tmp_path / "career-roadmap.md", career_text())
    document.open(client)
    await wait_for_diagnostics(client, document.uri)
    lines = len(document.text.split("\n"))
    actions = await asyncio.wait_for(client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=document.uri),
        range=types.Range(start=types.Position(line=lines + 5, character=0), end=types.Position(line=lines + 9, character=400)),
        context=types.CodeActionContext(diagnostics=[]))), TIMEOUT)
    assert list(actions or []) == []
    # A goal's line with a character past its end still offers the goal's actions.
    line = document.line_of(EMOJI_GOAL)
    actions = await asyncio.wait_for(client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=document.uri),
        range=types.Range(start=types.Position(line=line, character=999), end=types.Position(line=line, character=999)),
        context=types.CodeActionContext(diagnostics=[]))), TIMEOUT)
    assert "Check goal" in [a.title for a in actions]


# --- The lifecycle over raw pipes -------------------------------------------------------------

def frame(message: dict) -> bytes:
    body = json.dumps(message).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def frames(stdout: bytes) -> list[dict]:
    """Every message on stdout; anything that is not a well-framed message fails."""
    found = []
    while stdout:
        header, separator, rest = stdout.partition(b"\r\n\r\n")
        assert separator, f"not a frame: {stdout[:80]!r}"
        fields = dict(line.split(b": ", 1) for line in header.split(b"\r\n"))
        length = int(fields[b"Content-Length"])
        found.append(json.loads(rest[:length]))
        stdout = rest[length:]
    return found


def serve(messages: list[dict], raw: bytes = b"") -> tuple[int, list[dict]]:
    run = subprocess.run([BIN, "lsp"], input=b"".join(frame(m) for m in messages) + raw, env=SERVER_ENV,
                         capture_output=True, timeout=TIMEOUT)
    return run.returncode, frames(run.stdout)


INITIALIZE = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": None, "rootUri": None, "capabilities": {}}}
INITIALIZED = {"jsonrpc": "2.0", "method": "initialized", "params": {}}
SHUTDOWN = {"jsonrpc": "2.0", "id": 2, "method": "shutdown"}
EXIT = {"jsonrpc": "2.0", "method": "exit"}


def test_a_request_before_initialize_is_server_not_initialized():
    early = {"jsonrpc": "2.0", "id": 0, "method": "textDocument/hover",
             "params": {"textDocument": {"uri": "file:///x.md"}, "position": {"line": 0, "character": 0}}}
    status, answers = serve([early, INITIALIZE, INITIALIZED, SHUTDOWN, EXIT])
    assert status == 0
    assert answers[0] == {"jsonrpc": "2.0", "id": 0, "error": {"code": -32002, "message": answers[0]["error"]["message"]}}
    assert answers[1]["id"] == 1 and "capabilities" in answers[1]["result"]
    assert answers[-1] == {"jsonrpc": "2.0", "id": 2, "result": None}


def test_exit_without_shutdown_ends_with_status_1():
    status, answers = serve([INITIALIZE, INITIALIZED, EXIT])
    assert status == 1 and [a.get("id") for a in answers] == [1]


def test_input_cut_off_ends_the_server_without_a_hang():
    status, answers = serve([INITIALIZE, INITIALIZED], raw=b"Content-Length: 500\r\n\r\n{\"jsonrpc\":")
    assert status == 1 and answers[0]["id"] == 1


def test_a_request_after_shutdown_is_invalid_and_the_server_still_exits_0():
    late = {"jsonrpc": "2.0", "id": 3, "method": "textDocument/hover",
            "params": {"textDocument": {"uri": "file:///x.md"}, "position": {"line": 0, "character": 0}}}
    status, answers = serve([INITIALIZE, INITIALIZED, SHUTDOWN, late, EXIT])
    assert status == 0
    assert answers[-1]["id"] == 3 and answers[-1]["error"]["code"] == -32600
