"""Diarized transcripts from the stand-in: `interview-lsp transcribe` and the `interview.transcribe` command."""

import json
import subprocess
from pathlib import Path

import pytest
from lsprotocol import types

from conftest import server_binary
from helpers import open_document, wait_for_diagnostics
from model_helpers import API_KEY, model_settings, server_env, standin, start_server, stop_server

SEGMENTS = [
    {"speaker": "Interviewer", "start": 0.0, "end": 4.0, "text": "Have you worked with Erlang/OTP in production?"},
    {"speaker": "Maya", "start": 4.5, "end": 12.0,
     "text": "Yes, I ran Erlang/OTP services in production at Lumen Pay for two years."},
]


def write_project_config(folder: Path, standin) -> None:
    """The folder's own settings; the endpoint comes from the user's environment (see user_env), because a
    folder that picks the endpoint itself never gets the user's key."""
    (folder / ".interview").mkdir(exist_ok=True)
    config = {"interview": {"model": {"allowRemote": False, "timeoutMs": 5000}}}
    (folder / ".interview" / "config.json").write_text(json.dumps(config), encoding="utf-8")


def user_env(standin) -> dict:
    return server_env(OPENAI_API_KEY=API_KEY, OPENAI_BASE_URL=standin.base_url)


def transcribe(*args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([server_binary(), "transcribe", *args], capture_output=True, text=True, env=env, timeout=60)


def erlang_status(session_dir: Path) -> dict:
    result = subprocess.run([server_binary(), "check", str(session_dir), "--format", "json", "--fail-on", "none"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    return next(r for r in report["requirements"] if "Erlang" in r["text"])


def test_the_transcribe_command_writes_a_transcript_the_engine_reads(session_dir: Path, standin, tmp_path: Path):
    (session_dir / "transcript.md").unlink()
    standin.configure(transcript_segments=SEGMENTS)
    write_project_config(session_dir, standin)
    audio = tmp_path / "round1.m4a"
    audio.write_bytes(b"\x00fake-audio" * 100)
    assert erlang_status(session_dir)["status"] == "unmet"

    result = transcribe(str(audio), "--out", str(session_dir / "interview-transcript.md"), "--language", "en",
                        env=user_env(standin))

    assert result.returncode == 0, result.stderr
    text = (session_dir / "interview-transcript.md").read_text(encoding="utf-8")
    assert "**Maya** [00:00:04]: Yes, I ran Erlang/OTP services" in text
    assert API_KEY not in result.stderr
    (upload,) = standin.requests("/v1/audio/transcriptions")
    fields = {part["name"]: part for part in upload["multipart"]}
    assert fields["model"]["text"] == "gpt-4o-transcribe-diarize"
    assert fields["language"]["text"] == "en"
    assert fields["file"]["size"] == audio.stat().st_size
    requirement = erlang_status(session_dir)
    assert requirement["status"] == "verified"
    assert any(e["path"] == "interview-transcript.md" and e.get("speaker") == "Maya" for e in requirement["evidence"])


def test_transcribe_refuses_to_overwrite_a_file_unless_forced(session_dir: Path, standin, tmp_path: Path):
    write_project_config(session_dir, standin)
    audio = tmp_path / "round1.wav"
    audio.write_bytes(b"RIFF" + b"\x00" * 64)
    existing = session_dir / "transcript.md"
    before = existing.read_text(encoding="utf-8")

    refused = transcribe(str(audio), "--out", str(existing), env=user_env(standin))
    assert refused.returncode == 2
    assert "already exists" in refused.stderr
    assert existing.read_text(encoding="utf-8") == before
    assert standin.requests() == [], "nothing is uploaded when the result could not be written"

    forced = transcribe(str(audio), "--out", str(existing), "--force", env=user_env(standin))
    assert forced.returncode == 0, forced.stderr
    assert "**Speaker B**" in existing.read_text(encoding="utf-8")


def test_a_failing_provider_is_a_clear_error_and_no_file(session_dir: Path, standin, tmp_path: Path):
    write_project_config(session_dir, standin)
    standin.fault("500", count=10)
    audio = tmp_path / "round1.mp3"
    audio.write_bytes(b"ID3" + b"\x00" * 64)
    out = session_dir / "round1-transcript.md"

    result = transcribe(str(audio), "--out", str(out), env=user_env(standin))

    assert result.returncode == 2
    assert "HTTP 500" in result.stderr
    assert not out.exists()


async def test_the_transcribe_lsp_command_has_the_editor_create_the_file(tmp_path: Path, session_dir: Path, standin):
    standin.configure(transcript_segments=SEGMENTS)
    audio = session_dir / "round2.m4a"
    audio.write_bytes(b"\x00fake-audio" * 10)
    client, stderr = await start_server(tmp_path, session_dir, model_settings(standin), server_env(OPENAI_API_KEY=API_KEY))
    try:
        jd = open_document(client, session_dir / "jd.md")
        await wait_for_diagnostics(client, jd, lambda d: len(d) > 0)
        result = await client.workspace_execute_command_async(types.ExecuteCommandParams(
            command="interview.transcribe", arguments=[{"audioPath": str(audio)}]))
        second = await client.workspace_execute_command_async(types.ExecuteCommandParams(
            command="interview.transcribe", arguments=[{"audioPath": audio.as_uri()}]))
        with pytest.raises(Exception, match="already exists"):
            await client.workspace_execute_command_async(types.ExecuteCommandParams(
                command="interview.transcribe", arguments=[{"audioPath": str(audio), "out": "transcript.md"}]))
    finally:
        await stop_server(client)
    assert result["writtenBy"] == "editor"
    assert result["uri"] == (session_dir / "round2-transcript.md").as_uri()
    assert result["turns"] == 2
    assert "**Maya** [00:00:04]" in (session_dir / "round2-transcript.md").read_text(encoding="utf-8")
    assert second["uri"] == (session_dir / "round2-transcript-2.md").as_uri(), "an existing transcript is kept"
    (create, _) = client.applied_edits[0].edit.document_changes
    assert create.options.overwrite is False and create.options.ignore_if_exists is False
    assert API_KEY not in stderr.read_text()


async def test_the_transcribe_lsp_command_needs_the_model_enabled(tmp_path: Path, session_dir: Path, standin):
    audio = session_dir / "round3.m4a"
    audio.write_bytes(b"\x00" * 10)
    client, _ = await start_server(tmp_path, session_dir, None,
                                   server_env(OPENAI_API_KEY=API_KEY, OPENAI_BASE_URL=standin.base_url))
    try:
        jd = open_document(client, session_dir / "jd.md")
        await wait_for_diagnostics(client, jd, lambda d: len(d) > 0)
        with pytest.raises(Exception, match="interview.model.enabled"):
            await client.workspace_execute_command_async(types.ExecuteCommandParams(
                command="interview.transcribe", arguments=[{"audioPath": str(audio)}]))
    finally:
        await stop_server(client)
    assert standin.requests() == []


def test_a_folder_that_picks_the_endpoint_does_not_get_the_users_key(session_dir: Path, standin, tmp_path: Path):
    (session_dir / ".interview").mkdir(exist_ok=True)
    config = {"interview": {"model": {"baseURL": standin.base_url, "allowRemote": False, "timeoutMs": 5000}}}
    (session_dir / ".interview" / "config.json").write_text(json.dumps(config), encoding="utf-8")
    audio = tmp_path / "round1.wav"
    audio.write_bytes(b"RIFF" + b"\x00" * 64)

    transcribe(str(audio), "--out", str(session_dir / "round1-transcript.md"), env=server_env(OPENAI_API_KEY=API_KEY))

    sent = [request["headers"].get("Authorization", "") for request in standin.requests()]
    assert sent, "the upload reached the stand-in (without a key it is refused there, not before)"
    assert all(API_KEY not in header for header in sent), "the user's key went to an endpoint the folder chose"
