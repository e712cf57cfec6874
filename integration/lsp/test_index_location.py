"""interview.index.path moves the session's retrieval index; the default stays in .interview/."""

import json
import subprocess

from conftest import server_binary


def ask(session, question="Where did they talk about PostgreSQL?"):
    return subprocess.run([server_binary(), "ask", str(session), question, "--format", "json"],
                          capture_output=True, text=True, timeout=60)


def test_the_index_goes_to_the_session_folder_by_default(session_dir):
    result = ask(session_dir)
    assert result.returncode == 0, result.stderr
    assert (session_dir / ".interview" / "index.sqlite").is_file()


def test_a_relative_index_path_is_taken_from_the_session_folder(session_dir):
    config = session_dir / ".interview" / "config.json"
    config.parent.mkdir()
    config.write_text(json.dumps({"interview": {"index": {"path": "cache/session-index.sqlite"}}}))
    result = ask(session_dir)
    assert result.returncode == 0, result.stderr
    assert (session_dir / "cache" / "session-index.sqlite").is_file()
    assert not (session_dir / ".interview" / "index.sqlite").exists()
    answer = json.loads(result.stdout)
    assert answer["citations"], "the extractive answer still cites passages from the moved index"
