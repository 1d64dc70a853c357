"""`roadmap lsp` end to end under pytest-lsp: the built binary as a subprocess, driven by pygls's
client with the capabilities real editors announce (the recordings pytest-lsp ships), its
specification checks turned into failures (pytest.ini), and every edit compared, byte for byte,
with what the command line writes on a copy of the same file.

The binary, the fixture text and the command line run on a copy: ../editor_support.py.
"""

from __future__ import annotations

import asyncio
import pathlib
import sys

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from pytest_lsp.client import make_test_lsp_client, register_lsp_features

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from editor_support import BIN, SERVER_ENV, TIMEOUT, career_text, cli_json, run_cli  # noqa: E402,F401

# The clients whose recorded capabilities the server is run under: Neovim 0.7 (what Debian
# bookworm ships: UTF-16, edits as `changes`), Neovim 0.11 (offers UTF-8, so positions are
# bytes), VS Code (UTF-16, versioned `documentChanges`) and Emacs 29 eglot (UTF-8 and
# `documentChanges`).
CLIENTS = ["neovim@v0.7.0", "neovim@v0.11.0", "visual-studio-code", "emacs"]


def under(*specs: str):
    """Runs a test module's tests under some of CLIENTS only (`pytestmark = under(...)`): the
    lifecycle, diagnostics and code actions run under all four; the rest under two that differ
    in both encoding and edit form, to keep the suite's time down."""
    assert set(specs) <= set(CLIENTS)
    return pytest.mark.parametrize("client", specs, indirect=True)


class Document:
    """A file the test client has open: its path, URI, text as the client holds it, version."""

    def __init__(self, path: pathlib.Path, text: str):
        path.write_text(text, encoding="utf-8", newline="")
        self.path = path
        self.uri = path.as_uri()
        self.text = text
        self.version = 1

    def open(self, client: LanguageClient):
        client.diagnostics.pop(self.uri, None)
        client.text_document_did_open(types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=self.uri, language_id="markdown", version=self.version, text=self.text)))

    def line_of(self, needle: str) -> int:
        for number, line in enumerate(self.text.split("\n")):
            if needle in line:
                return number
        raise AssertionError(f"no line holds {needle!r}")


def line_starts(text: str) -> list[int]:
    """Offsets (in code points) where each line starts; CRLF, CR and LF end lines, as LSP says."""
    starts, index = [0], 0
    while index < len(text):
        char = text[index]
        if char == "\r" and index + 1 < len(text) and text[index + 1] == "\n":
            index += 1
        if char in "\r\n":
            starts.append(index + 1)
        index += 1
    return starts


def offset(text: str, position: types.Position, encoding: str) -> int:
    """A position as an index into `text`, counting `character` in the agreed encoding. A
    position inside a character or past its line fails: the server must not send one."""
    starts = line_starts(text)
    assert position.line < len(starts), f"line {position.line} past the end ({len(starts)} lines)"
    index = starts[position.line]
    end = starts[position.line + 1] if position.line + 1 < len(starts) else len(text)
    units = 0
    while units < position.character:
        assert index < end, f"character {position.character} past the end of line {position.line}"
        char = text[index]
        units += {"utf-8": len(char.encode("utf-8")), "utf-16": 2 if ord(char) > 0xFFFF else 1}.get(encoding, 1)
        index += 1
    assert units == position.character, f"character {position.character} splits a character on line {position.line}"
    return index


def apply_edit(document: Document, edit: types.WorkspaceEdit, encoding: str) -> str:
    """The text after applying a workspace edit the way an editor does (edits to one document
    do not overlap and are applied to the original text), checking that it names this document
    and, in `documentChanges`, the version the client has."""
    if edit.document_changes is not None:
        assert edit.changes is None, "both changes and documentChanges"
        assert len(edit.document_changes) == 1
        change = edit.document_changes[0]
        assert isinstance(change, types.TextDocumentEdit), f"not a text edit: {change!r}"
        assert change.text_document.uri == document.uri
        assert change.text_document.version == document.version, "edit for another version"
        edits = change.edits
    else:
        assert edit.changes is not None and list(edit.changes) == [document.uri], f"edit names {edit.changes!r}"
        edits = edit.changes[document.uri]
    spans = sorted(((offset(document.text, e.range.start, encoding), offset(document.text, e.range.end, encoding), e.new_text)
                    for e in edits), key=lambda span: span[:2])
    for before, after in zip(spans, spans[1:]):
        assert before[1] <= after[0], f"overlapping edits {before} and {after}"
    text = document.text
    for start, end, new in reversed(spans):
        text = text[:start] + new + text[end:]
    return text


async def wait_for_diagnostics(client: LanguageClient, uri: str) -> list[types.Diagnostic]:
    """The next diagnostics published for `uri` (the caller popped the old ones before acting)."""
    async def arrived():
        while uri not in client.diagnostics:
            await asyncio.sleep(0.005)
        return client.diagnostics[uri]
    return list(await asyncio.wait_for(arrived(), TIMEOUT))


def name_of(kind) -> str:
    """An lsprotocol string enum, or the plain string it falls back to for a value it does not know."""
    return str(getattr(kind, "value", kind))


def encoding_of(result: types.InitializeResult) -> str:
    kind = result.capabilities.position_encoding
    return name_of(kind) if kind is not None else "utf-16"


def make_client() -> LanguageClient:
    """pytest-lsp's client, answering the refresh request the recorded capabilities of Neovim
    0.11 announce (`workspace.inlayHint.refreshSupport`) and counting them, and the registration
    of file watchers a client that registers dynamically is asked for, keeping them."""
    client = make_test_lsp_client()
    client.inlay_hint_refreshes = 0
    client.registrations = []

    def inlay_hint_refresh(client: LanguageClient, params):
        client.inlay_hint_refreshes += 1

    def register_capability(client: LanguageClient, params: types.RegistrationParams):
        client.registrations.extend(params.registrations)

    register_lsp_features(client, {types.WORKSPACE_INLAY_HINT_REFRESH: inlay_hint_refresh,
                                   types.CLIENT_REGISTER_CAPABILITY: register_capability})
    return client


@pytest_lsp.fixture(
    params=CLIENTS,
    config=ClientServerConfig(server_command=[BIN, "lsp"], server_env=SERVER_ENV, client_factory=make_client),
)
async def client(request, lsp_client: LanguageClient, tmp_path: pathlib.Path):
    """A server initialized as one of `CLIENTS`; `lsp_client.init` holds its answer."""
    params = types.InitializeParams(
        capabilities=client_capabilities(request.param),
        root_uri=tmp_path.as_uri(),
        workspace_folders=[types.WorkspaceFolder(uri=tmp_path.as_uri(), name="roadmap")],
    )
    lsp_client.init = await asyncio.wait_for(lsp_client.initialize_session(params), TIMEOUT)
    lsp_client.client_name = request.param
    yield
    await asyncio.wait_for(lsp_client.shutdown_session(), TIMEOUT)
