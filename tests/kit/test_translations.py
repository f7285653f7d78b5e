"""The kit in English: the catalogs are complete, the build refuses a bad translation by name, a French text
that changes shows in French (marked pending) until its translation is reviewed, and every reading of the
English store — a country, the countries, Compare, the glossary, search, the finder — is in English."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from fiitdesk.cli import main
from fiitdesk.kit import translations
from fiitdesk.kit.store import HIT_END, HIT_START, KitStore
from tests.conftest import FIIT_CODES, KIT_DIR

BE_CATALOG = Path("i18n/en/countries/BE.po")


def run(capsys, *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def english(built_db: Path):
    store = KitStore(built_db, language="en")
    yield store
    store.close()


# -- the catalogs ----------------------------------------------------------------------------------------


def test_every_text_of_both_documents_is_translated_and_none_is_fuzzy_or_refused() -> None:
    report = translations.status(KIT_DIR, "en")
    expected = {p.relative_to(KIT_DIR).with_suffix("").as_posix() for p in translations.source_files(KIT_DIR)}
    assert set(report) == expected, "one catalog per source file"
    left = {rel: {k: n for k, n in counts.items() if k != "translated"} for rel, counts in report.items()}
    assert all(not counts for counts in left.values()), left
    assert sum(c["translated"] for c in report.values()) == len(translations.entries(KIT_DIR))


def test_translations_status_prints_coverage_per_file_and_succeeds_when_complete(capsys) -> None:
    status, out, _ = run(capsys, "translations", "status")
    assert status == 0
    assert "en: " in out and "(100.0 %)" in out
    assert "countries/BE.po" in out and "emn/facts_plans.po" in out and "complete" in out


def test_refreshing_unchanged_catalogs_changes_no_byte(kit_copy: Path, capsys) -> None:
    before = {p: p.read_bytes() for p in (kit_copy / "i18n").rglob("*.po")}
    status, _, _ = run(capsys, "translations", "extract", "--kit", kit_copy)
    assert status == 0
    assert {p: p.read_bytes() for p in (kit_copy / "i18n").rglob("*.po")} == before


# -- what the build refuses ------------------------------------------------------------------------------


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.mark.parametrize(("catalog", "old", "new", "context", "problem"), [
    (BE_CATALOG, 'msgstr "45 days"', 'msgstr "54 days"', "permits[be-reflection].duration_text",
     "digits differ from the French (lost 45; added 54)"),
    (Path("i18n/en/emn/countries.po"), "try www.emnhungary.hu/, which", "try www.emnhungary.com/, which",
     "[12].note", "a web address differs from the French"),
    (BE_CATALOG, 'msgstr "45 days"', 'msgstr "  "', "permits[be-reflection].duration_text",
     "empty translation of a non-empty text"),
])
def test_the_build_refuses_a_bad_translation_naming_catalog_entry_and_problem(
        kit_copy: Path, tmp_path: Path, capsys, catalog: Path, old: str, new: str, context: str,
        problem: str) -> None:
    _replace(kit_copy / catalog, old, new)
    target = tmp_path / "fiit.db"
    status, out, err = run(capsys, "build-db", "--kit", kit_copy, "--db", target)
    assert status == 1 and not out
    assert "the database was not changed" in err
    line = next(line for line in err.splitlines() if context in line)
    assert catalog.as_posix() in line and f'msgctxt "{context}"' in line and problem in line, line
    assert not target.exists(), "a refused translation never reaches a database"


def test_translations_status_counts_what_the_build_would_refuse(kit_copy: Path, capsys) -> None:
    _replace(kit_copy / BE_CATALOG, 'msgstr "45 days"', 'msgstr "54 days"')
    status, out, _ = run(capsys, "translations", "status", "--kit", kit_copy)
    assert status == 1
    assert next(line for line in out.splitlines() if "countries/BE.po" in line).endswith("1 refused")


# -- a French text that changes --------------------------------------------------------------------------


def test_a_changed_french_text_goes_fuzzy_and_its_french_is_shown_marked_pending(
        kit_copy: Path, tmp_path: Path, capsys) -> None:
    old = "Une victime de la traite est identifiée par le Procureur du Roi ou l’Auditeur du travail."
    new = "Une victime de la traite est désormais identifiée par le Procureur du Roi ou l’Auditeur du travail."
    _replace(kit_copy / "countries" / "BE.yaml", old, new)

    assert run(capsys, "translations", "extract", "--kit", kit_copy)[0] == 0
    catalog = (kit_copy / BE_CATALOG).read_text(encoding="utf-8")
    entry = catalog[catalog.index('msgctxt "identification.text"') - 200:catalog.index('msgctxt "identification.text"')]
    assert "#, fuzzy" in entry and "#| msgid" in entry and "identifiée par le" in entry, "the previous French is kept"
    status, out, _ = run(capsys, "translations", "status", "--kit", kit_copy)
    assert status == 1 and "1 fuzzy" in next(line for line in out.splitlines() if "countries/BE.po" in line)

    target = tmp_path / "fiit.db"
    assert run(capsys, "build-db", "--kit", kit_copy, "--db", target)[0] == 0
    store = KitStore(target, language="en")
    identification = store.country("BE")["identification"]
    assert identification["text"] == new, "the reader sees the new French, never the stale English"
    assert identification["pending"] == ["text"]
    assert store.country("BE")["permits"][0]["name"] == "Reflection period", "the rest stays translated"
    sheet = store.sheet_html("BE", "en", "screen")
    assert "désormais identifiée" in sheet and "Translation pending" in sheet
    store.close()
    shown = json.loads(run(capsys, "--db", target, "show", "BE", "--language", "en", "--json")[1])
    assert shown["identification"]["pending"] == ["text"] and shown["identification"]["text"] == new


# -- reading in English ----------------------------------------------------------------------------------


def test_the_english_store_has_the_french_records_structure_with_english_text(store, english) -> None:
    for code in FIIT_CODES:
        french, translated = store.country(code), english.country(code)
        assert set(french) == set(translated)
        for key in ("permits", "accommodation", "services", "contacts", "figures", "hotlines", "testimonies"):
            assert len(french[key]) == len(translated[key])
            assert [r.get("id") for r in french[key]] == [r.get("id") for r in translated[key]]
    belgium = english.country("BE")
    assert belgium["name"] == "Belgium"
    assert belgium["permits"][0]["name"] == "Reflection period" and belgium["permits"][0]["duration_text"] == "45 days"
    assert belgium["permits"][0]["duration_days"] == store.country("BE")["permits"][0]["duration_days"]
    assert "Crown Prosecutor" in belgium["identification"]["text"]
    assert belgium["sources"][0]["label"].startswith("EMN study 2025")
    assert not any("pending" in r for r in belgium["permits"]), "the real catalogs leave nothing pending"


def test_the_english_countries_are_named_in_english(english) -> None:
    names = {c["code"]: c["name"] for c in english.countries()}
    assert names["BE"] == "Belgium" and names["DE"] == "Germany" and names["GE"] == "Georgia"
    assert english.resolve_country("Allemagne") == english.resolve_country("Germany") == "DE"


def test_compare_in_english_compares_the_same_values(store, english) -> None:
    french = store.compare(["BE", "FR"], ["permits"])
    translated = english.compare(["BE", "FR"], ["permits"])
    assert [r["key"] for r in french["rows"]] == [r["key"] for r in translated["rows"]]
    assert [r["state"] for r in french["rows"]] == [r["state"] for r in translated["rows"]]
    days = next(r for r in translated["rows"] if r["key"] == "reflection_period_days")
    assert days["values"]["BE"]["value"] == 45 and "45 days" in days["values"]["BE"]["text"]


def test_the_glossary_in_english(english) -> None:
    terms = [t["term"] for t in english.glossary()]
    assert len(terms) == 21 and "Identified victim of trafficking in human beings" in terms
    assert english.glossary("identified") and english.glossary("identified") == english.glossary("IDENTIFIED")
    assert english.glossary("victime"), "a French word still finds the term"


def test_search_in_english_finds_english_words_and_french_words(store, english) -> None:
    hits = english.search("accommodation")
    assert hits and all(h["snippet_language"] == "en" for h in hits[:5])
    assert any("accommodation" in h["snippet"].casefold() for h in hits)
    assert {"BE", "FR", "IT", "HU", "GB"} <= {h["country"] for h in hits}
    assert not store.search("accommodation"), "the French index has the French text only"
    french_words = english.search("hébergement")
    assert french_words and {h["snippet_language"] for h in french_words} == {"fr"}
    assert not any(h["title"].startswith(("Belgique", "Hongrie", "Italie", "Royaume-Uni", "Pays-Bas"))
                   for h in french_words), "titles stay in the interface language"
    assert any(f"{HIT_START}hébergement{HIT_END}" in h["snippet"].casefold() for h in french_words)
    assert english.search("Reflection") and english.search("reflection") == english.search("RÉFLECTION")


def test_the_finder_in_english_knows_organisations_by_both_names(store, english) -> None:
    iom = english.hotlines("International Organization for Migration")
    assert iom and {e["country"] for e in iom} >= {"BE", "IT", "GB"}
    assert english.hotlines("OIM"), "the French name still finds them"
    assert not store.hotlines("International Organization for Migration")
    belgian = english.hotlines("bruxelles", country="BE")
    assert belgian and all(e["country_name"] == "Belgium" for e in belgian)
    towns = {e["town"] for e in store.hotlines(country="BE")} - {None}
    assert towns == {e["town"] for e in english.hotlines(country="BE")} - {None}, "towns stay as printed"


def test_the_database_holds_the_translations_not_a_copy_of_every_table(built_db: Path) -> None:
    with sqlite3.connect(built_db) as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        english = {t for t in tables if "_en" in t}
        assert english and all(t.startswith(("search_docs_en", "directory_index_en")) for t in english), english
        translated, differing = db.execute("SELECT count(*), count(DISTINCT tbl) FROM translations").fetchone()
        pending = db.execute("SELECT count(*) FROM translations WHERE pending = 1").fetchone()[0]
    assert translated > 4000 and differing >= 15 and pending == 0
    db.close()


# -- the command line ------------------------------------------------------------------------------------


def test_countries_in_english(capsys, built_db: Path) -> None:
    status, out, _ = run(capsys, "--db", built_db, "countries", "--language", "en")
    assert status == 0 and all(name in out for name in ("Belgium", "Germany", "Georgia"))
    assert "Allemagne" not in out
    rows = json.loads(run(capsys, "--db", built_db, "countries", "--language", "en", "--json")[1])
    assert {r["language"] for r in rows} == {"en"} and rows[0]["name"] == "Belgium"
    french = json.loads(run(capsys, "--db", built_db, "countries", "--json")[1])
    assert {r["language"] for r in french} == {"fr"} and french[0]["name"] == "Belgique"


def test_show_in_english(capsys, built_db: Path) -> None:
    record = json.loads(run(capsys, "--db", built_db, "show", "BE", "--language", "en", "--json")[1])
    assert record["language"] == "en" and record["name"] == "Belgium"
    assert record["permits"][0]["name"] == "Reflection period"
    status, out, _ = run(capsys, "--db", built_db, "show", "BE", "--language", "en")
    assert status == 0 and "Reflection period" in out and "Crown Prosecutor" in out


def test_compare_in_english_on_the_command_line(capsys, built_db: Path) -> None:
    result = json.loads(run(capsys, "--db", built_db, "compare", "BE", "FR", "--topic", "permits", "--language", "en",
                            "--json")[1])
    assert result["language"] == "en" and [c["code"] for c in result["countries"]] == ["BE", "FR"]
    days = next(r for r in result["rows"] if r["key"] == "reflection_period_days")
    assert days["values"]["BE"]["text"].startswith("45 days")
    assert "45 days" in run(capsys, "--db", built_db, "compare", "BE", "FR", "--language", "en")[1]


def test_hotlines_in_english(capsys, built_db: Path) -> None:
    rows = json.loads(run(capsys, "--db", built_db, "hotlines", "International Organization", "--language", "en",
                          "--json")[1])
    assert rows and {r["language"] for r in rows} == {"en"}
    assert any(r["organisation"].startswith("International Organization for Migration") for r in rows)
    status, out, _ = run(capsys, "--db", built_db, "hotlines", "--country", "BE", "--language", "en")
    assert status == 0 and "Belgium" in out and "International Organization for Migration (IOM)" in out


def test_search_in_english_on_the_command_line(capsys, built_db: Path) -> None:
    hits = json.loads(run(capsys, "--db", built_db, "search", "reflection", "period", "--language", "en", "--json")[1])
    assert hits and {h["language"] for h in hits} == {"en"}
    assert any("[reflection]" in h["snippet"].casefold() for h in hits)
    assert "Reflection period" in run(capsys, "--db", built_db, "search", "reflection", "--language", "en")[1]


def test_glossary_in_english_on_the_command_line(capsys, built_db: Path) -> None:
    terms = json.loads(run(capsys, "--db", built_db, "glossary", "identified", "--language", "en", "--json")[1])
    assert terms and {t["language"] for t in terms} == {"en"}
    assert "Identified victim of trafficking in human beings" in {t["term"] for t in terms}
    status, out, _ = run(capsys, "--db", built_db, "glossary", "--language", "en")
    assert status == 0 and "IDENTIFIED VICTIM OF TRAFFICKING IN HUMAN BEINGS" in out


def test_an_unknown_language_is_one_clear_line(capsys, built_db: Path) -> None:
    status, _, err = run(capsys, "--db", built_db, "show", "BE", "--language", "de")
    assert status == 2 and err.count("\n") == 1 and "--language" in err


def test_the_french_original_of_each_english_section_is_a_click_away(english) -> None:
    import re

    from fiitdesk.kit import original, sections

    for code in FIIT_CODES:
        translated = english.sheet_html(code, "en", "screen")
        french = english.sheet_html(code, "en", "screen", original=True)
        anchors = re.findall(r'<a name="([^"]+)">', translated)
        assert anchors == re.findall(r'<a name="([^"]+)">', french), "the same sections at the same anchors"
        headed = {a for a in anchors if a in sections.SECTION_IDS and a != "coverage"}
        links = re.findall(r'href="(original:[^"]+)"', translated)
        assert {original.link_target(link) for link in links} == {(True, a) for a in headed}
        backs = re.findall(r'href="(translation:[^"]+)"', french)
        assert {original.link_target(link) for link in backs} == {(False, a) for a in headed}
        assert "Show the French original" in translated and "Back to the English translation" in french
    assert "<b>Reflection period</b>" in english.sheet_html("BE")
    assert "<b>Période de réflexion</b>" not in english.sheet_html("BE")
    assert "<b>Période de réflexion</b>" in english.sheet_html("BE", original=True)
    assert "<h2>Residence permits</h2>" in english.sheet_html("BE", original=True), "the words around stay English"
    practice = english.practices()[0]["id"]
    assert "original:page" in english.page_html("practice", practice)
    assert "translation:page" in english.page_html("practice", practice, original=True)
    assert "original:page" in english.page_html("glossary", "0")
