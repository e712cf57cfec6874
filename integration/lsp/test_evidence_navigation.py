"""Hover, go to evidence, references, outline and code lens, with Neovim 0.7 and VS Code capabilities.

Evidence-dependent assertions use the backend session, whose truth is obvious: Python and PostgreSQL are
verified in the interview, Kubernetes is only claimed in the CV, Erlang/OTP and Terraform are unmet.
"""

import re
from pathlib import Path

import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from conftest import server_binary
from evidence_helpers import (ERLANG, KUBERNETES, PYTHON, PYTHON_TURN, initialize, make_evidence_client,
                              open_and_analyse, text_at, uri_path)
from helpers import line_of, open_document


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[server_binary()], client_factory=make_evidence_client),
    params=["neovim@v0.7.0", "visual_studio_code"],
)
async def client(lsp_client: LanguageClient, request, session_dir: Path):
    await initialize(lsp_client, request.param, session_dir)
    yield
    await lsp_client.shutdown_session()


def position(path: Path, needle: str) -> types.Position:
    line = line_of(path, needle)
    return types.Position(line=line, character=path.read_text(encoding="utf-8").splitlines()[line].index(needle) + 2)


async def hover(client: LanguageClient, uri: str, at: types.Position) -> types.Hover | None:
    return await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=at)
    )


async def test_hovering_a_verified_requirement_shows_its_status_and_a_quote_from_the_interview(client, session_dir: Path):
    jd = session_dir / "jd.md"
    uri = await open_and_analyse(client, session_dir)

    result = await hover(client, uri, position(jd, PYTHON))

    assert result is not None
    assert result.contents.kind == types.MarkupKind.Markdown
    text = result.contents.value
    assert "verified in the interview" in text
    assert PYTHON in text
    transcript = (session_dir / "transcript.md").read_text(encoding="utf-8")
    quotes = [quote.rstrip("…") for quote in re.findall(r"“([^”]+)”", text)]
    assert any(quote in transcript for quote in quotes), text
    assert re.search(r"\[transcript\.md:\d+\]\(file://[^)]*transcript\.md#L\d+\)", text), text
    assert result.range.start.line == line_of(jd, PYTHON)
    assert text_at(jd.read_text(encoding="utf-8"), result.range) == PYTHON


async def test_hovering_an_unmet_requirement_says_nothing_evidences_it(client, session_dir: Path):
    jd = session_dir / "jd.md"
    uri = await open_and_analyse(client, session_dir)

    result = await hover(client, uri, position(jd, ERLANG))

    assert "unmet" in result.contents.value
    assert "No evidence in the CV or the interview." in result.contents.value


async def test_hovering_the_candidates_answer_names_the_requirement_it_supports(client, session_dir: Path):
    await open_and_analyse(client, session_dir)
    transcript = session_dir / "transcript.md"
    uri = open_document(client, transcript)

    result = await hover(client, uri, position(transcript, PYTHON_TURN))

    assert result is not None
    assert "Evidence for" in result.contents.value
    assert PYTHON in result.contents.value


async def test_hovering_a_responsibility_shows_nothing(client, session_dir: Path):
    jd = session_dir / "jd.md"
    uri = await open_and_analyse(client, session_dir)

    assert await hover(client, uri, position(jd, "Mentor engineers")) is None


async def test_go_to_definition_on_a_requirement_jumps_to_its_evidence_transcript_first(client, session_dir: Path):
    jd = session_dir / "jd.md"
    uri = await open_and_analyse(client, session_dir)

    result = await client.text_document_definition_async(
        types.DefinitionParams(text_document=types.TextDocumentIdentifier(uri=uri), position=position(jd, PYTHON))
    )

    assert result, "a verified requirement has evidence to jump to"
    assert uri_path(result[0].uri).name == "transcript.md"
    quotes = [text_at(uri_path(location.uri).read_text(encoding="utf-8"), location.range) for location in result]
    assert all(quote.strip() for quote in quotes), quotes
    assert any("python" in quote.lower() for quote in quotes), quotes


async def test_go_to_definition_on_a_claimed_requirement_lands_on_the_cv(client, session_dir: Path):
    jd = session_dir / "jd.md"
    uri = await open_and_analyse(client, session_dir)

    result = await client.text_document_definition_async(
        types.DefinitionParams(text_document=types.TextDocumentIdentifier(uri=uri), position=position(jd, KUBERNETES))
    )

    assert result and {uri_path(location.uri).name for location in result} == {"cv.md"}


async def test_references_from_an_evidence_line_list_the_requirements_it_supports(client, session_dir: Path):
    jd = session_dir / "jd.md"
    await open_and_analyse(client, session_dir)
    transcript = session_dir / "transcript.md"
    uri = open_document(client, transcript)

    result = await client.text_document_references_async(
        types.ReferenceParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=position(transcript, PYTHON_TURN),
            context=types.ReferenceContext(include_declaration=True),
        )
    )

    jd_lines = {location.range.start.line for location in result if uri_path(location.uri).name == "jd.md"}
    assert line_of(jd, PYTHON) in jd_lines
    assert any(uri_path(location.uri).name == "transcript.md" for location in result), "the declaration is included"


async def symbols(client: LanguageClient, uri: str) -> list[types.DocumentSymbol]:
    return await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )


def assert_selection_inside(symbol: types.DocumentSymbol) -> None:
    def key(position: types.Position):
        return (position.line, position.character)

    assert key(symbol.range.start) <= key(symbol.selection_range.start)
    assert key(symbol.selection_range.end) <= key(symbol.range.end)
    for child in symbol.children or []:
        assert key(symbol.range.start) <= key(child.range.start) and key(child.range.end) <= key(symbol.range.end)
        assert_selection_inside(child)


async def test_the_jd_outline_lists_requirements_with_their_status_under_their_section(client, session_dir: Path):
    uri = await open_and_analyse(client, session_dir)

    result = await symbols(client, uri)

    requirements = next(symbol for symbol in result if symbol.name == "Requirements")
    assert requirements.kind == types.SymbolKind.Namespace
    erlang = next(child for child in requirements.children if child.name == ERLANG)
    assert erlang.kind == types.SymbolKind.Field
    assert erlang.detail == "must · unmet"
    python = next(child for child in requirements.children if child.name == PYTHON)
    assert python.detail == "must · verified"
    for symbol in result:
        assert_selection_inside(symbol)


async def test_the_cv_outline_has_sections_and_roles_and_the_transcript_outline_has_turns(client, session_dir: Path):
    await open_and_analyse(client, session_dir)
    cv_uri = open_document(client, session_dir / "cv.md")
    transcript_uri = open_document(client, session_dir / "transcript.md")

    cv = await symbols(client, cv_uri)
    experience = next(symbol for symbol in cv if symbol.name == "Experience")
    roles = [child for child in experience.children or [] if child.kind == types.SymbolKind.Class]
    assert any("Lumen Pay" in role.name for role in roles)
    turns = await symbols(client, transcript_uri)
    assert [turn.kind for turn in turns] == [types.SymbolKind.Event] * len(turns)
    assert [turn.name for turn in turns[:2]] == ["Interviewer", "Candidate"]
    for symbol in cv + turns:
        assert_selection_inside(symbol)


async def test_a_code_lens_on_the_jd_title_summarises_coverage(client, session_dir: Path):
    uri = await open_and_analyse(client, session_dir)

    lenses = await client.text_document_code_lens_async(
        types.CodeLensParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )

    assert len(lenses) == 1
    assert lenses[0].range.start.line == 0
    assert lenses[0].command.title == "must: 2 verified · 1 claimed · 1 unmet  |  nice: 1 unmet"
    assert lenses[0].command.command == "interview.showCoverage"

    shown = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command=lenses[0].command.command, arguments=lenses[0].command.arguments)
    )
    assert ERLANG in shown


def test_a_client_without_markdown_gets_a_plain_text_hover_without_links(session_dir: Path):
    from rawclient import RawClient

    jd = session_dir / "jd.md"
    client = RawClient()
    try:
        client.initialize(rootUri=session_dir.as_uri(), capabilities={"textDocument": {"hover": {"contentFormat": ["plaintext"]}}})
        client.notify("textDocument/didOpen", {"textDocument": {
            "uri": jd.as_uri(), "languageId": "", "version": 1, "text": jd.read_text(encoding="utf-8")}})

        response = client.request(2, "textDocument/hover", {
            "textDocument": {"uri": jd.as_uri()}, "position": {"line": line_of(jd, PYTHON), "character": 4}})

        contents = response["result"]["contents"]
        assert contents["kind"] == "plaintext"
        assert contents["value"].startswith(f"Must-have · verified in the interview: {PYTHON}")
        assert "transcript.md:" in contents["value"]
        assert "file://" not in contents["value"] and "**" not in contents["value"]
    finally:
        client.close()
