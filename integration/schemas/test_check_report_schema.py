"""`interview-lsp check` output against schemas/check-report.schema.json, on every example session.

Runs the built binary (INTERVIEW_LSP_BIN, else .build/debug/interview-lsp) and checks what a
consumer of the report relies on: the schema, that every quote is the text at its range (UTF-16
columns, as LSP counts), and that the SARIF log is well formed.
"""

import json
import os
import re
import subprocess
from pathlib import Path

import jsonschema
import pytest

REPO = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((REPO / "schemas" / "check-report.schema.json").read_text(encoding="utf-8"))
# Labelled sessions only: examples/roles holds role folders (`rank`), not sessions.
EXAMPLES = sorted(p for p in (REPO / "examples").iterdir() if (p / "expected.json").is_file())


def binary() -> str:
    path = os.environ.get("INTERVIEW_LSP_BIN") or str(REPO / ".build" / "debug" / "interview-lsp")
    if not Path(path).exists():
        pytest.fail(f"interview-lsp binary not found at {path}: run `swift build` first")
    return path


def check(session: Path, fmt: str) -> dict:
    result = subprocess.run(
        [binary(), "check", str(session.relative_to(REPO)), "--format", fmt, "--fail-on", "none"],
        cwd=REPO, capture_output=True, timeout=60, stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr.decode(errors='replace')}"
    return json.loads(result.stdout.decode("utf-8"))


def text_at(text: str, rng: dict) -> str:
    """The text at an LSP range: 0-based lines, characters counted in UTF-16 code units."""
    lines = re.split(r"\r\n|\r|\n", text)
    start, end = rng["start"], rng["end"]
    assert start["line"] < len(lines) and end["line"] < len(lines), f"range {rng} past the end"

    def cut(line: str, frm: int, to: int | None) -> str:
        units = line.encode("utf-16-le")
        piece = units[2 * frm:] if to is None else units[2 * frm:2 * to]
        return piece.decode("utf-16-le")

    if start["line"] == end["line"]:
        return cut(lines[start["line"]], start["character"], end["character"])
    parts = [cut(lines[start["line"]], start["character"], None)]
    parts += lines[start["line"] + 1:end["line"]]
    parts.append(cut(lines[end["line"]], 0, end["character"]))
    return "\n".join(parts)


@pytest.mark.parametrize("session", EXAMPLES, ids=lambda p: p.name)
def test_json_report_matches_the_schema(session):
    report = check(session, "json")
    jsonschema.validate(report, SCHEMA, cls=jsonschema.Draft202012Validator)
    assert report["version"] == 1
    assert any(d["kind"] == "jd" for d in report["documents"]), "the session's JD was not recognised"


@pytest.mark.parametrize("session", EXAMPLES, ids=lambda p: p.name)
def test_every_quote_is_the_text_at_its_range(session):
    report = check(session, "json")
    for requirement in report["requirements"]:
        jd = (session / requirement["path"]).read_text(encoding="utf-8")
        assert text_at(jd, requirement["range"]) == requirement["text"]
        for evidence in requirement["evidence"]:
            source = (session / evidence["path"]).read_text(encoding="utf-8")
            assert text_at(source, evidence["range"]) == evidence["quote"], (requirement["id"], evidence)


@pytest.mark.parametrize("session", EXAMPLES, ids=lambda p: p.name)
def test_summary_adds_up(session):
    report = check(session, "json")
    summary = report["summary"]
    statuses = [r["status"] for r in report["requirements"]]
    assert summary["total"] == len(statuses)
    for status in ("verified", "claimed", "contradicted", "unmet"):
        assert summary[status] == statuses.count(status)
        assert summary["must"][status] + summary["nice"][status] == summary[status]


@pytest.mark.parametrize("session", EXAMPLES, ids=lambda p: p.name)
def test_sarif_log_is_well_formed(session):
    log = check(session, "sarif")
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    rules = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    assert rules == ["unmet-requirement", "unverified-claim", "contradicted"]
    for result in run["results"]:
        assert result["ruleId"] in rules
        assert result["level"] in ("warning", "note")
        assert result["message"]["text"]
        location = result["locations"][0]["physicalLocation"]
        assert not location["artifactLocation"]["uri"].startswith("/")
        assert location["artifactLocation"]["uriBaseId"]
        region = location["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1


def test_every_example_has_labels():
    assert len(EXAMPLES) >= 9
    for session in EXAMPLES:
        labels = json.loads((session / "expected.json").read_text(encoding="utf-8"))
        assert labels["requirements"], session.name
