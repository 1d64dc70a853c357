"""A roadmap split across files (the bundled devops-to-ai-architect guide), in a folder whose name
needs percent-encoding in a URI: a phase file opened alone is analysed in its plan (due dates
from the index's start), its Check action writes what `roadmap check phase:N -f README.md`
writes, and symbols name the client's own URI for an open file."""

import asyncio
import shutil
import urllib.parse

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from conftest import under, Document, encoding_of, wait_for_diagnostics
from editor_support import ROOT, TIMEOUT, cli_json, run_cli
from test_code_actions import actions_at, apply, titled
from test_diagnostics import change, seen

pytestmark = under("neovim@v0.7.0", "emacs")

GUIDE = ROOT / "Roadmaps" / "devops-to-ai-architect"
PHASE = "phase-1-foundation.md"


def plan_copy(tmp_path, name: str):
    """The guide copied into tmp_path/name with its start date filled in."""
    folder = tmp_path / name
    shutil.copytree(GUIDE, folder)
    index = folder / "README.md"
    text = index.read_text(encoding="utf-8")
    assert "**Start Date:** YYYY-MM-DD" in text
    index.write_text(text.replace("**Start Date:** YYYY-MM-DD", "**Start Date:** 2026-01-15", 1), encoding="utf-8")
    return folder


def in_phase(entry) -> bool:
    return entry.get("file", "").endswith(PHASE)


@pytest.mark.parametrize("name", ["my plans é+1"])
async def test_a_phase_file_opened_alone_is_checked_in_its_plan(client: LanguageClient, tmp_path, name):
    encoding = encoding_of(client.init)
    folder = plan_copy(tmp_path, name)
    copy = plan_copy(tmp_path, "cli copy")
    document = Document(folder / PHASE, (folder / PHASE).read_text(encoding="utf-8"))
    document.open(client)
    diagnostics = await wait_for_diagnostics(client, document.uri)
    # Due dates come from the index's start: the phase's goals are overdue, as `next` says on the plan.
    overdue = {e["line"] - 1 for e in cli_json(["next", "--all", "-f", str(copy / "README.md")], tmp_path)
               if in_phase(e) and e["reason"] == "overdue" and e["kind"] == "goal"}
    assert overdue, "the fixture has overdue goals in the phase"
    got = {line for line, severity, code, _ in seen(diagnostics, document, encoding) if code == "overdue"}
    assert got == overdue
    # Check a goal of the phase: the bytes of `roadmap check phase-1-foundation:N -f README.md`.
    goal = next(g for g in cli_json(["list", "-f", str(copy / "README.md")], tmp_path)
                if in_phase(g) and g["state"] == "open" and g["parent"] is not None and ":" in g["id"])
    await apply(client, document, titled(await actions_at(client, document, goal["line"] - 1), "Check goal"), encoding)
    run = run_cli(["check", goal["id"], "-f", str(copy / "README.md")], tmp_path)
    assert run.returncode == 0, run.stderr.decode()
    assert document.text.encode("utf-8") == (copy / PHASE).read_bytes()
    # The server wrote nothing: the index and the phase on disk are as copied.
    assert (folder / PHASE).read_text(encoding="utf-8") == (GUIDE / PHASE).read_text(encoding="utf-8")


async def test_workspace_symbols_name_open_files_by_the_clients_uri(client: LanguageClient, tmp_path):
    assert client.init.capabilities.workspace_symbol_provider, "the server does not advertise workspace_symbol_provider"
    folder = plan_copy(tmp_path, "my plans é+1")
    opened = []
    for name in ("README.md", PHASE):
        document = Document(folder / name, (folder / name).read_text(encoding="utf-8"))
        document.open(client)
        await wait_for_diagnostics(client, document.uri)
        opened.append(document.uri)
    found = await asyncio.wait_for(client.workspace_symbol_async(types.WorkspaceSymbolParams(query="")), TIMEOUT)
    # A client that can refresh inlay hints was asked to when the second file of the plan opened
    # (before the answer above, which came after it).
    workspace = client.capabilities.workspace
    refreshes = bool(workspace and workspace.inlay_hint and workspace.inlay_hint.refresh_support)
    assert (client.inlay_hint_refreshes > 0) == refreshes
    uris = {symbol.location.uri for symbol in found}
    # The open files by the very URIs the client sent; the others by URIs of their paths.
    assert set(opened) <= uris
    paths = {urllib.parse.unquote(urllib.parse.urlparse(uri).path) for uri in uris}
    assert paths == {str(folder / name) for name in ("README.md", PHASE, "phase-2-specialization.md", "phase-3-mastery.md")}
    assert len(uris) == len(paths), f"one file under two URIs: {sorted(uris)}"


async def test_a_new_start_in_the_index_republishes_the_open_phase(client: LanguageClient, tmp_path):
    """The editor shows the phase's diagnostics as the plan is now: after the index's start date
    moves, the phase's goals are no longer overdue, and the client is told so."""
    encoding = encoding_of(client.init)
    folder = plan_copy(tmp_path, "my plans é+1")
    index = Document(folder / "README.md", (folder / "README.md").read_text(encoding="utf-8"))
    phase = Document(folder / PHASE, (folder / PHASE).read_text(encoding="utf-8"))
    index.open(client)
    await wait_for_diagnostics(client, index.uri)
    phase.open(client)
    assert any(d.code == "overdue" for d in await wait_for_diagnostics(client, phase.uri))
    client.diagnostics.pop(phase.uri, None)
    change(client, index, "**Start Date:** 2026-01-15", "**Start Date:** 2026-11-01", encoding)
    await wait_for_diagnostics(client, index.uri)
    assert not any(d.code == "overdue" for d in await wait_for_diagnostics(client, phase.uri))


async def test_an_index_changed_on_disk_is_seen_when_the_client_says_so(client: LanguageClient, tmp_path):
    """A client that registers file watchers dynamically is asked to watch the markdown files;
    when it reports the index changed on disk (a new start written in a terminal), the open phase's
    diagnostics are published again from the new start, not the start read when it opened."""
    workspace = client.capabilities.workspace
    watches = bool(workspace and workspace.did_change_watched_files and workspace.did_change_watched_files.dynamic_registration)
    folder = plan_copy(tmp_path, "watched")
    phase = Document(folder / PHASE, (folder / PHASE).read_text(encoding="utf-8"))
    phase.open(client)
    assert any(d.code == "overdue" for d in await wait_for_diagnostics(client, phase.uri))
    registered = [(r.method, r.register_options) for r in client.registrations]
    assert registered == ([("workspace/didChangeWatchedFiles", {"watchers": [{"globPattern": "**/*.md"}]})] if watches else [])
    index = folder / "README.md"
    index.write_text(index.read_text(encoding="utf-8").replace("**Start Date:** 2026-01-15", "**Start Date:** 2026-11-01", 1), encoding="utf-8")
    client.diagnostics.pop(phase.uri, None)
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        changes=[types.FileEvent(uri=index.as_uri(), type=types.FileChangeType.Changed)]))
    assert not any(d.code == "overdue" for d in await wait_for_diagnostics(client, phase.uri))
