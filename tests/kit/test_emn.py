"""The EMN 2025 layer: glossary, Tableau 1, a sourced fact for each of the 25 countries, search, compare."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from fiitdesk.cli import main
from tests.conftest import KIT_DIR
from tests.seedtext import squash

EMN_COUNTRIES = {"AT", "BE", "BG", "HR", "CY", "CZ", "DE", "EE", "GR", "ES", "FI", "FR", "HU", "IE", "IT", "LT",
                 "LU", "LV", "NL", "PL", "SE", "SI", "SK", "GE", "RS"}


def _emn(name: str) -> list[dict]:
    return yaml.safe_load((KIT_DIR / "emn" / name).read_text(encoding="utf-8"))


def test_glossary_is_complete_and_printed_in_the_study(store, emn_text: str) -> None:
    terms = store.glossary()
    assert len(terms) == 21
    squashed = squash(emn_text)
    for term in terms:
        assert term["definition"] and term["source"]["doc"] == "emn2025"
        assert squash(term["definition"]) in squashed, term["term"]


def test_every_tableau_1_row_adds_up(emn_text: str) -> None:
    rows = [r for r in _emn("victims_2022.yaml") if r["country"] != "EU"]
    assert len(rows) == 27, "one row per EU member state reporting to Eurostat"
    for row in rows:
        parts = [row["other_eu"], row["non_eu"], row["own_nationals"]]
        if row["total"] is None:
            assert row["note"], f"{row['country']}: an empty row says why"
            continue
        assert sum(parts) == row["total"], row["printed"]
        assert abs(100 * row["non_eu"] / row["total"] - row["non_eu_share"]) <= 0.05 + 1e-9, row["printed"]
        assert " ".join(row["printed"].split()) in emn_text, row["printed"]


def test_tableau_1_printed_total_is_kept_beside_the_sum_of_its_rows(store, emn_text: str) -> None:
    """The study prints a Total 86 above the sum of its rows; its headline 63,1 % needs the printed one."""
    eu = store.victims_2022_eu()
    printed = eu["printed"]
    assert printed is not None and " ".join(printed["printed"].split()) in emn_text
    assert (printed["total"], printed["non_eu_share"]) == (9460, 63.1)
    assert (eu["rows_non_eu"], eu["rows_total"], eu["rows_non_eu_share"]) == (5879, 9374, 62.7)
    assert "86" in printed["note"] and "62,7" in printed["note"]
    assert store.country("BE")["emn"]["victims_2022_eu"] == eu


def test_the_25_countries_each_have_a_sourced_fact(store) -> None:
    covered = {c["code"] for c in store.countries() if c["emn_status"]}
    assert covered == EMN_COUNTRIES
    assert {c["code"] for c in store.countries() if c["emn_status"] == "observer"} == {"GE", "RS"}
    for code in EMN_COUNTRIES:
        emn = store.country(code)["emn"]
        facts = [f for kind in emn["facts"].values() for f in kind] + emn["measures"]
        assert facts, f"{code}: nothing from the study"
        assert all(f["source"]["doc"] == "emn2025" and f["source"]["section"] for f in facts)


@pytest.mark.parametrize("query", ["identification", "IDENTIFICATION", "detection", "détection"])
def test_search_finds_glossary_terms_with_or_without_accents(store, query: str) -> None:
    hits = store.search(query, limit=200)
    assert any(h["kind"] == "glossary" for h in hits)
    assert store.glossary(query)


@pytest.mark.parametrize("query", ["EU4FAST", "eu4fast", "Ouzbékistan", "ouzbekistan", "KOMPASS"])
def test_search_finds_emn_measures(store, query: str) -> None:
    assert any(h["kind"] == "measure" for h in store.search(query, limit=200)), query


def test_el_is_greece(store, capsys, built_db: Path) -> None:
    assert store.resolve_country("EL") == "GR"
    assert main(["--db", str(built_db), "show", "EL", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["emn"]["status"] == "member"


def test_compare_lines_up_emn_attributes(capsys, built_db: Path) -> None:
    assert main(["--db", str(built_db), "compare", "FR", "IT", "HR", "GE", "--topic", "emn", "--json"]) == 0
    rows = {r["key"]: r for r in json.loads(capsys.readouterr().out)["rows"]}
    assert {"victims_2022_total", "victims_2022_non_eu_share", "emn_action_plan", "emn_measures_count"} <= set(rows)
    total = rows["victims_2022_total"]["values"]
    assert total["FR"]["value"] == 2000 and total["IT"]["value"] == 2146 and total["HR"]["value"] == 29
    assert total["GE"]["value"] is None, "Georgia is not in the EU's Tableau 1"
    assert rows["victims_2022_non_eu_share"]["values"]["IT"]["value"] == 98.3
    for cell in total.values():
        assert cell["source"] is None or cell["source"].startswith("Étude REM 2025")


def test_cli_glossary(capsys, built_db: Path) -> None:
    assert main(["--db", str(built_db), "glossary", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 21
    assert main(["--db", str(built_db), "glossary", "traite"]) == 0
    assert "TRAITE" in capsys.readouterr().out


def test_cyprus_hotline_from_the_study(store) -> None:
    rows = store.hotlines("1497")
    assert [(r["country"], r["number"], r["kind"], r["number_type"]) for r in rows] == [
        ("CY", "1497", "hotline", "short_code")]
    assert rows[0]["source"]["doc"] == "emn2025" and rows[0]["as_of"] == "2021–2023"
