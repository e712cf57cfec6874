"""A role folder in the editor is analysed candidate by candidate: Ada's Kubernetes is never Bob's, in diagnostics,
hovers, chat or the retrieval index, and the JD shows the candidate whose file was touched last."""

import sqlite3
import subprocess
from pathlib import Path

import pytest

from model_helpers import model_settings, server_env, standin  # noqa: F401 (a fixture)
from conftest import server_binary
from rawclient import RawClient

JD = "# Platform Engineer\n\n## Requirements\n\n- Python\n- Kubernetes\n- Rust\n"
FILES = {
    "jd.md": JD,
    "ada/cv.md": "# Ada\n\n## Skills\n\nPython, Kubernetes\n",
    "ada/transcript.md": "Interviewer: Tell me about your work.\n"
                         "Candidate: I run our Kubernetes clusters every day and write Python.\n",
    "bob/cv.md": "# Bob\n\n## Skills\n\nPython\n",
    "bob/transcript.md": "Interviewer: Tell me about your work.\nCandidate: I write Python services every day.\n",
}
PYTHON, KUBERNETES, RUST = (JD.splitlines().index(f"- {skill}") for skill in ("Python", "Kubernetes", "Rust"))
QUESTIONS = [
    "Does the candidate know Kubernetes?",
    "Tell me about clusters",
    "What skills are missing for this JD based on the CV and interview transcript?",
    "What are the strongest evidence-backed strengths we observed?",
]


@pytest.fixture
def role(tmp_path: Path) -> Path:
    root = tmp_path / "platform-engineer"
    for name, text in FILES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def client(role: Path):
    client = RawClient()
    client.initialize(rootUri=role.as_uri(), initializationOptions={"interview": {"debounceMs": 0}})
    yield client
    client.close()


class Editor:
    """Opens, edits and asks about the role's files through one client, with fresh request ids."""

    def __init__(self, client: RawClient, role: Path):
        self.client, self.role, self.next_id, self.versions = client, role, 100, {}

    def uri(self, name: str) -> str:
        return (self.role / name).as_uri()

    def request(self, method: str, params: dict) -> dict:
        self.next_id += 1
        response = self.client.request(self.next_id, method, params)
        assert "error" not in response, response
        return response["result"]

    def open(self, name: str) -> None:
        self.versions[name] = 1
        self.client.notify("textDocument/didOpen", {"textDocument": {
            "uri": self.uri(name), "languageId": "markdown", "version": 1, "text": (self.role / name).read_text(encoding="utf-8")}})

    def append(self, name: str, text: str) -> None:
        self.versions[name] += 1
        lines = (self.role / name).read_text(encoding="utf-8").count("\n")
        end = {"line": lines, "character": 0}
        self.client.notify("textDocument/didChange", {
            "textDocument": {"uri": self.uri(name), "version": self.versions[name]},
            "contentChanges": [{"range": {"start": end, "end": end}, "text": text}]})

    def jd_diagnostics(self, accept) -> list[dict]:
        """The JD's diagnostics once a published list satisfies ACCEPT."""
        while True:
            params = self.client.notification("textDocument/publishDiagnostics")["params"]
            if params["uri"] == self.uri("jd.md") and accept(params["diagnostics"]):
                return params["diagnostics"]

    def chat(self, question: str, name: str) -> dict:
        return self.request("workspace/executeCommand", {"command": "interview.chat",
                                                         "arguments": [{"question": question, "uri": self.uri(name)}]})

    def hover(self, line: int) -> str:
        result = self.request("textDocument/hover", {"textDocument": {"uri": self.uri("jd.md")},
                                                     "position": {"line": line, "character": 4}})
        return result["contents"]["value"]

    def lens_titles(self) -> list[str]:
        lenses = self.request("textDocument/codeLens", {"textDocument": {"uri": self.uri("jd.md")}})
        return [lens["command"]["title"] for lens in lenses]


def codes(diagnostics: list[dict], line: int) -> list[str]:
    return [d["code"] for d in diagnostics if d["range"]["start"]["line"] == line]


def test_the_jd_follows_the_candidate_in_view_and_never_mixes_them(client, role: Path):
    editor = Editor(client, role)
    editor.open("jd.md")
    # Nobody in view: only what no candidate evidences; Ada's Kubernetes counts for nobody else.
    overview = editor.jd_diagnostics(lambda d: codes(d, RUST))
    assert codes(overview, KUBERNETES) == [] and codes(overview, PYTHON) == []
    assert "all 2 candidates" in next(d for d in overview if d["range"]["start"]["line"] == RUST)["message"]
    assert any(title.startswith("Role of 2 candidates") for title in editor.lens_titles())
    hover = editor.hover(KUBERNETES)
    assert "ada" in hover and "bob" in hover and "transcript.md" not in hover, hover

    editor.open("bob/transcript.md")
    bobs = editor.jd_diagnostics(lambda d: codes(d, KUBERNETES) == ["unmet-requirement"])
    assert codes(bobs, PYTHON) == [], "Bob's own Python stays verified"
    hover = editor.hover(KUBERNETES)
    assert "bob" in hover and "unmet" in hover and "ada/" not in hover, hover
    assert any(title.startswith("Coverage of bob") for title in editor.lens_titles())

    editor.open("ada/cv.md")
    adas = editor.jd_diagnostics(lambda d: d and codes(d, KUBERNETES) == [])
    assert codes(adas, RUST) == ["unmet-requirement"]
    hover = editor.hover(KUBERNETES)
    assert "ada/transcript.md" in hover and "bob/" not in hover, hover
    assert not [r for r in client.requests if r["method"] == "workspace/codeLens/refresh"], "not asked of a client without refreshSupport"


def test_the_jds_diagnostics_say_whose_they_are_and_the_lens_is_asked_for_again_when_that_changes(role: Path):
    client = RawClient()
    try:
        client.initialize(rootUri=role.as_uri(), initializationOptions={"interview": {"debounceMs": 0}},
                          capabilities={"workspace": {"codeLens": {"refreshSupport": True}}})
        editor = Editor(client, role)
        editor.open("jd.md")
        overview = editor.jd_diagnostics(lambda d: codes(d, RUST))
        assert not [d for d in overview if d["message"].startswith(("ada", "bob"))], overview

        editor.open("bob/transcript.md")
        bobs = editor.jd_diagnostics(lambda d: codes(d, KUBERNETES) == ["unmet-requirement"])
        assert all(d["message"].startswith("bob: Unmet") for d in bobs), bobs
        client.server_request("workspace/codeLens/refresh")
        assert any(title.startswith("Coverage of bob") for title in editor.lens_titles())

        editor.open("ada/cv.md")
        adas = editor.jd_diagnostics(lambda d: d and codes(d, KUBERNETES) == [])
        assert codes(adas, RUST) == ["unmet-requirement"], "codes are a contract: unchanged"
        assert all(d["message"].startswith("ada: ") for d in adas), adas
        client.server_request("workspace/codeLens/refresh")
        assert any(title.startswith("Coverage of ada") for title in editor.lens_titles())
    finally:
        client.close()


def test_a_candidate_folder_named_like_markdown_is_shown_as_written_never_as_a_link(tmp_path: Path):
    # A folder name cannot hold "/": the link's target is "http:e.vil".
    evil = "*[x](http:e.vil)*"
    escaped = r"\*\[x\]\(http:e.vil\)\*"
    role = tmp_path / "role"
    for name, text in {"jd.md": JD, f"{evil}/cv.md": FILES["ada/cv.md"], f"{evil}/transcript.md": FILES["ada/transcript.md"],
                       "bob/cv.md": FILES["bob/cv.md"]}.items():
        (role / name).parent.mkdir(parents=True, exist_ok=True)
        (role / name).write_text(text, encoding="utf-8")
    client = RawClient()
    try:
        client.initialize(rootUri=role.as_uri(), initializationOptions={"interview": {"debounceMs": 0}},
                          capabilities={"textDocument": {"hover": {"contentFormat": ["markdown"]}}})
        editor = Editor(client, role)
        editor.open("jd.md")
        editor.jd_diagnostics(lambda d: codes(d, RUST))
        overview = editor.hover(KUBERNETES)
        assert f"**{escaped}**" in overview and "[x](" not in overview, overview
        for question in ("Does the candidate know Kubernetes?", "Who are the best candidates?"):
            answer = editor.chat(question, "jd.md")["answer"]
            assert escaped in answer and "[x](" not in answer, (question, answer)

        editor.open(f"{evil}/transcript.md")
        editor.jd_diagnostics(lambda d: d and codes(d, KUBERNETES) == [])
        hover = editor.hover(KUBERNETES)
        assert f"Candidate: {escaped}" in hover and "[x](" not in hover, hover
    finally:
        client.close()


def test_chat_from_bobs_transcript_cites_only_bobs_files(client, role: Path):
    editor = Editor(client, role)
    editor.open("bob/transcript.md")
    editor.jd_diagnostics(lambda d: codes(d, KUBERNETES))

    for question in QUESTIONS:
        result = editor.chat(question, "bob/transcript.md")
        assert "Kubernetes clusters" not in result["answer"], (question, result)
        for citation in result["citations"]:
            assert "/bob/" in citation["uri"] or citation["uri"] == editor.uri("jd.md"), (question, citation)


def test_a_question_from_the_jd_naming_a_candidate_is_answered_from_their_files_only(client, role: Path):
    editor = Editor(client, role)
    editor.open("jd.md")
    editor.jd_diagnostics(lambda d: codes(d, RUST))

    about_bob = editor.chat("Does Bob know Kubernetes?", "jd.md")
    assert all("/bob/" in c["uri"] or c["uri"] == editor.uri("jd.md") for c in about_bob["citations"]), about_bob
    about_ada = editor.chat("Does Ada know Kubernetes?", "jd.md")
    assert about_ada["citations"] and all("/ada/" in c["uri"] or c["uri"] == editor.uri("jd.md") for c in about_ada["citations"])
    anyone = editor.chat("Does the candidate know Kubernetes?", "jd.md")
    assert anyone["citations"] == [] and "ada" in anyone["answer"] and "bob" in anyone["answer"], anyone


def test_bobs_index_holds_no_text_of_ada(client, role: Path):
    editor = Editor(client, role)
    editor.open("bob/transcript.md")
    editor.jd_diagnostics(lambda d: codes(d, KUBERNETES))
    editor.chat("Tell me about clusters", "bob/transcript.md")  # waits for Bob's index to be written

    index = role / "bob" / ".interview" / "index.sqlite"
    assert index.is_file()
    database = sqlite3.connect(index)
    tables = [row[0] for row in database.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    text = ""
    for table in tables:
        for row in database.execute(f'SELECT * FROM "{table}"'):
            text += " ".join(str(value) for value in row if isinstance(value, str)) + "\n"
    database.close()
    assert "Python services" in text
    assert "Kubernetes clusters" not in text and "ada/" not in text
    assert not (role / ".interview" / "index.sqlite").exists(), "no index holds every candidate"


def test_editing_adas_transcript_changes_adas_results_only(client, role: Path):
    editor = Editor(client, role)
    editor.open("bob/transcript.md")
    editor.open("ada/transcript.md")
    editor.jd_diagnostics(lambda d: d and codes(d, KUBERNETES) == [])
    missing = QUESTIONS[2]
    bob_before = editor.chat(missing, "bob/transcript.md")
    assert "Rust" in editor.chat(missing, "ada/transcript.md")["answer"]

    editor.append("ada/transcript.md", "Candidate: I wrote our Rust ingestion service.\n")
    editor.jd_diagnostics(lambda d: codes(d, RUST) == [])

    assert "Rust" not in editor.chat(missing, "ada/transcript.md")["answer"].split("**Only claimed")[0]
    assert editor.chat(missing, "bob/transcript.md") == bob_before


def test_with_a_model_chat_from_bobs_transcript_sends_the_model_nothing_of_ada(role: Path, standin):
    client = RawClient(env=server_env(OPENAI_API_KEY="sk-role-isolation"))
    try:
        client.initialize(rootUri=role.as_uri(), initializationOptions=model_settings(standin))
        editor = Editor(client, role)
        editor.open("bob/transcript.md")
        editor.jd_diagnostics(lambda d: codes(d, KUBERNETES))

        result = editor.chat("Does the candidate know Kubernetes?", "bob/transcript.md")

        assert result["mode"] == "llm", result
        for citation in result["citations"]:
            assert "/bob/" in citation["uri"] or citation["uri"] == editor.uri("jd.md"), citation
        sent = [request["body"] for request in standin.requests()]
        assert standin.requests("/v1/chat/completions"), "the model was asked"
        assert not [body for body in sent if "Kubernetes clusters" in body], "nothing of Ada's is sent"
    finally:
        client.close()


def test_ask_next_on_the_jd_writes_into_the_candidate_in_views_own_notes(role: Path):
    client = RawClient()
    try:
        client.initialize(rootUri=role.as_uri(), initializationOptions={"interview": {"debounceMs": 0}},
                          capabilities={"workspace": {"workspaceEdit": {"documentChanges": True, "resourceOperations": ["create"]}}})
        editor = Editor(client, role)
        editor.open("jd.md")
        editor.jd_diagnostics(lambda d: codes(d, RUST))
        at_kubernetes = {"start": {"line": KUBERNETES, "character": 0}, "end": {"line": KUBERNETES, "character": 0}}
        actions = editor.request("textDocument/codeAction", {"textDocument": {"uri": editor.uri("jd.md")}, "range": at_kubernetes,
                                                             "context": {"diagnostics": []}})
        assert actions == [], "no candidate in view: nobody to ask"

        editor.open("bob/transcript.md")
        diagnostics = editor.jd_diagnostics(lambda d: codes(d, KUBERNETES) == ["unmet-requirement"])
        kubernetes = [d for d in diagnostics if d["range"]["start"]["line"] == KUBERNETES]
        actions = editor.request("textDocument/codeAction", {"textDocument": {"uri": editor.uri("jd.md")}, "range": at_kubernetes,
                                                             "context": {"diagnostics": kubernetes}})
        ask = next(action for action in actions if action["title"].startswith("Ask next:"))
        changes = ask["edit"]["documentChanges"]
        assert changes[0]["kind"] == "create" and changes[0]["uri"] == editor.uri("bob/notes.md"), changes
        assert all(change.get("textDocument", {}).get("uri", editor.uri("bob/notes.md")) == editor.uri("bob/notes.md")
                   for change in changes)
    finally:
        client.close()


def test_cv_files_beside_the_jd_are_candidates_with_an_index_each(tmp_path: Path):
    role = tmp_path / "role"
    role.mkdir()
    (role / "jd.md").write_text(JD, encoding="utf-8")
    (role / "ada-cv.md").write_text(FILES["ada/cv.md"], encoding="utf-8")
    (role / "bob-cv.md").write_text(FILES["bob/cv.md"], encoding="utf-8")
    client = RawClient()
    try:
        client.initialize(rootUri=role.as_uri(), initializationOptions={"interview": {"debounceMs": 0}})
        editor = Editor(client, role)
        editor.open("bob-cv.md")
        editor.jd_diagnostics(lambda d: codes(d, KUBERNETES) == ["unmet-requirement"])

        result = editor.chat("Does the candidate know Kubernetes?", "bob-cv.md")

        assert all(c["uri"] in (editor.uri("bob-cv.md"), editor.uri("jd.md")) for c in result["citations"]), result
        assert (role / ".interview" / "index-bob-cv.sqlite").is_file()
        assert not (role / ".interview" / "index-ada-cv.sqlite").exists(), "Ada's index is made when needed"
        assert not (role / ".interview" / "index.sqlite").exists()
    finally:
        client.close()


def test_cv_files_beside_a_transcript_are_one_interview_and_check_rank_and_the_editor_say_how_to_make_a_role(tmp_path: Path):
    folder = tmp_path / "one-interview"
    folder.mkdir()
    for name, text in {"jd.md": JD, "cv.md": FILES["ada/cv.md"], "linkedin-cv.md": FILES["bob/cv.md"],
                       "transcript.md": FILES["ada/transcript.md"]}.items():
        (folder / name).write_text(text, encoding="utf-8")
    notice = "transcript.md: check and the editor read it with the 2 CV files beside it (cv.md, linkedin-cv.md) as one candidate's interview"
    for command in ("check", "rank"):
        result = subprocess.run([server_binary(), command, str(folder)], capture_output=True, text=True, timeout=60)
        assert notice in result.stderr and "a sub-folder of their own" in result.stderr, (command, result.stderr)

    client = RawClient()
    try:
        client.initialize(rootUri=folder.as_uri(), initializationOptions={"interview": {"debounceMs": 0}})
        editor = Editor(client, folder)
        editor.open("jd.md")
        while notice not in client.notification("window/logMessage")["params"]["message"]:
            pass
        # Still one interview: Ada's transcript verifies Kubernetes, on the JD with no candidate's name.
        diagnostics = editor.jd_diagnostics(lambda d: codes(d, RUST))
        assert codes(diagnostics, KUBERNETES) == [] and not diagnostics[0]["message"].startswith("cv")
    finally:
        client.close()

