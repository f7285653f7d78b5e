"""One catalog for every word the kit's renderers say: complete in each language, the only source of words.

A key without one of the languages, a template asking for a word the catalog does not have, or a French
literal written straight into a renderer (so that an English reader would meet it untranslated) fails here.
"""

from __future__ import annotations

import ast
import json
import re
import string
from pathlib import Path

import pytest

from fiitdesk.cli import main
from fiitdesk.kit import catalog
from fiitdesk.kit.catalog import CATALOGS, ENTRIES, LANGUAGES
from tests.conftest import ROOT

TEMPLATES = sorted((ROOT / "resources" / "templates").rglob("*.j2"))
#: The kit's renderers: every module that turns records into words a reader sees.
RENDERERS = [ROOT / "fiitdesk" / p for p in ("kit/compare.py", "kit/card.py", "kit/essential.py",
                                             "kit/entry_text.py", "kit/sheets.py", "kit/sections.py",
                                             "kit/labels.py", "textout.py")]
#: Literals that are not words to translate: (file, literal) and why.
ALLOWED = {
    ("compare.py", "unknown topic "), ("compare.py", "; topics: "),  # a usage error: the command line's English
    ("compare.py", " note"),  # a CSV column name ("BE note"), a key for spreadsheets like "topic" and "label"
    # French and English grammar of a country's name (« la Grèce », "the Netherlands"): the rule is per language.
    ("entry_text.py", "le "), ("entry_text.py", "la "), ("entry_text.py", "les "), ("entry_text.py", "the "),
    ("entry_text.py", "AEIOUÉÈÊÎÔ"),
    ("hotline_card.html.j2", "pt"),  # a CSS unit
}


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _incomplete(entries: dict[str, dict[str, str]]) -> list[str]:
    """What is wrong with ``entries``: a language missing or empty, or languages filling in different fields."""
    problems = []
    for key, texts in entries.items():
        if set(texts) != set(LANGUAGES):
            problems.append(f"{key!r} has {sorted(texts)}, not {list(LANGUAGES)}")
            continue
        problems += [f"{key!r} is empty in {lang}" for lang in LANGUAGES
                     if not texts[lang].strip() and key not in {"colon", "semicolon", "thousands"}]
        if _fields(texts["fr"]) != _fields(texts["en"]):
            problems.append(f"{key!r}: the languages fill in different fields")
    return problems


def test_every_word_is_in_every_language_with_the_same_fields() -> None:
    assert _incomplete(ENTRIES) == []


def test_a_word_lacking_a_language_or_a_field_is_caught() -> None:
    assert _incomplete({"only_french": {"fr": "Seulement en français"}}) == \
        ["'only_french' has ['fr'], not ['fr', 'en']"]
    assert _incomplete({"lost_field": {"fr": "{n} pays", "en": "countries"}}) == \
        ["'lost_field': the languages fill in different fields"]


def test_no_word_is_in_two_catalogs(monkeypatch) -> None:
    assert len(ENTRIES) == sum(len(c) for c in CATALOGS.values())
    monkeypatch.setitem(CATALOGS, "twice", {"summary": {"fr": "Résumé", "en": "Summary"}})
    with pytest.raises(ValueError, match="summary"):
        catalog._merged()


def test_every_word_a_template_asks_for_is_in_the_catalog() -> None:
    for template in TEMPLATES:
        text = template.read_text(encoding="utf-8")
        asked = set(re.findall(r"\bL\.([a-z_0-9]+)", text)) | set(re.findall(r"\bL\[\"([a-z_0-9]+)\"\]", text))
        missing = asked - set(ENTRIES)
        assert not missing, f"{template.name} asks for {sorted(missing)}"


def _speaks(text: str) -> bool:
    """A literal that says something to a reader: letters that are not an identifier, a code or a key."""
    bare = re.sub(r"<[^<>]*>?", "", re.sub(r"\{[^}]*\}", "", text))  # markup is not words: <a name="…">
    return bool(re.search(r"[^\W\d_]{2,}", bare)) and not re.fullmatch(r"[a-z0-9_.\-:/%]*|[A-Z_]+", bare)


def _python_literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef) and node.body
                  and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings]


def _template_words(path: Path) -> list[str]:
    text = re.sub(r"\{#.*?#\}", "", path.read_text(encoding="utf-8"), flags=re.S)
    text = re.sub(r"<style>.*?</style>", "", text, flags=re.S)
    found: list[str] = []
    for expression in re.findall(r"\{\{.*?\}\}|\{%.*?%\}", text, flags=re.S):
        for double, single in re.findall(r"\"([^\"]*)\"|'([^']*)'", expression):
            literal = double or single
            if _speaks(literal) and not re.fullmatch(r"[a-z0-9_.\-:/% ]*|[IVX]+", literal):
                found.append(literal)
    for attribute in re.findall(r"\b(?:alt|title)=\"([^\"]*)\"", text):
        found += re.findall(r"[^\W\d_]{2,}", re.sub(r"\{\{.*?\}\}", " ", attribute))
    prose = re.sub(r"\{\{.*?\}\}|\{%.*?%\}", " ", text, flags=re.S)
    prose = re.sub(r"<[^>]*>|&[a-z]+;", " ", prose)
    return found + re.findall(r"[^\W\d_]{2,}", prose)


def test_the_renderers_say_nothing_that_bypasses_the_catalog() -> None:
    bypasses = [(path.name, literal) for path in RENDERERS for literal in _python_literals(path)
                if _speaks(literal) and (path.name, literal) not in ALLOWED]
    bypasses += [(path.name, word) for path in TEMPLATES for word in _template_words(path)
                 if (path.name, word) not in ALLOWED]
    assert not bypasses, f"words written outside fiitdesk/kit/catalog: {bypasses}"


def test_the_literal_check_finds_a_french_word_written_into_a_renderer(tmp_path: Path) -> None:
    renderer = tmp_path / "renderer.py"
    renderer.write_text('"""Doc."""\nLABEL = "Oui : " + ", ".join(["a", "b"])\nKEY = "reflection_period_days"\n')
    template = tmp_path / "t.html.j2"
    template.write_text('<p>{{ L.source }} : {{ x }} — Données {% if a == "Non" %}{{ y }}{% endif %}</p>\n')
    assert [x for x in _python_literals(renderer) if _speaks(x)] == ["Oui : "]
    assert _template_words(template) == ["Non", "Données"]


def test_the_employment_topic_has_one_name_on_the_sheet_and_in_compare(store) -> None:
    from fiitdesk.kit import sections
    from fiitdesk.kit.compare import topic_label

    for lang in LANGUAGES:
        assert topic_label("employment", lang) == sections.title("employment", lang)
    assert sections.title("employment", "fr") == "Insertion professionnelle", "the kit's own chapter title"
    row = next(r for r in store.compare(["BE"], ["employment"])["rows"])
    assert row["topic_label"] == "Insertion professionnelle"


# -- the words through the command line -----------------------------------------------------------------


def _run(capsys, *args: object) -> tuple[int, str, str]:
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


def test_compare_json_in_english_keeps_its_keys_and_says_its_words_in_english(capsys, built_db: Path) -> None:
    _, french_out, _ = _run(capsys, "--db", built_db, "compare", "BE", "DE", "--json")
    status, english_out, _ = _run(capsys, "--db", built_db, "compare", "BE", "DE", "--json", "--language", "en")
    french, english = json.loads(french_out), json.loads(english_out)
    assert status == 0 and english["language"] == "en" and french["language"] == "fr"
    assert english.keys() == french.keys()
    assert [(r["topic"], r["key"], r["state"]) for r in english["rows"]] == \
        [(r["topic"], r["key"], r["state"]) for r in french["rows"]]
    assert [c["name"] for c in english["countries"]] == ["Belgium", "Germany"]
    assert [c["name"] for c in french["countries"]] == ["Belgique", "Allemagne"]
    rows = {r["key"]: r for r in english["rows"]}
    assert rows["reflection_period_days"]["topic_label"] == "Residence permits"
    assert rows["employment_access"]["topic_label"] == "Labour market integration"
    assert rows["permit_gives_work"]["label"] == "Right given by a permit: work"
    assert rows["permit_gives_work"]["values"]["BE"]["text"].startswith("Yes: ")
    assert rows["national_action_plan"]["values"]["BE"]["text"] in {"Yes", "No", "Uncertain"}
    assert rows["reflection_period_days"]["values"]["DE"]["note"] == \
        "The kit’s sources do not give this information for this country."
    assert "%" in rows["victims_2022_non_eu_share"]["values"]["BE"]["text"]
    assert "," not in rows["victims_2022_non_eu_share"]["values"]["BE"]["text"], "63.1%, not 63,1 %"


def test_compare_text_in_french_is_french_throughout(capsys, built_db: Path) -> None:
    status, out, _ = _run(capsys, "--db", built_db, "compare", "BE", "IT", "--topic", "permits")
    assert status == 0 and out.startswith("PERMIS DE SÉJOUR")
    assert "Droit donné par un permis : travail" in out and "Oui : " in out


def test_countries_in_english_are_named_in_english(capsys, built_db: Path) -> None:
    status, out, _ = _run(capsys, "--db", built_db, "countries", "--language", "en")
    assert status == 0 and out.startswith("FIIT Desk — data ")
    for name in ("Belgium", "Germany", "Georgia", "United Kingdom"):
        assert re.search(rf"^[A-Z]{{2}}\s+{name}\s", out, re.M), name
    assert "Allemagne" not in out and "Géorgie" not in out
    assert "country" in out.splitlines()[2] and "FIIT chapter" in out


def test_show_in_english_says_its_headings_in_english(capsys, built_db: Path) -> None:
    status, out, _ = _run(capsys, "--db", built_db, "show", "BE", "--language", "en")
    assert status == 0 and out.startswith("Belgium (BE)")
    for heading in ("RESIDENCE PERMITS", "ACCOMMODATION — ", "LEGAL ASSISTANCE", "CONTACTS",
                    "EMN STUDY 2025 — SITUATION 2021–2023"):
        assert heading in out, heading
    assert "Source: " in out and "Source : " not in out
    assert "(published in 2013 — check it before giving it out)" in out
    french = _run(capsys, "--db", built_db, "show", "BE")[1]
    assert "PERMIS DE SÉJOUR" in french and "Source : " in french and "ASSISTANCE JURIDIQUE" in french


def test_nothing_found_is_said_in_the_language_asked(capsys, built_db: Path) -> None:
    _, _, err = _run(capsys, "--db", built_db, "hotlines", "zzzzqqq", "--language", "en")
    assert err.strip() == "No number matches."
    _, _, err = _run(capsys, "--db", built_db, "glossary", "zzzzqqq")
    assert err.strip() == "Aucun terme ne correspond."


def test_the_translation_bars_words_hold_no_markup() -> None:
    """The country view's bar shows these as Qt guesses them until its first paint, then as plain text:
    the same only if they hold no markup."""
    from fiitdesk.kit.labels import say

    for language in LANGUAGES:
        for key in ("unofficial_translation", "original_shown"):
            assert not re.search(r"[<&]", say(key, language)), (key, language)
