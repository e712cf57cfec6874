"""The code actions on JD diagnostics, applied as an editor would: "Ask next" and "Ignore this requirement"."""

from pathlib import Path

import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from conftest import server_binary
from evidence_helpers import (ERLANG, PYTHON, apply_workspace_edit, initialize, make_evidence_client,
                              open_and_analyse, uri_path)
from helpers import line_of, on_line, wait_for_diagnostics


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[server_binary()], client_factory=make_evidence_client),
    params=["neovim@v0.7.0", "visual_studio_code"],
)
async def client(lsp_client: LanguageClient, request, session_dir: Path):
    lsp_client.capability_set = request.param
    await initialize(lsp_client, request.param, session_dir)
    yield
    await lsp_client.shutdown_session()


async def actions_on_erlang(client: LanguageClient, session: Path) -> tuple[str, list[types.CodeAction]]:
    jd = session / "jd.md"
    uri = await open_and_analyse(client, session)
    diagnostic = on_line(client.diagnostics[uri], line_of(jd, ERLANG))[0]
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=diagnostic.range,
            context=types.CodeActionContext(diagnostics=[diagnostic]),
        )
    )
    return uri, actions


async def test_ask_next_appends_a_grounded_question_to_the_notes(client, session_dir: Path):
    _, actions = await actions_on_erlang(client, session_dir)

    ask = next(action for action in actions if action.title.startswith("Ask next: "))
    assert ask.kind == types.CodeActionKind.QuickFix
    assert ask.command is None, "the edit is applied directly, with no command round trip"
    question = ask.title.removeprefix("Ask next: ")
    assert "Erlang" in question
    transcript_before = (session_dir / "transcript.md").read_text(encoding="utf-8")
    apply_workspace_edit(ask.edit)

    if client.capability_set == "visual_studio_code":
        # The client can create files: the question goes to a new notes.md in the session folder.
        notes = (session_dir / "notes.md").read_text(encoding="utf-8")
        assert "## Questions to ask" in notes
        assert f"- [ ] {question}" in notes
        assert (session_dir / "transcript.md").read_text(encoding="utf-8") == transcript_before
    else:
        # Neovim 0.7 has no documentChanges: the question is appended to the Markdown transcript.
        assert not (session_dir / "notes.md").exists()
        transcript = (session_dir / "transcript.md").read_text(encoding="utf-8")
        assert transcript.startswith(transcript_before.rstrip("\n"))
        assert transcript.endswith(f"## Questions to ask\n\n- [ ] {question}\n")


async def test_ask_next_goes_under_the_existing_heading_of_the_notes_file(client, session_dir: Path):
    notes = session_dir / "notes.md"
    notes.write_text("# Notes\n\n## Questions to ask\n\n- [ ] Why payments?\n\n## Impressions\n\nCalm.\n", encoding="utf-8")
    _, actions = await actions_on_erlang(client, session_dir)

    ask = next(action for action in actions if action.title.startswith("Ask next: "))
    apply_workspace_edit(ask.edit)

    question = ask.title.removeprefix("Ask next: ")
    assert notes.read_text(encoding="utf-8") == (
        f"# Notes\n\n## Questions to ask\n\n- [ ] Why payments?\n- [ ] {question}\n\n## Impressions\n\nCalm.\n"
    )


async def test_ignore_this_requirement_marks_the_line_and_its_diagnostic_goes_away(client, session_dir: Path):
    jd = session_dir / "jd.md"
    uri, actions = await actions_on_erlang(client, session_dir)

    ignore = next(action for action in actions if action.title == "Ignore this requirement")
    apply_workspace_edit(ignore.edit)

    line = line_of(jd, ERLANG)
    assert jd.read_text(encoding="utf-8").splitlines()[line] == f"- {ERLANG} <!-- interview: ignore -->"
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=jd.read_text(encoding="utf-8"))],
        )
    )
    await wait_for_diagnostics(client, uri, lambda diagnostics: not on_line(diagnostics, line))


async def test_actions_are_offered_on_a_requirement_line_without_a_diagnostic(client, session_dir: Path):
    jd = session_dir / "jd.md"
    uri = await open_and_analyse(client, session_dir)
    line = line_of(jd, PYTHON)

    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(start=types.Position(line=line, character=4), end=types.Position(line=line, character=4)),
            context=types.CodeActionContext(diagnostics=[]),
        )
    )

    assert [action.title for action in actions][1:] == ["Ignore this requirement"]
    assert actions[0].title.startswith("Ask next: ")


async def test_no_quick_fixes_when_the_client_asks_only_for_source_actions(client, session_dir: Path):
    jd = session_dir / "jd.md"
    uri = await open_and_analyse(client, session_dir)
    diagnostic = on_line(client.diagnostics[uri], line_of(jd, ERLANG))[0]

    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=diagnostic.range,
            context=types.CodeActionContext(diagnostics=[diagnostic], only=[types.CodeActionKind.Source]),
        )
    )

    assert not actions


async def test_no_actions_on_a_line_that_is_not_a_requirement(client, session_dir: Path):
    uri = await open_and_analyse(client, session_dir)

    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(start=types.Position(line=2, character=0), end=types.Position(line=2, character=0)),
            context=types.CodeActionContext(diagnostics=[]),
        )
    )

    assert not actions


def test_with_only_captions_and_no_file_creation_ask_next_shows_the_question(tmp_path: Path):
    from rawclient import RawClient

    session = tmp_path / "captions-session"
    session.mkdir()
    jd = session / "jd.md"
    jd.write_text(f"# Backend Engineer\n\n## Requirements\n\n- {ERLANG}\n", encoding="utf-8")
    captions = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Maya>I mostly wrote Python services.\n"
    (session / "call.vtt").write_text(captions, encoding="utf-8")
    client = RawClient()
    try:
        client.initialize(rootUri=session.as_uri(), capabilities={"workspace": {"workspaceEdit": {"documentChanges": False}}})
        client.notify("textDocument/didOpen", {"textDocument": {
            "uri": jd.as_uri(), "languageId": "", "version": 1, "text": jd.read_text(encoding="utf-8")}})
        line = line_of(jd, ERLANG)

        response = client.request(2, "textDocument/codeAction", {
            "textDocument": {"uri": jd.as_uri()},
            "range": {"start": {"line": line, "character": 3}, "end": {"line": line, "character": 3}},
            "context": {"diagnostics": []}})

        ask = next(action for action in response["result"] if action["title"].startswith("Ask next: "))
        assert "edit" not in ask, "a caption file is never edited"
        assert ask["command"]["command"] == "interview.nextQuestion"
        result = client.request(3, "workspace/executeCommand", ask["command"])
        shown = client.notification("window/showMessage")
        assert shown["params"]["message"] == f"Ask next: {result['result']['question']}"
        assert (session / "call.vtt").read_text(encoding="utf-8") == captions
    finally:
        client.close()
