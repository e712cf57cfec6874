"""The retrieval index behind chat: extractive answers with exact citations, and indexing progress."""

import asyncio
from pathlib import Path

import pytest_lsp
from pytest_lsp import ClientServerConfig, LanguageClient

from conftest import server_binary
from evidence_helpers import execute, initialize, make_evidence_client, open_and_analyse, text_at, uri_path
from helpers import WAIT_LIMIT


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[server_binary()], client_factory=make_evidence_client),
    params=["neovim@v0.7.0", "visual_studio_code"],
)
async def client(lsp_client: LanguageClient, request, session_dir: Path):
    await initialize(lsp_client, request.param, session_dir)
    yield
    await lsp_client.shutdown_session()


async def test_any_other_question_gets_the_best_passages_with_exact_citations(client, session_dir: Path):
    uri = await open_and_analyse(client, session_dir)

    result = await execute(client, "interview.chat", {"question": "How were the settlement workers built?", "uri": uri})

    assert result["mode"] == "offline"
    assert result["answer"].startswith("Extractive answer")
    first = result["citations"][0]
    assert uri_path(first["uri"]).name == "transcript.md"
    assert "asyncio workers for settlement" in first["quote"]
    assert first["speaker"] == "Candidate"
    for citation in result["citations"]:
        assert text_at(uri_path(citation["uri"]).read_text(encoding="utf-8"), citation["range"]) == citation["quote"]
    assert (session_dir / ".interview" / "index.sqlite").exists()


async def test_a_question_nothing_matches_says_so(client, session_dir: Path):
    uri = await open_and_analyse(client, session_dir)

    result = await execute(client, "interview.chat", {"question": "zygomorphic quokkas?", "uri": uri})

    assert "no passage in this session matches" in result["answer"]
    assert result["citations"] == []


async def test_indexing_a_large_session_reports_work_done_progress(client, session_dir: Path):
    turns = [f"Candidate: In sprint {n} I tuned PostgreSQL query {n} and reviewed the ledger service." for n in range(4000)]
    (session_dir / "transcript-long.md").write_text("\n".join(turns) + "\n", encoding="utf-8")

    await open_and_analyse(client, session_dir)

    async def finished():
        while not any(values and values[-1].kind == "end" for values in client.progress_reports.values()):
            await asyncio.sleep(0.05)

    await asyncio.wait_for(finished(), WAIT_LIMIT)
    values = next(values for values in client.progress_reports.values() if values)
    assert values[0].kind == "begin"
    assert values[0].title == "Indexing interview session"
    assert values[-1].kind == "end"
    assert [value.kind for value in values[1:-1]] == ["report"] * (len(values) - 2)

    result = await execute(client, "interview.chat", {"question": "Which query was tuned in sprint 3999?"})
    assert any("sprint 3999" in citation["quote"] for citation in result["citations"])


async def test_a_small_session_is_indexed_without_progress(client, session_dir: Path):
    await open_and_analyse(client, session_dir)
    await execute(client, "interview.chat", {"question": "ledger"})

    assert not client.progress_reports
