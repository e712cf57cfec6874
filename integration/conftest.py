"""Shared helpers for the end-to-end tests: where the server binary is and a fresh copy of a fixture session."""

import os
import shutil
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def server_binary() -> str:
    """The server under test: $INTERVIEW_LSP_BIN, else the debug build in this checkout."""
    return os.environ.get("INTERVIEW_LSP_BIN") or str(REPO_ROOT / ".build" / "debug" / "interview-lsp")


def copy_fixture(name: str, destination: Path) -> Path:
    """Copies integration/fixtures/NAME into DESTINATION so a test may edit files freely."""
    target = destination / name
    shutil.copytree(FIXTURES / name, target)
    return target


@pytest.fixture
def session_dir(tmp_path: Path) -> Path:
    """A private copy of the backend session (JD + CV + transcript)."""
    return copy_fixture("backend-session", tmp_path)
