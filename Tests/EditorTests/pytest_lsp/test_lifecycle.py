"""initialize, shutdown and exit per LSP 3.17, as each recorded client sees them."""

import asyncio

import pygls.exceptions
import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from conftest import encoding_of, name_of
from editor_support import TIMEOUT


def offers(client: LanguageClient, encoding: str) -> bool:
    general = client.capabilities.general
    return bool(general and general.position_encodings and encoding in [name_of(e) for e in general.position_encodings])


async def test_initialize_answers_what_the_server_does(client: LanguageClient):
    result: types.InitializeResult = client.init
    assert result.server_info is not None and result.server_info.name == "roadmap"
    # UTF-8 when the client lists it (Neovim 0.11, Emacs), else the protocol's default, UTF-16.
    assert encoding_of(result) == ("utf-8" if offers(client, "utf-8") else "utf-16")
    sync = result.capabilities.text_document_sync
    kind = sync.change if isinstance(sync, types.TextDocumentSyncOptions) else sync
    assert kind == types.TextDocumentSyncKind.Incremental
    if isinstance(sync, types.TextDocumentSyncOptions):
        assert sync.open_close is True
    actions = result.capabilities.code_action_provider
    assert isinstance(actions, types.CodeActionOptions), "code actions are offered with their kinds"
    assert types.CodeActionKind.QuickFix in actions.code_action_kinds
    assert types.CodeActionKind.RefactorRewrite in actions.code_action_kinds


async def test_unknown_request_is_method_not_found(client: LanguageClient):
    with pytest.raises(pygls.exceptions.JsonRpcMethodNotFound):
        await asyncio.wait_for(client.protocol.send_request_async("roadmap/noSuchMethod", {}), TIMEOUT)
    # And the server goes on answering.
    with pytest.raises(pygls.exceptions.JsonRpcMethodNotFound):
        await asyncio.wait_for(client.protocol.send_request_async("textDocument/noSuchMethod", {}), TIMEOUT)


async def test_unknown_notification_is_ignored(client: LanguageClient):
    client.protocol.notify("roadmap/noSuchNotification", {})
    client.protocol.notify("$/noSuchNotification", {})
    with pytest.raises(pygls.exceptions.JsonRpcMethodNotFound):
        await asyncio.wait_for(client.protocol.send_request_async("roadmap/stillThere", {}), TIMEOUT)
    assert client.error is None


async def test_shutdown_then_exit_ends_the_server_with_status_0(client: LanguageClient):
    await asyncio.wait_for(client.shutdown_session(), TIMEOUT)
    assert client._server.returncode == 0
    # The fixture's own shutdown is skipped: the server is gone.
    client.capabilities = None
