"""`interview.chat` and `interview.nextQuestion` through pytest-lsp, a cancelled chat on the raw wire,
and `interview-lsp ask` on the command line."""

import json
import subprocess
from pathlib import Path

import pytest
import pytest_lsp
from pytest_lsp import ClientServerConfig, LanguageClient

from conftest import server_binary
from evidence_helpers import ERLANG, KUBERNETES, execute, initialize, make_evidence_client, open_and_analyse, text_at, uri_path
from helpers import line_of, on_line
from rawclient import RawClient, frame

QUESTIONS = {
    "missing": "What skills are missing for this JD based on the CV and interview transcript?",
    "strengths": "What are the strongest evidence-backed strengths we observed?",
    "coverage": "Which JD requirements are not yet covered and what should I ask next?",
    "red flags": "List red flags or inconsistencies between the CV and what was said",
}


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[server_binary()], client_factory=make_evidence_client),
    params=["neovim@v0.7.0", "visual_studio_code"],
)
async def client(lsp_client: LanguageClient, request, session_dir: Path):
    await initialize(lsp_client, request.param, session_dir)
    yield
    await lsp_client.shutdown_session()


def assert_citations_are_exact(citations: list[dict]) -> None:
    for citation in citations:
        text = uri_path(citation["uri"]).read_text(encoding="utf-8")
        assert text_at(text, citation["range"]) == citation["quote"], citation


@pytest.mark.parametrize("topic", QUESTIONS)
async def test_the_four_common_questions_get_offline_answers_with_exact_citations(client, session_dir: Path, topic):
    uri = await open_and_analyse(client, session_dir)

    result = await execute(client, "interview.chat", {"question": QUESTIONS[topic], "uri": uri})

    assert result["mode"] == "offline"
    assert result["answer"].strip()
    assert_citations_are_exact(result["citations"])
    if topic == "missing":
        assert "Erlang/OTP" in result["answer"]
        assert "Python" not in result["answer"].split("**Only claimed")[0], "a verified skill is not missing"
    if topic == "strengths":
        assert "Python" in result["answer"]
        assert any(uri_path(c["uri"]).name == "transcript.md" for c in result["citations"])
    if topic == "coverage":
        assert "Ask next:" in result["answer"]
    if topic != "red flags":
        assert result["citations"], "each point comes with a citation"


async def test_citations_after_an_emoji_count_utf16_code_units(client, session_dir: Path):
    transcript = session_dir / "transcript.md"
    transcript.write_text(transcript.read_text(encoding="utf-8").replace("Candidate: Sure.", "Candidate: 🙂🙂 Sure."), encoding="utf-8")
    uri = await open_and_analyse(client, session_dir)

    result = await execute(client, "interview.chat", {"question": QUESTIONS["strengths"], "uri": uri})

    spoken = [c for c in result["citations"] if uri_path(c["uri"]).name == "transcript.md"]
    assert spoken
    assert_citations_are_exact(result["citations"])


async def test_chat_without_a_uri_uses_the_open_session(client, session_dir: Path):
    await open_and_analyse(client, session_dir)

    result = await execute(client, "interview.chat", {"question": QUESTIONS["missing"]})

    assert "Erlang/OTP" in result["answer"]


async def test_chat_with_no_session_open_is_an_invalid_params_error(client):
    with pytest.raises(Exception) as raised:
        await execute(client, "interview.chat", {"question": QUESTIONS["missing"]})
    assert "no interview session is open" in str(raised.value)


async def test_next_question_picks_the_unmet_must_have(client, session_dir: Path):
    jd = session_dir / "jd.md"
    uri = await open_and_analyse(client, session_dir)
    erlang = on_line(client.diagnostics[uri], line_of(jd, ERLANG))[0]

    result = await execute(client, "interview.nextQuestion", {"uri": uri})

    assert result["requirementId"] == erlang.data["requirementId"]
    assert "Erlang" in result["question"]
    assert result["reason"] == "must-have with no evidence"
    assert uri_path(result["uri"]) == jd
    assert text_at(jd.read_text(encoding="utf-8"), result["range"]) == ERLANG
    assert result["grounding"] is None


async def test_next_question_for_a_claimed_requirement_probes_the_cv_claim(client, session_dir: Path):
    jd = session_dir / "jd.md"
    uri = await open_and_analyse(client, session_dir)
    claim = on_line(client.diagnostics[uri], line_of(jd, KUBERNETES))[0]

    result = await execute(client, "interview.nextQuestion", {"uri": uri, "requirementId": claim.data["requirementId"]})

    assert result["reason"] == "claimed in the CV, not yet discussed"
    grounding = result["grounding"]
    assert uri_path(grounding["uri"]).name == "cv.md"
    assert_citations_are_exact([grounding])
    assert "Your CV says" in result["question"]


async def test_next_question_with_nothing_open_is_null(client):
    assert await execute(client, "interview.nextQuestion", {"uri": "file:///nowhere/jd.md"}) is None


def test_a_cancelled_chat_is_answered_request_cancelled(session_dir: Path):
    client = RawClient()
    try:
        client.initialize(rootUri=session_dir.as_uri())
        jd = session_dir / "jd.md"
        client.notify("textDocument/didOpen", {"textDocument": {
            "uri": jd.as_uri(), "languageId": "", "version": 1, "text": jd.read_text(encoding="utf-8")}})
        client.notification("textDocument/publishDiagnostics")
        chat = {"jsonrpc": "2.0", "id": 7, "method": "workspace/executeCommand",
                "params": {"command": "interview.chat", "arguments": [{"question": QUESTIONS["missing"]}]}}
        cancel = {"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": 7}}
        client.write(frame(chat) + frame(cancel))

        response = client.response(7)

        assert response["error"]["code"] == -32800
        follow_up = client.request(8, "workspace/executeCommand", chat["params"])
        assert "Erlang/OTP" in follow_up["result"]["answer"], "the server keeps answering after a cancel"
    finally:
        client.close()


def run_ask(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([server_binary(), "ask", *arguments], capture_output=True, text=True, timeout=60)


def test_ask_prints_the_answer_with_numbered_citations(session_dir: Path):
    result = run_ask(str(session_dir), QUESTIONS["missing"])

    assert result.returncode == 0, result.stderr
    assert "Erlang/OTP" in result.stdout
    assert f"[1] jd.md:{line_of(session_dir / 'jd.md', ERLANG) + 1} “{ERLANG}”" in result.stdout


def test_ask_json_has_exact_citations(session_dir: Path):
    result = run_ask(str(session_dir), QUESTIONS["strengths"], "--format", "json")

    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["mode"] == "offline"
    assert answer["citations"]
    for citation in answer["citations"]:
        text = (session_dir / citation["path"]).read_text(encoding="utf-8")
        assert text_at(text, citation["range"]) == citation["quote"]
    assert any(c.get("speaker") == "Candidate" for c in answer["citations"])


def test_ask_exits_2_for_a_folder_without_a_job_description(tmp_path: Path):
    (tmp_path / "cv.md").write_text("# CV\n\nPython\n", encoding="utf-8")

    result = run_ask(str(tmp_path), QUESTIONS["missing"])

    assert result.returncode == 2
    assert "no job description" in result.stderr
    assert result.stdout == ""
