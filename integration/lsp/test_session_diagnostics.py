"""End to end through pytest-lsp with recorded Neovim 0.7 and VS Code capabilities.

Assertions about which requirement gets which diagnostic need the real analysis engine.
"""

import asyncio
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from conftest import server_binary
from helpers import WAIT_LIMIT, line_of, on_line, open_document, utf16_length, wait_for_diagnostics

ERLANG = "Erlang/OTP"
PYTHON = "years of professional experience with Python"
KUBERNETES = "Hands-on experience with Kubernetes"
CANDIDATE_ERLANG_TURN = "Candidate: Yes, I ran Erlang/OTP services in production at Lumen Pay for two years, supervising the settlement workers."


def make_client() -> LanguageClient:
    """The standard test client, also answering and recording client/registerCapability."""
    client = pytest_lsp.make_test_lsp_client()
    client.registrations = []
    client.registered = asyncio.Event()

    @client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register_capability(params: types.RegistrationParams):
        client.registrations.extend(params.registrations)
        client.registered.set()
        return None

    return client


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[server_binary()], client_factory=make_client),
    params=["neovim@v0.7.0", "visual_studio_code"],
)
async def client(lsp_client: LanguageClient, request, session_dir: Path):
    await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities(request.param),
            root_uri=session_dir.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=session_dir.as_uri(), name=session_dir.name)],
        )
    )
    yield
    await lsp_client.shutdown_session()


def is_unmet_erlang(jd: Path):
    line = line_of(jd, ERLANG)
    return lambda diagnostics: any(d.code == "unmet-requirement" for d in on_line(diagnostics, line))


def has_no_erlang(jd: Path):
    line = line_of(jd, ERLANG)
    return lambda diagnostics: not on_line(diagnostics, line)


async def test_opening_the_jd_flags_the_unmet_must_requirement(client: LanguageClient, session_dir: Path):
    jd = session_dir / "jd.md"
    uri = open_document(client, jd)
    diagnostics = await wait_for_diagnostics(client, uri, is_unmet_erlang(jd))

    erlang = on_line(diagnostics, line_of(jd, ERLANG))[0]
    assert erlang.source == "interview"
    assert erlang.severity == types.DiagnosticSeverity.Warning
    assert isinstance(erlang.data["requirementId"], str) and erlang.data["requirementId"]
    assert erlang.range.start.character == len("- ")
    assert not on_line(diagnostics, line_of(jd, PYTHON)), "a requirement verified in the interview gets no diagnostic"
    claimed = on_line(diagnostics, line_of(jd, KUBERNETES))
    assert [d.code for d in claimed] == ["unverified-claim"]
    assert claimed[0].severity == types.DiagnosticSeverity.Information


async def test_a_candidate_turn_typed_into_the_transcript_updates_the_jd_live(client: LanguageClient, session_dir: Path):
    jd = session_dir / "jd.md"
    transcript = session_dir / "transcript.md"
    jd_uri = open_document(client, jd)
    transcript_uri = open_document(client, transcript)
    await wait_for_diagnostics(client, jd_uri, is_unmet_erlang(jd))

    # Append after the last line, which ends with an emoji: two UTF-16 code units.
    lines = transcript.read_text(encoding="utf-8").splitlines()
    end = types.Position(line=len(lines) - 1, character=utf16_length(lines[-1]))
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=transcript_uri, version=2),
            content_changes=[
                types.TextDocumentContentChangePartial(range=types.Range(start=end, end=end), text="\n" + CANDIDATE_ERLANG_TURN)
            ],
        )
    )
    await wait_for_diagnostics(client, jd_uri, has_no_erlang(jd))


async def test_a_transcript_written_by_another_program_updates_the_jd(client: LanguageClient, session_dir: Path):
    jd = session_dir / "jd.md"
    transcript = session_dir / "transcript.md"
    jd_uri = open_document(client, jd)
    await wait_for_diagnostics(client, jd_uri, is_unmet_erlang(jd))

    with transcript.open("a", encoding="utf-8") as file:
        file.write("\n" + CANDIDATE_ERLANG_TURN + "\n")
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(changes=[types.FileEvent(uri=transcript.as_uri(), type=types.FileChangeType.Changed)])
    )
    await wait_for_diagnostics(client, jd_uri, has_no_erlang(jd))


async def test_closing_the_jd_clears_its_diagnostics(client: LanguageClient, session_dir: Path):
    jd = session_dir / "jd.md"
    uri = open_document(client, jd)
    await wait_for_diagnostics(client, uri, lambda diagnostics: len(diagnostics) > 0)

    client.text_document_did_close(types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri)))
    await wait_for_diagnostics(client, uri, lambda diagnostics: len(diagnostics) == 0)


async def test_opening_only_the_transcript_still_shows_the_jd_diagnostics(client: LanguageClient, session_dir: Path):
    jd = session_dir / "jd.md"
    open_document(client, session_dir / "transcript.md")
    await wait_for_diagnostics(client, jd.as_uri(), is_unmet_erlang(jd))


async def test_file_watching_is_registered_when_the_client_allows_it(client: LanguageClient, session_dir: Path):
    watched = client.capabilities.workspace.did_change_watched_files
    if watched is None or not watched.dynamic_registration:
        assert client.registrations == []
        return
    await asyncio.wait_for(client.registered.wait(), WAIT_LIMIT)
    methods = [registration.method for registration in client.registrations]
    assert methods == [types.WORKSPACE_DID_CHANGE_WATCHED_FILES]
    globs = [watcher["globPattern"] for watcher in client.registrations[0].register_options["watchers"]]
    assert "**/*.{md,markdown,txt,vtt,srt}" in globs


async def test_a_transcript_in_a_subfolder_counts_for_the_session_above(client: LanguageClient, session_dir: Path):
    jd = session_dir / "jd.md"
    round_two = session_dir / "interviews" / "transcript-round2.md"
    round_two.parent.mkdir()
    round_two.write_text("Interviewer: Have you used Erlang?\n", encoding="utf-8")
    jd_uri = open_document(client, jd)
    await wait_for_diagnostics(client, jd_uri, is_unmet_erlang(jd))

    uri = open_document(client, round_two)
    end = types.Position(line=1, character=0)
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangePartial(range=types.Range(start=end, end=end), text=CANDIDATE_ERLANG_TURN + "\n")],
        )
    )
    await wait_for_diagnostics(client, jd_uri, has_no_erlang(jd))
