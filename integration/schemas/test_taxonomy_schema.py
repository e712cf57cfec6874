"""The bundled skill taxonomy against schemas/skill-taxonomy.schema.json.

The schema is what editors use to check the `interview.skills` setting, so it must accept the
shipped file and reject the mistakes users make in their own entries.
"""

import copy
import json
from pathlib import Path

import jsonschema
import pytest

REPO = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((REPO / "schemas" / "skill-taxonomy.schema.json").read_text(encoding="utf-8"))
TAXONOMY = json.loads((REPO / "Sources" / "Analysis" / "Resources" / "skills.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
SKILL = jsonschema.Draft202012Validator({**SCHEMA["$defs"]["skill"], "$defs": SCHEMA["$defs"]})


def test_schema_is_a_valid_draft_2020_12_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_bundled_taxonomy_matches_the_schema():
    errors = sorted(VALIDATOR.iter_errors(TAXONOMY), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])


def test_bundled_taxonomy_has_at_least_400_skills_in_every_required_domain():
    skills = TAXONOMY["skills"]
    assert len(skills) >= 400
    categories = {skill["category"] for skill in skills}
    required = {"software", "data", "design", "product", "sales", "marketing", "finance", "hr",
                "healthcare", "operations", "management", "security", "cloud"}
    assert required <= categories


@pytest.mark.parametrize(
    "change, reason",
    [
        (lambda s: s.update(aliases="k8s"), "aliases is a string"),
        (lambda s: s.update(aliases=["k8s", 8]), "an alias is a number"),
        (lambda s: s.update(aliases=["k8s", ""]), "an alias is empty"),
        (lambda s: s.update(alias=["k8s"]), "misspelled key"),
        (lambda s: s.update(category="aviation"), "unknown category"),
        (lambda s: s.update(caseSensitive="yes"), "caseSensitive is not a boolean"),
        (lambda s: s.pop("name"), "no name"),
        (lambda s: s.update(name="   "), "blank name"),
    ],
)
def test_schema_rejects_a_bad_entry(change, reason):
    taxonomy = copy.deepcopy(TAXONOMY)
    change(taxonomy["skills"][3])
    errors = list(VALIDATOR.iter_errors(taxonomy))
    assert errors, f"accepted a skill where {reason}"
    assert all(list(e.absolute_path)[:2] == ["skills", 3] for e in errors), reason


def test_bundled_file_needs_category_and_aliases_on_every_skill():
    taxonomy = copy.deepcopy(TAXONOMY)
    del taxonomy["skills"][0]["category"]
    assert list(VALIDATOR.iter_errors(taxonomy))


def test_user_settings_entries_need_only_a_name():
    assert SKILL.is_valid({"name": "Pulumi"})
    assert SKILL.is_valid({"name": "Go", "aliases": ["golang"], "caseSensitive": True,
                           "contextWords": ["language"], "caseSensitiveAliases": ["GO"], "category": "custom"})
    assert not SKILL.is_valid({"aliases": ["golang"]})


def test_wrong_version_is_rejected():
    assert not VALIDATOR.is_valid({**TAXONOMY, "version": 2})
