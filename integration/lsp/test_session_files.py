"""Files a session folder hands over are not trusted: FIFOs, devices and links outside the folder are refused
without waiting or reading, the index never follows a symlink, and `interview.transcribe` stays inside open
session folders."""

import asyncio
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from lsprotocol import types
from pygls.exceptions import JsonRpcInvalidParams

from conftest import FIXTURES, server_binary
from helpers import WAIT_LIMIT, line_of, open_document, wait_for_diagnostics
from model_helpers import API_KEY, eventually, model_settings, server_env, standin, start_server, stop_server  # noqa: F401

OUTSIDE_CV = "# Robin Vale\n\n## Experience\n\n- Ran Erlang/OTP services in production for six years\n"


def check(folder: Path) -> subprocess.CompletedProcess:
    """`check --format json`; the timeout only guards against a hang, which is the bug these tests catch."""
    return subprocess.run([server_binary(), "check", str(folder), "--format", "json", "--fail-on", "none"],
                          capture_output=True, text=True, timeout=WAIT_LIMIT)


def release(fifo: Path) -> None:
    """Opens and closes FIFO as a writer, so that a reader stuck in open(2) (the old behaviour) gets EOF."""
    os.close(os.open(fifo, os.O_RDWR | os.O_NONBLOCK))


def problems(report: dict) -> dict[str, str]:
    return {problem["path"]: problem["message"] for problem in report["problems"]}


def test_check_does_not_wait_on_a_fifo_as_the_folder_config(session_dir: Path):
    config = session_dir / ".interview" / "config.json"
    config.parent.mkdir()
    os.mkfifo(config)

    result = check(session_dir)

    assert result.returncode == 0, result.stderr
    assert "config.json" in result.stderr and "not a regular file" in result.stderr
    assert json.loads(result.stdout)["summary"]["total"] == 5


def test_check_does_not_wait_on_a_fifo_named_like_a_cv(session_dir: Path):
    (session_dir / "cv.md").unlink()
    os.mkfifo(session_dir / "cv.md")

    result = check(session_dir)

    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert "not a regular file" in problems(report)["cv.md"]
    assert "cv.md" not in [document["path"] for document in report["documents"]]


def test_a_cv_linked_outside_the_folder_is_not_quoted_and_is_reported(session_dir: Path, tmp_path: Path):
    outside = tmp_path / "someone-elses-cv.md"
    outside.write_text(OUTSIDE_CV, encoding="utf-8")
    (session_dir / "cv.md").unlink()
    (session_dir / "cv.md").symlink_to(outside)
    (session_dir / "resume.md").symlink_to("/etc/passwd")

    result = check(session_dir)

    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert "outside the session folder" in problems(report)["cv.md"]
    assert "outside the session folder" in problems(report)["resume.md"]
    quotes = [evidence["quote"] for requirement in report["requirements"] for evidence in requirement["evidence"]]
    assert not any("Erlang" in quote or "root:" in quote for quote in quotes), quotes
    assert "root:" not in result.stdout


async def test_an_open_buffer_of_a_cv_linked_outside_is_not_evidence_either(tmp_path: Path, session_dir: Path):
    outside = tmp_path / "someone-elses-cv.md"
    outside.write_text(OUTSIDE_CV, encoding="utf-8")
    (session_dir / "cv.md").unlink()
    (session_dir / "cv.md").symlink_to(outside)
    client, _ = await start_server(tmp_path, session_dir, {"interview": {"debounceMs": 0}}, server_env())
    try:
        jd = session_dir / "jd.md"
        uri = open_document(client, jd)
        await wait_for_diagnostics(client, uri, lambda d: len(d) > 0)
        del client.diagnostics[uri]
        open_document(client, session_dir / "cv.md")
        await wait_for_diagnostics(client, uri, lambda d: True)
        hover = await client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=types.Position(line=line_of(jd, "Erlang/OTP"), character=4)))
    finally:
        await stop_server(client)
    assert "unmet" in hover.contents.value
    assert "Robin" not in hover.contents.value and "six years" not in hover.contents.value


def test_a_link_that_stays_inside_the_folder_still_counts(session_dir: Path):
    archive = session_dir / "archive"
    archive.mkdir()
    (archive / "maya.data").write_text(OUTSIDE_CV, encoding="utf-8")
    (session_dir / "cv.md").unlink()
    (session_dir / "cv.md").symlink_to("archive/maya.data")

    report = json.loads(check(session_dir).stdout)

    erlang = next(r for r in report["requirements"] if "Erlang" in r["text"])
    assert erlang["status"] == "claimed"
    assert [e["path"] for e in erlang["evidence"]] == ["cv.md"]


def test_a_folder_of_seventeen_files_is_indexed_and_answered(session_dir: Path):
    # Seventeen documents split unevenly across the index's parallel chunking, which crashed `ask` and the server.
    for number in range(1, 15):
        (session_dir / f"notes-{number}.md").write_text(
            f"# Notes {number}\n\n**Interviewer**: Tell me about Go?\n**Candidate**: I wrote Go services for {number} years.\n",
            encoding="utf-8")
    assert len([path for path in session_dir.iterdir() if path.is_file()]) == 17

    run = subprocess.run([server_binary(), "ask", str(session_dir), "What about Go?", "--format", "json"],
                         capture_output=True, text=True, timeout=WAIT_LIMIT)

    assert run.returncode == 0, run.stderr[-400:]
    assert json.loads(run.stdout)["answer"]


def test_a_subfolder_linked_outside_the_folder_is_not_read(session_dir: Path, tmp_path: Path):
    calls = tmp_path / "other-candidates-calls"
    calls.mkdir()
    (calls / "interview.md").write_text("Interviewer: Erlang?\nRobin: I ran Erlang/OTP in production.\n", encoding="utf-8")
    (session_dir / "calls").symlink_to(calls)

    report = json.loads(check(session_dir).stdout)

    assert "outside the session folder" in problems(report)["calls"]
    assert all(not document["path"].startswith("calls/") for document in report["documents"])


def test_ask_never_opens_a_symlinked_index_and_says_where_it_went(session_dir: Path, tmp_path: Path):
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"")
    (session_dir / ".interview").mkdir()
    (session_dir / ".interview" / "index.sqlite").symlink_to(victim)
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}

    result = subprocess.run([server_binary(), "ask", str(session_dir), "Where did they talk about PostgreSQL?"],
                            capture_output=True, text=True, timeout=60, env=env)

    assert result.returncode == 0, result.stderr
    assert victim.read_bytes() == b"", "the file behind the link was turned into a database"
    assert "symbolic link" in result.stderr
    assert list((tmp_path / "cache" / "interview-lsp").glob("*/index.sqlite"))


async def test_the_server_tells_the_user_when_a_linked_index_is_refused(tmp_path: Path, session_dir: Path):
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"")
    (session_dir / ".interview").mkdir()
    (session_dir / ".interview" / "index.sqlite").symlink_to(victim)
    env = server_env(XDG_CACHE_HOME=str(tmp_path / "cache"))
    client, _ = await start_server(tmp_path, session_dir, {"interview": {"debounceMs": 0}}, env)
    try:
        uri = open_document(client, session_dir / "jd.md")
        await wait_for_diagnostics(client, uri, lambda d: len(d) > 0)
        shown = await eventually(lambda: [m.message for m in client.messages if "symbolic link" in m.message])
    finally:
        await stop_server(client)
    assert "index.sqlite is a symbolic link, which is never followed" in shown[0]
    assert str(tmp_path / "cache") in shown[0]
    assert victim.read_bytes() == b""


async def test_a_hostile_folder_does_not_stop_the_server_answering_another_session(tmp_path: Path, session_dir: Path):
    hostile = tmp_path / "hostile"
    shutil.copytree(FIXTURES / "backend-session", hostile)
    (hostile / ".interview").mkdir()
    fifos = [hostile / ".interview" / "config.json", hostile / "notes.md"]
    for fifo in fifos:
        os.mkfifo(fifo)
    client, _ = await start_server(tmp_path, session_dir, {"interview": {"debounceMs": 0}}, server_env())
    try:
        open_document(client, hostile / "jd.md")
        jd = session_dir / "jd.md"
        uri = open_document(client, jd)
        await wait_for_diagnostics(client, uri, lambda d: len(d) > 0)
        line = line_of(jd, "Erlang/OTP")
        hover = await asyncio.wait_for(client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=line, character=4))),
            WAIT_LIMIT)
        assert hover is not None and "unmet" in hover.contents.value
    finally:
        for fifo in fifos:
            release(fifo)
        await stop_server(client)


TRANSCRIBE_REFUSAL = "audioPath must name a recording inside an open session folder"


async def transcribe_error(client, arguments: dict) -> str:
    """The message of the InvalidParams error the command answers with."""
    with pytest.raises(JsonRpcInvalidParams) as raised:
        await client.workspace_execute_command_async(types.ExecuteCommandParams(
            command="interview.transcribe", arguments=[arguments]))
    return raised.value.message


async def test_transcribe_gives_one_answer_for_missing_and_outside_paths(tmp_path: Path, session_dir: Path, standin):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "secret.m4a").write_bytes(b"\x00audio" * 10)
    (session_dir / "linked.m4a").symlink_to(outside / "secret.m4a")
    (session_dir / "round1.m4a").write_bytes(b"\x00audio" * 10)
    client, _ = await start_server(tmp_path, session_dir, model_settings(standin), server_env(OPENAI_API_KEY=API_KEY))
    try:
        jd = open_document(client, session_dir / "jd.md")
        await wait_for_diagnostics(client, jd, lambda d: len(d) > 0)
        outside_error = await transcribe_error(client, {"audioPath": str(outside / "secret.m4a")})
        missing_error = await transcribe_error(client, {"audioPath": str(outside / "missing.m4a")})
        linked_error = await transcribe_error(client, {"audioPath": str(session_dir / "linked.m4a")})
        out_outside = await transcribe_error(client, {"audioPath": str(session_dir / "round1.m4a"),
                                                      "out": str(outside / "transcript.md")})
        out_missing = await transcribe_error(client, {"audioPath": str(session_dir / "round1.m4a"),
                                                      "out": str(outside / "nowhere" / "transcript.md")})
        out_climbing = await transcribe_error(client, {"audioPath": str(session_dir / "round1.m4a"), "out": "../up.md"})
    finally:
        await stop_server(client)
    assert TRANSCRIBE_REFUSAL in outside_error
    assert outside_error == missing_error == linked_error, "the message must not tell them apart"
    assert "out must name a file inside an open session folder" in out_outside
    assert out_outside == out_missing == out_climbing
    assert standin.requests("/v1/audio/transcriptions") == []
    assert not (outside / "transcript.md").exists()


async def test_transcribe_uploads_only_regular_files(tmp_path: Path, session_dir: Path, standin):
    os.mkfifo(session_dir / "live.m4a")
    (session_dir / "recordings.m4a").mkdir()
    client, _ = await start_server(tmp_path, session_dir, model_settings(standin), server_env(OPENAI_API_KEY=API_KEY))
    try:
        jd = open_document(client, session_dir / "jd.md")
        await wait_for_diagnostics(client, jd, lambda d: len(d) > 0)
        fifo_error = await asyncio.wait_for(transcribe_error(client, {"audioPath": str(session_dir / "live.m4a")}),
                                            WAIT_LIMIT)
        folder_error = await transcribe_error(client, {"audioPath": str(session_dir / "recordings.m4a")})
    finally:
        release(session_dir / "live.m4a")
        await stop_server(client)
    assert "not a regular file" in fifo_error
    assert "not a regular file" in folder_error
    assert standin.requests("/v1/audio/transcriptions") == []


def test_the_transcribe_cli_uploads_only_regular_files(tmp_path: Path, session_dir: Path, standin):
    audio = tmp_path / "live.m4a"
    os.mkfifo(audio)
    env = server_env(OPENAI_API_KEY=API_KEY, OPENAI_BASE_URL=standin.base_url)
    try:
        result = subprocess.run([server_binary(), "transcribe", str(audio), "--out", str(session_dir / "t.md")],
                                capture_output=True, text=True, env=env, timeout=WAIT_LIMIT)
    finally:
        release(audio)
    assert result.returncode == 2
    assert "not a regular file" in result.stderr
    assert standin.requests("/v1/audio/transcriptions") == []
    assert not (session_dir / "t.md").exists()
