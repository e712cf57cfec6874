"""What the command line prints for a terminal never carries a control sequence from a folder name or a session
file: an ESC in a name is shown as `\\u{1B}`, while JSON keeps the text as it is (escaped by JSON itself)."""

import json
import shutil
import subprocess
from pathlib import Path

from conftest import REPO_ROOT, copy_fixture, server_binary

# Clears the screen, then retitles the terminal.
SEQUENCE = "\x1b[2J\x1b]0;pwned\x07"
VISIBLE = "\\u{1B}[2J\\u{1B}]0;pwned\\u{7}"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([server_binary(), *args], capture_output=True, text=True, timeout=60)


def assert_no_control(result: subprocess.CompletedProcess):
    for stream in (result.stdout, result.stderr):
        assert "\x1b" not in stream and "\x07" not in stream, stream


def test_a_candidate_folder_named_with_an_escape_sequence_is_shown_not_run_by_rank(tmp_path: Path):
    role = tmp_path / "role"
    shutil.copytree(REPO_ROOT / "examples" / "roles" / "backend-engineer", role)
    (role / "ada-okafor").rename(role / f"ada{SEQUENCE}")
    (role / "notes.md").write_text("Whose notes?\n", encoding="utf-8")

    text = run("rank", str(role))
    assert text.returncode == 0, text.stderr
    assert_no_control(text)
    assert f"ada{VISIBLE}" in text.stdout

    as_json = run("rank", str(role), "--format", "json")
    names = [candidate["name"] for candidate in json.loads(as_json.stdout)["candidates"]]
    assert f"ada{SEQUENCE}" in names


def test_a_session_folder_and_requirement_with_escape_sequences_reach_no_terminal_raw(tmp_path: Path):
    session = copy_fixture("backend-session", tmp_path).rename(tmp_path / f"session{SEQUENCE}")
    jd = session / "jd.md"
    jd.write_text(jd.read_text(encoding="utf-8").replace(
        "- Hands-on experience with Kubernetes", f"- Hands-on experience with Kubernetes{SEQUENCE}"), encoding="utf-8")
    (session / "cv.pdf").write_bytes(b"%PDF-1.7")

    check = run("check", str(session), "--fail-on", "none")
    assert check.returncode == 0, check.stderr
    assert_no_control(check)
    assert f"session{VISIBLE}/jd.md:" in check.stdout
    assert f"Kubernetes{VISIBLE}" in check.stdout
    assert f"warning: cv.pdf:" in check.stderr

    as_json = json.loads(run("check", str(session), "--format", "json", "--fail-on", "none").stdout)
    assert as_json["root"] == str(session)
    assert any(requirement["text"].endswith(f"Kubernetes{SEQUENCE}") for requirement in as_json["requirements"])

    for args in (("ask", str(session), f"Kubernetes{SEQUENCE}?"), ("report", str(session), "--format", "md"),
                 ("check", str(session / "missing"))):
        result = run(*args)
        assert_no_control(result)
        # Markdown escapes the bracket after it.
        assert "\\u{1B}" in result.stdout + result.stderr, args
