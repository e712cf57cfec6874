"""The OpenAI-compatible stand-in on 127.0.0.1 and a language server configured to use it."""

import asyncio
import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from conftest import REPO_ROOT, server_binary
from helpers import WAIT_LIMIT

API_KEY = "sk-e2e-secret-key-7f3a9c"
EMAIL = "maya.okafor@example.com"
PHONE = "+44 20 7946 0958"
STANDIN = REPO_ROOT / "integration" / "standin" / "openai_standin.py"


class Standin:
    """The stand-in server process and its control endpoints."""

    def __init__(self):
        self.process = subprocess.Popen(
            [sys.executable, str(STANDIN), "--exit-on-stdin-eof"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )
        line = self.process.stdout.readline().decode()
        assert line.startswith("PORT "), line
        self.port = int(line.split()[1])
        self.base_url = f"http://127.0.0.1:{self.port}/v1"

    def control(self, path: str, payload: dict | None = None) -> dict:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}{path}", data=json.dumps(payload or {}).encode(),
            headers={"Content-Type": "application/json"}, method="POST",
        )
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open(request, timeout=5) as response:
            return json.load(response)

    def requests(self, path: str | None = None) -> list[dict]:
        recorded = self.control("/_requests")["requests"]
        return [r for r in recorded if path is None or r["path"] == path]

    def fault(self, fault: str, count: int = 1) -> None:
        self.control("/_fault", {"fault": fault, "count": count})

    def configure(self, **config) -> None:
        self.control("/_config", config)

    def stop(self) -> None:
        self.process.stdin.close()
        self.process.terminate()
        self.process.wait(timeout=5)


@pytest.fixture
def standin():
    server = Standin()
    yield server
    server.stop()


def model_settings(standin: Standin, **extra) -> dict:
    """`interview` settings that enable the model on the stand-in, with short timeouts."""
    model = {"enabled": True, "baseURL": standin.base_url, "allowRemote": False, "timeoutMs": 3000,
             "connectTimeoutMs": 2000, "maxRetries": 1}
    model.update(extra)
    return {"interview": {"model": model, "debounceMs": 0}}


def server_env(**extra) -> dict:
    """The test's environment without any OpenAI variables, plus EXTRA."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    env["INTERVIEW_LSP_LOG"] = "debug"
    env.update(extra)
    return env


def make_model_client() -> LanguageClient:
    """The standard test client, also applying workspace edits that create files (as editors do)."""
    client = pytest_lsp.make_test_lsp_client()
    client.applied_edits = []

    @client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register_capability(params: types.RegistrationParams):
        return None

    @client.feature(types.WORKSPACE_APPLY_EDIT)
    def apply_edit(params: types.ApplyWorkspaceEditParams):
        client.applied_edits.append(params)
        for change in params.edit.document_changes or []:
            if isinstance(change, types.CreateFile):
                path = Path(change.uri.removeprefix("file://"))
                if path.exists():
                    return types.ApplyWorkspaceEditResult(applied=False, failure_reason=f"{path} exists")
                path.write_text("", encoding="utf-8")
            elif isinstance(change, types.TextDocumentEdit):
                path = Path(change.text_document.uri.removeprefix("file://"))
                text = path.read_text(encoding="utf-8")
                for edit in change.edits:
                    assert edit.range.start.line == 0 and edit.range.start.character == 0
                    text = edit.new_text + text
                path.write_text(text, encoding="utf-8")
        return types.ApplyWorkspaceEditResult(applied=True)

    return client


async def start_server(tmp_path: Path, session_dir: Path, settings: dict | None, env: dict,
                       capabilities: str = "visual_studio_code") -> tuple[LanguageClient, Path]:
    """A server whose stderr goes to a file (returned), initialised on SESSION_DIR with SETTINGS."""
    stderr = tmp_path / "server-stderr.log"
    command = ["sh", "-c", 'exec "$0" 2>>"$1"', server_binary(), str(stderr)]
    config = ClientServerConfig(server_command=command, client_factory=make_model_client, server_env=env)
    client = await config.start()
    await client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities(capabilities),
            root_uri=session_dir.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=session_dir.as_uri(), name=session_dir.name)],
            initialization_options=settings,
        )
    )
    return client, stderr


async def stop_server(client: LanguageClient) -> None:
    await client.shutdown_session()
    await client.stop()


async def eventually(predicate, limit: float = WAIT_LIMIT, interval: float = 0.1):
    """Polls PREDICATE until it returns something truthy; fails after LIMIT seconds."""
    async def loop():
        while True:
            value = predicate()
            if value:
                return value
            await asyncio.sleep(interval)

    return await asyncio.wait_for(loop(), limit)


def add_contact_details(session_dir: Path) -> None:
    """Puts an e-mail address and phone number in the CV's header, as real CVs have."""
    cv = session_dir / "cv.md"
    lines = cv.read_text(encoding="utf-8").splitlines()
    lines.insert(1, "")
    lines.insert(2, f"{EMAIL} · {PHONE}")
    cv.write_text("\n".join(lines) + "\n", encoding="utf-8")
