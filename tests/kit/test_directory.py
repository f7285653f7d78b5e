"""The directory of whom to call, as a field worker asks it on the command line: towns, organisations, kinds
of service and digits find the chapter contacts too; each country's emergency number comes first; numbers
the kit prints twice for one organisation are shown together; every number carries its date."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fiitdesk.cli import main
from fiitdesk.kit.directory import organisation_keys, same_organisation

AS_OF_2013 = "publié en 2013 — à vérifier avant de le donner"


def hotlines(capsys, built_db: Path, *args: str) -> tuple[int, str]:
    code = main(["--db", str(built_db), "hotlines", *args])
    return code, capsys.readouterr().out


def hotlines_json(capsys, built_db: Path, *args: str) -> list[dict]:
    code, out = hotlines(capsys, built_db, *args, "--json")
    assert code == 0
    return json.loads(out)


# -- what a field worker types ------------------------------------------------------------------------


def test_bruxelles_lists_whom_to_call_in_brussels(capsys, built_db: Path) -> None:
    rows = hotlines_json(capsys, built_db, "bruxelles")
    assert {r["town"] for r in rows} == {"Bruxelles"}
    names = {r["organisation"] for r in rows}
    assert {"Pag-asa", "PAG-ASA", "Ministère de la Justice", "Organisation internationale pour les migrations (OIM)",
            "Centre pour l’égalité des chances et la lutte contre le racisme"} == names
    code, text = hotlines(capsys, built_db, "bruxelles")
    assert code == 0 and "+32 2 511 64 64" in text and "+32 2 511 58 68" in text and AS_OF_2013 in text
    assert "Antwerpen" not in text and "Liège" not in text


@pytest.mark.parametrize("typed", ["liège", "Liege", "LIÈGE", "surya", "Sürya"])
def test_liege_and_surya_find_the_liege_ngo_in_the_annex_and_in_the_contacts(capsys, built_db: Path,
                                                                             typed: str) -> None:
    rows = hotlines_json(capsys, built_db, typed)
    assert [(r["kind"], r["organisation"], r["town"]) for r in rows] == [
        ("hotline", "Sürya", "Liège"), ("contact", "ASBL SÜRIYA", "Liège")]
    assert {r["e164"] for r in rows} == {"+3242324030"}, "one number: no warning about another one"
    assert all(not r["alternatives"] for r in rows)


def test_pag_asa_shows_both_numbers_the_kit_prints_and_says_it_does_not_say_which(capsys, built_db: Path) -> None:
    rows = hotlines_json(capsys, built_db, "pag-asa")
    assert [(r["kind"], r["number"]) for r in rows] == [("hotline", "+ 32 2 511 64 64"),
                                                         ("contact", "+32 (0) 25115868")]
    annex, contact = rows
    assert [a["number"] for a in annex["alternatives"]] == [contact["number"]]
    assert [a["number"] for a in contact["alternatives"]] == [annex["number"]]
    assert annex["town"] == "Bruxelles" and annex["category"] == "ngo", "the annex line knows the NGO it is"
    _, text = hotlines(capsys, built_db, "pag-asa")
    assert text.count("Le kit ne dit pas lequel appeler en premier") == 2
    assert "+32 2 511 58 68 (contacts du chapitre)" in text and "+32 2 511 64 64 (annexe des numéros" in text


def test_the_sheet_says_beside_each_of_two_numbers_what_the_finder_says(store) -> None:
    """An organisation printed with two numbers: the sheet, under each, names the other and says that the
    kit does not say which to try first, in the finder's words; the curated note adds only the advice."""
    import re

    from fiitdesk.kit.entry_text import alternatives_text

    conflicting = [r for r in store.hotlines() if r["alternatives"]]
    for lang in ("fr", "en"):
        localised = store.with_language(lang)
        for code in sorted({r["country"] for r in conflicting}):
            page = " ".join(re.sub(r"<[^>]+>", " ", re.sub(r"<!--.*?-->", "", localised.sheet_html(
                code, lang, "screen"), flags=re.S)).split())
            for entry in localised.hotlines(country=code):
                elsewhere = [a for a in entry["alternatives"] if not a["same_contact"]]
                for line in alternatives_text({**entry, "alternatives": elsewhere}, lang):
                    assert f"⚠ {line}" in page, (code, lang, line)
            same_contact = alternatives_text({"alternatives": [{"same_contact": True, "international": "x",
                                                                "number": "x", "kind": "contact"}]}, lang)[0]
            assert same_contact.split("x")[0] not in page, "a contact's phones are printed together already"
    contact = next(r for r in store.hotlines("pag-asa") if r["kind"] == "contact")
    assert "511 64 64" not in contact["note"], "the note does not say again what the line above says"


def test_conflicting_numbers_are_exactly_the_organisations_printed_with_two_numbers(store) -> None:
    conflicts = {(r["country"], r["organisation"]) for r in store.hotlines() if r["alternatives"]}
    assert conflicts == {
        ("BE", "Pag-asa"), ("BE", "PAG-ASA"),
        ("BE", "Organisation internationale pour les migrations (OIM)"),
        ("FR", "Numéro d’urgence du Dispositif National d’accueil et de protection des victimes de la traite des "
               "êtres humains (Ac.Sé)"),
        ("FR", "DISPOSITIF NATIONAL D’ACCUEIL ET DE PROTECTION DES VICTIMES DE LA TRAITE DES ÊTRES HUMAINS "
               "(DISPOSITIF AC-SÉ)"),
        ("ES", "Institut de la Femme"),
        ("HU", "Ministère de l’Intérieur"),
    }


@pytest.mark.parametrize(("typed", "expected"), [
    ("anvers", "Antwerpen"), ("antwerp", "Antwerpen"), ("brussels", "Bruxelles"), ("london", "Londres"),
    ("bordeaux", "Bordeaux"), ("budapest", "Budapest"), ("dover", "Dover"), ("birmingham", "Birmingham"),
    ("grenoble", "Grenoble"), ("marseille", "Marseille"), ("rome", "Rome"),
])
def test_towns_in_any_language_find_the_contacts_there(store, typed: str, expected: str) -> None:
    rows = store.hotlines(typed)
    assert rows and {r["town"] for r in rows} == {expected}


def test_every_town_is_read_from_its_address(store) -> None:
    towns = {(r["organisation"], r["town"]) for r in store.hotlines(kinds=["contact"])}
    assert {("PAYOKE", "Antwerpen"), ("IPPO", "Bordeaux"), ("ASSOCIATION ALC – LES LUCIOLES", "Nice"),
            ("L’APPART, ASSOCIATION ALTHEA", "Grenoble"), ("Hungarian Baptist Aid", "Budapest"),
            ("Migrant Helpline", "Dover"), ("Kalayaan", "Londres"), ("ESCLAVAGE TOLÉRANCE ZÉRO", "Marseille"),
            ("ORGANISATION INTERNATIONALE POUR LES MIGRATIONS (OIM)", "Paris"),
            ("Centre britannique de lutte contre la traite des êtres humains (UKHTC)", "Birmingham")} <= towns
    assert all(town for _, town in towns if _ not in {"AFJ - CENTRE D’ACCUEIL SPÉCIALISÉ DANS LES VICTIMES DE LA "
                                                      "TRAITE", "Poppy Project – Eaves Housing"}), \
        "only the two contacts printed without an address have no town"


@pytest.mark.parametrize("typed", ["ONG", "ong", "NGO"])
def test_category_word_ngo_finds_the_ngos_only(store, typed: str) -> None:
    rows = store.hotlines(typed)
    assert {r["category"] for r in rows} == {"ngo"}
    assert {"PAYOKE", "Kalayaan", "COMITÉ CONTRE L’ESCLAVAGE MODERNE", "Pag-asa"} <= {r["organisation"] for r in rows}


@pytest.mark.parametrize("typed", ["hébergement", "hebergement", "HÉBERGEMENT", "refuge", "shelter"])
def test_accommodation_words_find_the_shelters(store, typed: str) -> None:
    names = {r["organisation"] for r in store.hotlines(typed)}
    assert "AFJ - CENTRE D’ACCUEIL SPÉCIALISÉ DANS LES VICTIMES DE LA TRAITE" in names
    assert "Poppy Project – Eaves Housing" in names
    assert any("Ac.Sé" in n or "AC-SÉ" in n for n in names)
    assert "Kalayaan" not in names


def test_police_finds_every_emergency_number_and_the_police_hotline(store) -> None:
    rows = store.hotlines("police")
    assert {r["country"] for r in rows if r["kind"] == "emergency"} == {c["code"] for c in store.countries()}
    assert any(r["country"] == "MT" and r["kind"] == "hotline" for r in rows)


@pytest.mark.parametrize(("typed", "organisation"), [
    ("0032 2 511 58 68", "PAG-ASA"), ("+32 2 511 58 68", "PAG-ASA"), ("02 511 58 68", "PAG-ASA"),
    ("020 7243 2942", "Kalayaan"), ("+44 20 7243 2942", "Kalayaan"), ("04 91 54 90 68", "ESCLAVAGE TOLÉRANCE ZÉRO"),
])
def test_digits_find_contact_phones_however_they_are_typed(store, typed: str, organisation: str) -> None:
    assert [r["organisation"] for r in store.hotlines(typed)] == [organisation]


# -- the emergency number -----------------------------------------------------------------------------


def test_each_country_starts_with_its_emergency_number_not_from_the_kit(store) -> None:
    for country in store.countries():
        first = store.hotlines(country=country["code"])[0]
        assert (first["kind"], first["number"], first["source"]["doc"]) == ("emergency", "112", "libphonenumber")
        assert first["as_of"].startswith("libphonenumber ")
    assert "pas une information du kit" in store.sources["libphonenumber"]["label"]


def test_cli_country_lists_emergency_first_and_says_where_it_comes_from(capsys, built_db: Path) -> None:
    rows = hotlines_json(capsys, built_db, "--country", "EL")
    assert [r["kind"] for r in rows] == ["emergency", "hotline", "hotline"]
    _, text = hotlines(capsys, built_db, "--country", "GR", "--calling-from", "FR")
    first = text.splitlines()[:2]
    assert "pas une information du kit" in first[0] and "112 (depuis la Grèce seulement)" in first[1]
    assert "15900 (depuis la Grèce seulement)" in text and "00 30 231 052 5149" in text


# -- dates, keys, filters -----------------------------------------------------------------------------


def test_every_number_of_the_kit_is_in_the_directory_with_its_date(store) -> None:
    printed = []
    for country in store.countries():
        record = store.country(country["code"])
        printed += [(country["code"], p["number"]) for k in record["contacts"] for p in k["phones"]]
        printed += [(country["code"], h["number"]) for h in record["hotlines"]]
        assert all(k["as_of"] == store.sources[k["source"]["doc"]]["as_of"] for k in record["contacts"])
        assert all(h["as_of"] for h in record["hotlines"])
    entries = store.hotlines(kinds=["hotline", "contact"], limit=10_000)
    assert sorted((e["country"], e["number"]) for e in entries) == sorted(printed)
    assert {e["as_of"] for e in entries} == {"2013", "2021–2023"}
    assert store.country("BE")["contacts"][0]["as_of"] == "2013"


def test_json_objects_have_the_documented_keys(capsys, built_db: Path) -> None:
    rows = hotlines_json(capsys, built_db)
    assert {r["kind"] for r in rows} == {"emergency", "hotline", "contact"}
    for r in rows:
        assert {"kind", "number_type", "category", "town", "as_of", "country", "organisation", "number",
                "e164", "alternatives", "contact", "source"} <= r.keys()
        assert r["as_of"]
    contact = next(r for r in rows if r["kind"] == "contact")
    assert contact["contact"] == {"id": "BE-01", "position": 0} and contact["number_type"] == "fixed_line"


def test_kind_filter(capsys, built_db: Path) -> None:
    rows = hotlines_json(capsys, built_db, "--kind", "contact", "--country", "FR")
    assert rows and {r["kind"] for r in rows} == {"contact"}
    both = hotlines_json(capsys, built_db, "--kind", "emergency", "--kind", "hotline", "--country", "FR")
    assert [r["kind"] for r in both] == ["emergency", "hotline"]
    assert main(["--db", str(built_db), "hotlines", "--kind", "pizzeria"]) == 2


@pytest.mark.parametrize("audience", ["victims", "women", "children", "reporting", "professionals", "general"])
def test_no_audience_hides_a_number_meant_for_everyone(store, audience: str) -> None:
    everyone = {e["id"] for e in store.hotlines(limit=10_000) if "general" in e["audience"] or not e["audience"]}
    kept = {e["id"] for e in store.hotlines(audience=audience, limit=10_000)}
    assert everyone <= kept
    for country in store.countries():
        assert store.hotlines(country=country["code"], audience=audience), country["code"]


def test_text_output_dates_every_number(capsys, built_db: Path) -> None:
    _, text = hotlines(capsys, built_db, "1497")
    assert "situation 2021–2023 — à vérifier avant de le donner" in text
    _, text = hotlines(capsys, built_db, "payoke")
    assert text.count(AS_OF_2013) == 2


# -- the rule that says two names are one organisation ------------------------------------------------


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Pag-asa", "PAG-ASA", True),
    ("Sürya", "ASBL SÜRIYA", True),
    ("Numéro d’urgence du Dispositif National d’accueil (Ac.Sé)", "DISPOSITIF NATIONAL (DISPOSITIF AC-SÉ)", True),
    ("Ligne d’urgence du UKHTC (Centre britannique de lutte contre la traite)",
     "Centre britannique de lutte contre la traite des êtres humains (UKHTC)", True),
    ("Institut de la Femme", "Institut de la Femme", True),
    ("Payoke", "Pag-asa", False),
    ("Centre pour l’égalité des chances", "Ministère de la Justice", False),
    ("Migrant Helpline", "Kalayaan", False),
])
def test_same_organisation(a: str, b: str, same: bool) -> None:
    assert same_organisation(organisation_keys(a), organisation_keys(b)) is same
