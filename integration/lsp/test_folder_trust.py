"""A session folder's own .interview/config.json came with the folder: it may narrow what the user allows,
never widen it. Nothing goes to a model, a key or a file outside the folder because the folder asked."""

import json
import os
import subprocess
from pathlib import Path

import pytest
from lsprotocol import types

from conftest import server_binary
from evidence_helpers import execute
from helpers import open_document, wait_for_diagnostics
from model_helpers import API_KEY, eventually, model_settings, server_env, standin, start_server, stop_server

QUESTION = "How did the candidate use PostgreSQL?"


def write_config(session: Path, settings: dict) -> Path:
    config = session / ".interview" / "config.json"
    config.parent.mkdir(exist_ok=True)
    config.write_text(json.dumps(settings), encoding="utf-8")
    return config


def folder_enabling_the_model(session: Path, standin, **extra) -> None:
    """A config that turns the model and judging on and points at the stand-in, as a sent folder could."""
    settings = model_settings(standin, judge=True)
    settings["interview"].update(extra)
    write_config(session, settings)


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([server_binary(), *args], capture_output=True, text=True, timeout=60,
                          env=env or server_env(OPENAI_API_KEY=API_KEY))


async def open_the_jd_and_ask(tmp_path: Path, session_dir: Path, settings: dict | None, env: dict) -> Path:
    """A server on SESSION_DIR opens the JD, publishes its diagnostics and answers one chat question;
    returns the file its stderr went to."""
    client, stderr = await start_server(tmp_path, session_dir, settings, env)
    try:
        jd = open_document(client, session_dir / "jd.md")
        await wait_for_diagnostics(client, jd, lambda d: len(d) > 0)
        await execute(client, "interview.chat", {"question": QUESTION, "uri": jd})
    finally:
        await stop_server(client)
    return stderr


def ignored_notices(client) -> list[str]:
    return [m.message for m in client.messages if "config.json: ignored settings" in m.message]


async def test_opening_the_jd_of_a_folder_whose_config_enables_the_model_sends_nothing(tmp_path, session_dir: Path, standin):
    folder_enabling_the_model(session_dir, standin)
    client, _ = await start_server(tmp_path, session_dir, None, server_env(OPENAI_API_KEY=API_KEY))
    try:
        jd = open_document(client, session_dir / "jd.md")
        await wait_for_diagnostics(client, jd, lambda d: len(d) > 0)
        answer = await execute(client, "interview.chat", {"question": QUESTION, "uri": jd})
    finally:
        await stop_server(client)
    assert answer["mode"] == "offline"
    assert standin.requests() == [], "the folder's config alone sent the session to its endpoint"


def test_check_and_ask_send_nothing_for_a_folder_whose_config_enables_the_model(session_dir: Path, standin):
    folder_enabling_the_model(session_dir, standin)
    check = run("check", str(session_dir), "--format", "json", "--fail-on", "none")
    ask = run("ask", str(session_dir), QUESTION, "--format", "json")
    assert check.returncode == 0, check.stderr
    assert ask.returncode == 0, ask.stderr
    assert not any(r["modelJudged"] for r in json.loads(check.stdout)["requirements"])
    assert json.loads(ask.stdout)["mode"] == "offline"
    assert standin.requests() == [], "the folder's config alone sent the session to its endpoint"


async def test_a_null_key_in_the_folder_config_never_sends_the_users_key_to_the_folders_endpoint(
        tmp_path, session_dir: Path, standin):
    write_config(session_dir, {"interview": {"model": {"baseURL": standin.base_url, "apiKey": None}}})
    user = {"interview": {"model": {"enabled": True, "timeoutMs": 3000, "maxRetries": 0}, "debounceMs": 0}}
    client, _ = await start_server(tmp_path, session_dir, user, server_env(OPENAI_API_KEY=API_KEY))
    try:
        jd = open_document(client, session_dir / "jd.md")
        await wait_for_diagnostics(client, jd, lambda d: len(d) > 0)
        await execute(client, "interview.chat", {"question": QUESTION, "uri": jd})
        await eventually(lambda: standin.requests())
    finally:
        await stop_server(client)
    sent = [r["headers"].get("Authorization", "") for r in standin.requests()]
    assert all(API_KEY not in header for header in sent), "the user's key went to the endpoint the folder chose"


@pytest.mark.parametrize("where", ["climbing out", "absolute elsewhere"])
async def test_a_folder_index_path_outside_the_folder_creates_and_changes_nothing_there(tmp_path, session_dir: Path, where):
    elsewhere = tmp_path if where == "climbing out" else tmp_path / "elsewhere"
    elsewhere.mkdir(exist_ok=True)
    existing, missing = elsewhere / "outside.sqlite", elsewhere / "missing.sqlite"
    existing.write_text("someone's file\n", encoding="utf-8")
    existing.chmod(0o644)
    settings = ["../outside.sqlite", "../missing.sqlite"] if where == "climbing out" else [str(existing), str(missing)]

    for setting in settings:
        write_config(session_dir, {"interview": {"index": {"path": setting}}})
        result = run("ask", str(session_dir), QUESTION, "--format", "json")
        assert result.returncode == 0, result.stderr
        await open_the_jd_and_ask(tmp_path, session_dir, None, server_env())

    assert not missing.exists(), "a file was created outside the session folder"
    assert os.stat(existing).st_mode & 0o777 == 0o644, "a file outside the session folder was chmodded"
    assert existing.read_text(encoding="utf-8") == "someone's file\n"
    assert (session_dir / ".interview" / "index.sqlite").is_file(), "the index stays at its default place"


async def test_the_ignored_folder_settings_are_shown_once_and_again_when_they_change(tmp_path, session_dir: Path, standin):
    folder_enabling_the_model(session_dir, standin, logLevel="debug")
    client, _ = await start_server(tmp_path, session_dir, None, server_env())
    try:
        jd = open_document(client, session_dir / "jd.md")
        await wait_for_diagnostics(client, jd, lambda d: len(d) > 0)
        (first,) = await eventually(lambda: ignored_notices(client))
        assert "interview.model.enabled" in first and "interview.model.judge" in first and "interview.logLevel" in first
        assert str(session_dir) in first

        # Saving re-reads the folder: the same ignored settings are not shown again.
        client.diagnostics.pop(jd, None)
        client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=jd)))
        await wait_for_diagnostics(client, jd, lambda d: len(d) > 0)
        assert len(ignored_notices(client)) == 1

        folder_enabling_the_model(session_dir, standin, logLevel="debug", index={"path": "../outside.sqlite"})
        config = session_dir / ".interview" / "config.json"
        client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Changed)]))
        notices = await eventually(lambda: ignored_notices(client)[1:])
    finally:
        await stop_server(client)
    assert len(notices) == 1 and "interview.index.path" in notices[0]
    assert standin.requests() == []


def test_check_reports_the_ignored_folder_settings_as_a_problem_of_the_config_file(session_dir: Path, standin):
    folder_enabling_the_model(session_dir, standin, logLevel="debug")

    report = json.loads(run("check", str(session_dir), "--format", "json", "--fail-on", "none").stdout)
    (problem,) = [p for p in report["problems"] if p["path"] == ".interview/config.json"]
    assert "interview.model.enabled" in problem["message"] and "interview.logLevel" in problem["message"]

    text = run("check", str(session_dir), "--fail-on", "none").stdout
    assert f"{session_dir}/.interview/config.json: warning: " in text

    sarif = json.loads(run("check", str(session_dir), "--format", "sarif", "--fail-on", "none").stdout)
    notifications = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert any(n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == ".interview/config.json"
               and "interview.model.enabled" in n["message"]["text"] for n in notifications)
    assert standin.requests() == []


def test_check_judges_only_with_the_users_judge_flag_and_the_folder_may_still_turn_judging_off(session_dir: Path, standin):
    env = server_env(OPENAI_API_KEY=API_KEY, OPENAI_BASE_URL=standin.base_url)
    write_config(session_dir, {"interview": {"model": {"judge": False}}})
    refused = run("check", str(session_dir), "--judge", "--format", "json", "--fail-on", "none", env=env)
    assert refused.returncode == 0, refused.stderr
    assert standin.requests() == []

    write_config(session_dir, {"interview": {"model": {"timeoutMs": 5000}}})
    judged = run("check", str(session_dir), "--judge", "--format", "json", "--fail-on", "none", env=env)
    assert judged.returncode == 0, judged.stderr
    assert standin.requests("/v1/chat/completions"), "with --judge the user's provider judges"
    assert all(r["headers"].get("Authorization") == f"Bearer {API_KEY}" for r in standin.requests())


def debug_lines(stderr: Path) -> list[str]:
    return [line for line in stderr.read_text(encoding="utf-8").splitlines() if "[debug]" in line]


async def test_a_folder_config_cannot_raise_the_servers_log_level_but_the_users_settings_can(tmp_path, session_dir: Path):
    write_config(session_dir, {"interview": {"logLevel": "debug"}})
    env = {k: v for k, v in server_env().items() if k != "INTERVIEW_LSP_LOG"}
    for settings, folder in [(None, tmp_path / "folder"), ({"interview": {"logLevel": "debug"}}, tmp_path / "user")]:
        folder.mkdir()
        # The chat waits for the index update, which logs at debug level.
        stderr = await open_the_jd_and_ask(folder, session_dir, settings, env)
        if settings is None:
            assert debug_lines(stderr) == [], "the folder's config set the log level of the whole server"
        else:
            assert debug_lines(stderr), "the user's logLevel setting took no effect"
