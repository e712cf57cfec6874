"""Helpers for the evidence tests: UTF-16 ranges, applying workspace edits, the evidence test client."""

import asyncio
from pathlib import Path
from typing import Any

import pytest_lsp
from lsprotocol import types
from pytest_lsp import LanguageClient

from helpers import WAIT_LIMIT, line_of, on_line, open_document, wait_for_diagnostics

ERLANG = "Experience with Erlang/OTP in production"
PYTHON = "5+ years of professional experience with Python"
POSTGRES = "Experience with PostgreSQL in production"
KUBERNETES = "Hands-on experience with Kubernetes"
PYTHON_TURN = "I've written Python for about eight years"


def utf16_offset(text: str, line: int, character: int) -> int:
    """The Python string index of an LSP position (0-based line, UTF-16 character) in TEXT."""
    lines = text.splitlines(keepends=True)
    if line >= len(lines):
        return len(text)
    start = sum(len(l) for l in lines[:line])
    content = lines[line].rstrip("\r\n")
    units = 0
    for index, char in enumerate(content):
        if units >= character:
            return start + index
        units += len(char.encode("utf-16-le")) // 2
    return start + len(content)


def text_at(text: str, range_: Any) -> str:
    """The text of TEXT at an LSP range (an lsprotocol Range or a JSON dict)."""
    if isinstance(range_, dict):
        start, end = range_["start"], range_["end"]
        return text[utf16_offset(text, start["line"], start["character"]):utf16_offset(text, end["line"], end["character"])]
    return text[utf16_offset(text, range_.start.line, range_.start.character):utf16_offset(text, range_.end.line, range_.end.character)]


def apply_edits(text: str, edits: list[types.TextEdit]) -> str:
    """TEXT with the LSP text edits applied (all relative to the original text, as LSP requires)."""
    spans = []
    for edit in edits:
        start = utf16_offset(text, edit.range.start.line, edit.range.start.character)
        end = utf16_offset(text, edit.range.end.line, edit.range.end.character)
        spans.append((start, end, edit.new_text))
    for start, end, new_text in sorted(spans, key=lambda span: span[0], reverse=True):
        text = text[:start] + new_text + text[end:]
    return text


def apply_workspace_edit(edit: types.WorkspaceEdit) -> None:
    """Carries out a workspace edit on disk, as an editor would (changes or documentChanges with CreateFile)."""
    if edit.changes:
        for uri, edits in edit.changes.items():
            path = uri_path(uri)
            path.write_text(apply_edits(path.read_text(encoding="utf-8"), list(edits)), encoding="utf-8")
    for change in edit.document_changes or []:
        if isinstance(change, types.CreateFile):
            path = uri_path(change.uri)
            assert not path.exists() or (change.options and change.options.ignore_if_exists)
            if not path.exists():
                path.write_text("", encoding="utf-8")
        elif isinstance(change, types.TextDocumentEdit):
            path = uri_path(change.text_document.uri)
            path.write_text(apply_edits(path.read_text(encoding="utf-8"), list(change.edits)), encoding="utf-8")
        else:
            raise AssertionError(f"unexpected resource operation {change!r}")


def uri_path(uri: str) -> Path:
    from urllib.parse import unquote, urlparse

    return Path(unquote(urlparse(uri).path))


def make_evidence_client() -> LanguageClient:
    """The standard test client (it records window/showMessage in `messages`), accepting capability registration."""
    client = pytest_lsp.make_test_lsp_client()

    @client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register_capability(params: types.RegistrationParams):
        return None

    return client


async def initialize(client: LanguageClient, capabilities: str, root: Path) -> None:
    await client.initialize_session(
        types.InitializeParams(
            capabilities=pytest_lsp.client_capabilities(capabilities),
            root_uri=root.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name=root.name)],
        )
    )


async def open_and_analyse(client: LanguageClient, session: Path) -> str:
    """Opens the JD and waits until the engine has flagged Erlang/OTP; returns the JD's URI."""
    jd = session / "jd.md"
    uri = open_document(client, jd)
    line = line_of(jd, ERLANG)
    await wait_for_diagnostics(client, uri, lambda diagnostics: bool(on_line(diagnostics, line)))
    return uri


async def execute(client: LanguageClient, command: str, argument: dict) -> Any:
    return await asyncio.wait_for(
        client.workspace_execute_command_async(types.ExecuteCommandParams(command=command, arguments=[argument])),
        WAIT_LIMIT,
    )
