"""A role folder in the editor: the code lens on its JD names the best candidate, and `interview.rank` returns
what `interview-lsp rank --format json` prints."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import REPO_ROOT, server_binary
from rawclient import RawClient

ROLE = REPO_ROOT / "examples" / "roles" / "backend-engineer"


@pytest.fixture
def role(tmp_path: Path) -> Path:
    target = tmp_path / "backend-engineer"
    shutil.copytree(ROLE, target)
    return target


@pytest.fixture
def client():
    client = RawClient()
    yield client
    client.close()


def open_jd(client: RawClient, role: Path) -> str:
    client.initialize(rootUri=role.as_uri())
    jd = role / "jd.md"
    uri = jd.as_uri()
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1,
                                                            "text": jd.read_text(encoding="utf-8")}})
    return uri


def test_the_code_lens_on_a_roles_jd_counts_the_candidates_and_names_the_best(client, role: Path):
    uri = open_jd(client, role)

    lenses = client.request(2, "textDocument/codeLens", {"textDocument": {"uri": uri}})["result"]

    titles = [lens["command"]["title"] for lens in lenses]
    assert "3 candidates · best: ada-okafor" in titles, titles
    rank_lens = next(lens for lens in lenses if lens["command"]["command"] == "interview.rank")
    assert rank_lens["range"]["start"]["line"] == 0
    assert rank_lens["command"]["arguments"] == [{"uri": uri}]


def test_the_rank_command_returns_the_same_ranking_as_the_command_line(client, role: Path):
    uri = open_jd(client, role)

    result = client.request(2, "workspace/executeCommand", {"command": "interview.rank", "arguments": [{"uri": uri}]})["result"]

    cli = subprocess.run([server_binary(), "rank", str(role), "--format", "json"], capture_output=True, text=True, timeout=60)
    assert cli.returncode == 0, cli.stderr
    expected = json.loads(cli.stdout)
    assert result["candidates"] == expected["candidates"]
    assert result["requirements"] == expected["requirements"]
    assert [c["name"] for c in result["candidates"]] == ["ada-okafor", "ben-marsh", "chloe-ng"]


def test_a_plain_session_gets_no_ranking_lens(client, session_dir: Path):
    uri = open_jd(client, session_dir)

    lenses = client.request(2, "textDocument/codeLens", {"textDocument": {"uri": uri}})["result"]

    assert [lens["command"]["command"] for lens in lenses] == ["interview.showCoverage"]


def test_the_rank_command_without_a_session_is_invalid_params(client, tmp_path: Path):
    client.initialize(rootUri=None)

    response = client.request(2, "workspace/executeCommand", {"command": "interview.rank",
                                                             "arguments": [{"uri": (tmp_path / "jd.md").as_uri()}]})

    assert response["error"]["code"] == -32602


def test_the_chat_names_the_best_candidates_with_quotes_from_each_ones_own_files(client, role: Path):
    uri = open_jd(client, role)

    result = client.request(2, "workspace/executeCommand", {
        "command": "interview.chat", "arguments": [{"question": "Who are the best candidates for this role and why?", "uri": uri}]})["result"]

    answer = result["answer"]
    assert answer.index("**ada-okafor**") < answer.index("**ben-marsh**") < answer.index("**chloe-ng**"), answer
    assert "Docker (contradicted)" in answer
    assert result["citations"], result
    for number, citation in enumerate(result["citations"], start=1):
        cited = Path(citation["uri"].removeprefix("file://")).relative_to(role)
        # Each candidate's line cites only that candidate's folder.
        line = next(l for l in answer.splitlines() if f"[{number}]" in l)
        assert f"**{cited.parts[0]}**" in line, (line, cited)
