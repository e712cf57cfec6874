"""Helpers shared by the pytest-lsp tests: finding lines in the fixture and waiting for diagnostics."""

import asyncio
from pathlib import Path
from typing import Callable, Sequence

from lsprotocol import types
from pytest_lsp import LanguageClient

# A guard against a hung server, not a performance assertion.
WAIT_LIMIT = 15


def line_of(path: Path, needle: str) -> int:
    """0-based line of the first line of PATH containing NEEDLE."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def on_line(diagnostics: Sequence[types.Diagnostic], line: int) -> list[types.Diagnostic]:
    return [d for d in diagnostics if d.range.start.line == line]


async def wait_for_diagnostics(
    client: LanguageClient, uri: str, predicate: Callable[[Sequence[types.Diagnostic]], bool]
) -> Sequence[types.Diagnostic]:
    """Waits until the latest diagnostics published for URI satisfy PREDICATE."""

    async def loop():
        while True:
            current = client.diagnostics.get(uri)
            if current is not None and predicate(current):
                return current
            await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)

    return await asyncio.wait_for(loop(), WAIT_LIMIT)


def open_document(client: LanguageClient, path: Path, version: int = 1) -> str:
    """Sends didOpen for PATH with an empty languageId, as Neovim does under `-u NONE`."""
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="", version=version, text=path.read_text(encoding="utf-8"))
        )
    )
    return uri


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
