"""The bundled taxonomy is generated from its sources, and every broader skill it names exists."""

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TAXONOMY = json.loads((REPO / "Sources" / "Analysis" / "Resources" / "skills.json").read_text(encoding="utf-8"))


def test_bundled_taxonomy_is_what_the_build_script_makes_of_its_sources():
    run = subprocess.run([sys.executable, str(REPO / "scripts" / "build-taxonomy.py"), "--check"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_every_broader_skill_is_a_skill_of_the_taxonomy():
    names = {skill["name"].lower() for skill in TAXONOMY["skills"]}
    missing = [(skill["name"], broader) for skill in TAXONOMY["skills"] for broader in skill.get("broader", [])
               if broader.lower() not in names]
    assert not missing


def test_imported_sources_name_their_licence():
    sources = (REPO / "taxonomy" / "SOURCES.md").read_text(encoding="utf-8")
    assert "ESCO" in sources and "CC BY 4.0" in sources
    assert (REPO / "taxonomy" / "esco-v1.1.1.tsv").read_text(encoding="utf-8").startswith("# ESCO v1.1.1")
