"""Files a session folder hands over are not trusted: FIFOs and devices are refused without waiting or reading."""

import asyncio
import json
import os
import shutil
import subprocess
from pathlib import Path

from lsprotocol import types

from conftest import FIXTURES, server_binary
from helpers import WAIT_LIMIT, line_of, open_document, wait_for_diagnostics
from model_helpers import server_env, start_server, stop_server


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
