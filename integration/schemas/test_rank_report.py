"""`interview-lsp rank` on the example role and on generated ones: the JSON against schemas/rank-report.schema.json,
quotes that are the text at their range, the text report, and exit codes."""

import json
import subprocess
from pathlib import Path

import jsonschema
import pytest

from test_check_report_schema import REPO, binary, text_at

SCHEMA = json.loads((REPO / "schemas" / "rank-report.schema.json").read_text(encoding="utf-8"))
ROLE = REPO / "examples" / "roles" / "backend-engineer"


def rank(role: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([binary(), "rank", str(role), *args], cwd=REPO, capture_output=True, text=True,
                          timeout=60, stdin=subprocess.DEVNULL)


def rank_json(role: Path) -> dict:
    result = rank(role, "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_json_report_matches_the_schema():
    report = rank_json(ROLE.relative_to(REPO))
    jsonschema.validate(report, SCHEMA, cls=jsonschema.Draft202012Validator)
    assert [c["name"] for c in report["candidates"]] == ["ada-okafor", "ben-marsh", "chloe-ng"]
    assert [c["rank"] for c in report["candidates"]] == [1, 2, 3]
    assert report["jobDescriptions"] == ["jd.md"]


def test_every_quote_is_the_text_at_its_range_in_the_candidates_own_files():
    for candidate in rank_json(ROLE)["candidates"]:
        own = {d["path"] for d in candidate["documents"]}
        for evidence in candidate["evidence"]:
            assert evidence["path"] in own, (candidate["name"], evidence["path"])
            source = (ROLE / evidence["path"]).read_text(encoding="utf-8")
            assert text_at(source, evidence["range"]) == evidence["quote"]


def test_the_text_report_lists_candidates_best_first_with_what_they_miss():
    result = rank(ROLE.relative_to(REPO))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("examples/roles/backend-engineer: 3 candidates · best: ada-okafor")
    ranked = [line.split()[1] for line in lines if line[:1].isdigit()]
    assert ranked == ["ada-okafor", "ben-marsh", "chloe-ng"]
    assert "missing must-haves: PostgreSQL, including schema design and query tuning (unmet); Docker (contradicted)" in result.stdout
    assert "evidence: ada-okafor/transcript.md:5 “I write our REST APIs in Python" in result.stdout


def test_the_html_report_is_one_page_without_scripts(tmp_path: Path):
    role = tmp_path / "role"
    (role / "<img src=x onerror=alert(1)>").mkdir(parents=True)
    (role / "jd.md").write_text("# Role\n\n## Requirements\n\n- Python\n", encoding="utf-8")
    (role / "<img src=x onerror=alert(1)>" / "cv.md").write_text("## Skills\n\nPython <script>x</script>\n", encoding="utf-8")
    result = rank(role, "--format", "html")
    assert result.returncode == 0, result.stderr
    page = result.stdout
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page
    assert "<script" not in page and "<img" not in page and "src=" not in page.replace("src=x", "")
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_equal_candidates_are_ordered_by_name_and_the_tie_is_explained(tmp_path: Path):
    role = tmp_path / "role"
    role.mkdir()
    (role / "jd.md").write_text("# Role\n\n## Requirements\n\n- Python\n", encoding="utf-8")
    for name in ("cv-zoe.md", "cv-adam.md"):
        (role / name).write_text("## Skills\n\nPython\n", encoding="utf-8")
    report = rank_json(role)
    jsonschema.validate(report, SCHEMA, cls=jsonschema.Draft202012Validator)
    assert [c["name"] for c in report["candidates"]] == ["cv-adam", "cv-zoe"]
    assert report["candidates"][0]["tie"] == "same score as cv-zoe, placed above it by name, alphabetically (all else equal)"


@pytest.mark.parametrize("layout", ["no-folder", "no-jd", "no-candidate"])
def test_an_unusable_role_exits_two_with_a_message(tmp_path: Path, layout: str):
    role = tmp_path / "role"
    if layout != "no-folder":
        role.mkdir()
        if layout == "no-jd":
            (role / "cv.md").write_text("## Skills\n\nPython\n", encoding="utf-8")
        else:
            (role / "jd.md").write_text("# Role\n\n## Requirements\n\n- Python\n", encoding="utf-8")
    result = rank(role)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("error: ")
