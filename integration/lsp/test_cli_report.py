"""`interview-lsp report`: the scorecard written from example sessions, its overwrite rule, and its HTML as a browser renders it."""

import json
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from conftest import REPO_ROOT, server_binary

EXAMPLE = REPO_ROOT / "examples" / "platform-engineer"
LEFT_OUT = "a scorecard written by interview-lsp report; left out, so that its quotes do not count again as evidence"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([server_binary(), *args], capture_output=True, text=True, timeout=60)


def test_markdown_report_of_an_example_has_the_requirements_and_red_flags():
    result = run("report", str(EXAMPLE), "--format", "md")
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert "| must-have | CI/CD pipelines with GitHub Actions or GitLab CI (jd.md:20) | unmet | no evidence |" in text
    red_flags = text.split("## Red flags")[1].split("## Open questions")[0]
    assert "“No, I don't have an AWS certification.” (transcript.md:33 — Dana Whitfield, 00:13:36)" in red_flags


def test_every_example_session_gives_a_report_and_the_same_bytes_twice():
    for session in sorted(p for p in (REPO_ROOT / "examples").iterdir() if p.is_dir()):
        first = subprocess.run([server_binary(), "report", str(session)], capture_output=True, timeout=60)
        assert first.returncode == 0, (session.name, first.stderr)
        second = subprocess.run([server_binary(), "report", str(session)], capture_output=True, timeout=60)
        assert first.stdout == second.stdout, session.name
        assert b"<script" not in first.stdout


def test_a_role_of_several_candidates_is_refused_rather_than_mixed():
    # Read as one session, the role's three candidates would share one scorecard: one's denial set against another's CV.
    result = run("report", str(REPO_ROOT / "examples" / "roles" / "backend-engineer"), "--format", "md")
    assert result.returncode == 2
    assert "3 candidates" in result.stderr and "interview-lsp rank" in result.stderr
    assert result.stdout == ""


def test_out_never_writes_through_a_symbolic_link_even_with_force(tmp_path: Path):
    target = tmp_path / "precious.txt"
    target.write_text("keep me\n", encoding="utf-8")
    link = tmp_path / "report.html"
    link.symlink_to(target)
    result = run("report", str(EXAMPLE), "--out", str(link), "--force")
    assert result.returncode == 2 and "symbolic link" in result.stderr
    assert target.read_text(encoding="utf-8") == "keep me\n"


def test_open_questions_come_from_the_notes(session_dir: Path):
    (session_dir / "notes.md").write_text(
        "# Notes\n\n## Questions to ask\n\n- [ ] Which Kafka version did you run?\n- [x] Notice period?\n", encoding="utf-8")
    result = run("report", str(session_dir), "--format", "md")
    assert result.returncode == 0, result.stderr
    questions = result.stdout.split("## Open questions")[1]
    assert "- [ ] Which Kafka version did you run? (notes.md:5)" in questions
    assert "Notice period" not in questions


def test_bad_input_exits_two_like_check(tmp_path: Path):
    missing = run("report", str(tmp_path / "nope"))
    assert missing.returncode == 2 and "nope" in missing.stderr
    (tmp_path / "cv.md").write_text("# Ana\n", encoding="utf-8")
    no_jd = run("report", str(tmp_path))
    assert no_jd.returncode == 2 and "job description" in no_jd.stderr
    assert run("report", str(EXAMPLE), "--format", "pdf").returncode == 2


def test_out_replaces_a_previous_report_but_not_another_file(tmp_path: Path):
    out = tmp_path / "report.html"
    assert run("report", str(EXAMPLE), "--out", str(out)).returncode == 0
    first = out.read_bytes()
    assert run("report", str(EXAMPLE), "--out", str(out)).returncode == 0, "a previous report is replaced"
    assert out.read_bytes() == first

    mine = tmp_path / "mine.md"
    mine.write_text("# My own notes\n", encoding="utf-8")
    refused = run("report", str(EXAMPLE), "--format", "md", "--out", str(mine))
    assert refused.returncode == 2
    assert "--force" in refused.stderr
    assert mine.read_text(encoding="utf-8") == "# My own notes\n"
    assert run("report", str(EXAMPLE), "--format", "md", "--out", str(mine), "--force").returncode == 0
    assert mine.read_text(encoding="utf-8").startswith("<!-- interview-lsp report -->\n# Scorecard")


def non_white_pixels(png: bytes) -> int:
    """Counts pixels that are not white in an 8-bit RGB or RGBA PNG (what Chromium writes)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    offset, idat, header = 8, b"", None
    while offset < len(png):
        length, kind = struct.unpack(">I4s", png[offset:offset + 8])
        data = png[offset + 8:offset + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", data)
        elif kind == b"IDAT":
            idat += data
        offset += 12 + length
    width, height, depth, colour = header[0], header[1], header[2], header[3]
    assert depth == 8 and colour in (2, 6), header
    channels = 3 if colour == 2 else 4
    stride = width * channels
    raw = zlib.decompress(idat)
    previous = bytearray(stride)
    count = 0
    for row in range(height):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up, up_left = previous[i], previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - up_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else up_left)) & 0xFF
        count += sum(1 for x in range(0, stride, channels) if line[x:x + 3] != b"\xff\xff\xff")
        previous = line
    return count


@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed (Debian package chromium; .ci/run installs it)")
def test_the_html_report_renders_in_headless_chromium(tmp_path: Path):
    out = tmp_path / "report.html"
    assert run("report", str(EXAMPLE), "--out", str(out)).returncode == 0
    shot = tmp_path / "shot.png"
    browser = ["chromium", "--headless", "--disable-gpu", "--no-sandbox", f"--user-data-dir={tmp_path / 'profile'}"]
    subprocess.run([*browser, f"--screenshot={shot}", "--window-size=800,600", out.as_uri()],
                   capture_output=True, timeout=120, check=True)
    assert shot.stat().st_size > 0
    assert non_white_pixels(shot.read_bytes()) > 1000, "the screenshot is blank"
    dom = subprocess.run([*browser, "--dump-dom", out.as_uri()], capture_output=True, text=True, timeout=120, check=True).stdout
    assert "Production experience running Kubernetes" in dom
    assert "<svg" in dom


def test_a_report_written_into_the_session_is_not_read_as_a_document(tmp_path: Path):
    session = tmp_path / "session"
    shutil.copytree(EXAMPLE, session)
    before = run("check", str(session), "--format", "json", "--fail-on", "none").stdout
    # "interview" in the name would make it a transcript, whose quotes would then count as evidence.
    assert run("report", str(session), "--format", "md", "--out", str(session / "interview-report.md")).returncode == 0
    assert run("report", str(session), "--out", str(session / "report.html")).returncode == 0
    after = json.loads(run("check", str(session), "--format", "json", "--fail-on", "none").stdout)
    # The same analysis; the report that looks like a transcript by its name is said to be left out.
    assert after.pop("problems") == [{"path": "interview-report.md", "message": LEFT_OUT}]
    unchanged = json.loads(before)
    assert unchanged.pop("problems") == []
    assert after == unchanged
    text = run("check", str(session), "--fail-on", "none")
    assert f"{session / 'interview-report.md'}: warning: {LEFT_OUT}" in text.stdout
    assert f"warning: interview-report.md: {LEFT_OUT}" in text.stderr
