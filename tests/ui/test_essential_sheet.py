"""The printed country sheets, driven through the command line: `sheet CC -o F.pdf` is one A4 page for every
country, with its numbers and their date and never a curator's evidence; `--full` is the whole dossier."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument

from fiitdesk.cli import main
from fiitdesk.kit import sections
from fiitdesk.kit.store import KitStore
from tests.conftest import FIIT_CODES

#: What a number's date reads like, by source: the kit's numbers are those of 2013, the EMN study's of 2021–2023.
DATED = {"fiit2013": "publié en 2013 — à vérifier avant de le donner",
         "emn2025": "situation 2021–2023 — à vérifier avant de le donner"}


def _codes(built_db: Path) -> list[str]:
    store = KitStore(built_db)
    codes = [c["code"] for c in store.countries()]
    store.close()
    return codes


def _sheet(capsys, built_db: Path, out: Path, *args: str) -> str:
    status = main(["--db", str(built_db), "sheet", *args, "-o", str(out)])
    printed, err = capsys.readouterr()
    assert status == 0, err
    return printed


def _pages(path: Path) -> list[str]:
    """Each page's text as a reader's copy would get it, with whitespace collapsed."""
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    pages = [" ".join(document.getAllText(i).text().split()) for i in range(document.pageCount())]
    document.close()
    return [page.replace("\u202f", " ") for page in pages]


def _pdfinfo(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return dict(line.split(":", 1) for line in out.splitlines() if ":" in line)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _evidence(record: dict) -> list[str]:
    """Every piece of curator evidence in a country's record (the JSON of `show`)."""
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("evidence"), str) and node["evidence"].strip():
                found.append(node["evidence"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(record)
    return found


@pytest.fixture(scope="module")
def essential_pdfs(built_db: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("essential")
    paths = {}
    for code in _codes(built_db):
        paths[code] = folder / f"{code}.pdf"
        assert main(["--db", str(built_db), "sheet", code, "-o", str(paths[code])]) == 0
    return paths


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="pdfinfo (poppler-utils, make sysdeps) is missing")
def test_every_country_has_a_one_page_a4_essential_sheet(qapp, built_db: Path, essential_pdfs) -> None:
    assert len(essential_pdfs) == 30
    for code, path in essential_pdfs.items():
        info = _pdfinfo(path)
        assert info["Pages"].strip() == "1", f"{code}: {info['Pages'].strip()} pages"
        assert "A4" in info["Page size"], f"{code}: {info['Page size']}"


def test_essential_sheet_gives_whom_to_call_with_the_date_of_each_number(qapp, store, essential_pdfs) -> None:
    for code, path in essential_pdfs.items():
        record = store.country(code)
        (text,) = _pages(path)
        assert text.startswith(record["name"]), code
        assert "Informations de " in text and "Qui appeler" in text, code
        if not record["hotlines"]:
            assert "Aucun numéro d’urgence pour ce pays" in text, code
        for hotline in record["hotlines"]:
            shown = hotline["international"] or hotline["number"]
            assert shown in text, (code, shown)
            assert DATED[hotline["source"]["doc"]] in text, (code, hotline["number"])


def test_essential_sheet_never_prints_evidence(qapp, store, essential_pdfs) -> None:
    for code, path in essential_pdfs.items():
        (text,) = _pages(path)
        assert "Pourquoi" not in text and "[copier]" not in text, code
        for evidence in _evidence(store.country(code)):
            assert _flat(evidence)[:60] not in text, (code, evidence[:60])


def test_essential_sheet_of_a_fiit_country_has_its_reflection_period_and_permits(qapp, store, essential_pdfs) -> None:
    for code in FIIT_CODES:
        record = store.country(code)
        (text,) = _pages(essential_pdfs[code])
        assert "Qui identifie une victime" in text and "Période de réflexion et permis de séjour" in text
        reflection = next(p for p in record["permits"] if p["stage"] == "reflection_period")
        assert _flat(reflection["duration_text"]) in text, code
        assert "Hébergement :" in text and "Ce que les sources ne couvrent pas" in text, code


def test_essential_sheet_says_what_it_left_out(qapp, store, essential_pdfs) -> None:
    """France has ten contacts: those the page leaves out are counted, never dropped in silence."""
    (text,) = _pages(essential_pdfs["FR"])
    left = re.search(r"\+ (\d+) autres contacts dans le dossier complet", text)
    assert left, "the page says how many contacts only the full dossier has"
    record = store.country("FR")
    shown = [k for k in record["contacts"] if k["phones"] and k["phones"][0]["international"] in text]
    assert len(shown) + int(left.group(1)) == len(record["contacts"])


def test_country_without_fiit_chapter_gets_the_emn_essentials(qapp, store, essential_pdfs) -> None:
    (text,) = _pages(essential_pdfs["DE"])
    assert "Cadre national (étude REM 2025, situation 2021–2023)" in text
    assert "1 288 victimes enregistrées en 2022, dont 576 ressortissants de pays tiers (44,7 %)" in text
    assert "www.bamf.de" in text and "Plan d’action national" in text
    assert "Pas d’information sur les permis de séjour ni sur la période de réflexion" in text
    (georgia,) = _pages(essential_pdfs["GE"])
    assert "Conseil interinstitutionnel sur la lutte contre la traite" in georgia


def test_several_codes_give_each_country_its_own_page(qapp, capsys, built_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "three.pdf"
    assert "3 page(s)" in _sheet(capsys, built_db, out, "BE", "FR", "DE")
    assert [page.split()[0] for page in _pages(out)] == ["Belgique", "France", "Allemagne"]
    footer = _pages(out)[0]
    assert "Informations de 2012–2013 (kit FIIT) et 2021–2023 (étude REM)" in footer


def test_full_dossier_is_longer_and_has_every_section(qapp, capsys, store, built_db: Path, tmp_path: Path) -> None:
    for code in ("BE", "HU", "DE"):
        full, essential = tmp_path / f"{code}-full.pdf", tmp_path / f"{code}.pdf"
        _sheet(capsys, built_db, full, code, "--full")
        _sheet(capsys, built_db, essential, code)
        pages = _pages(full)
        assert len(pages) > len(_pages(essential)) == 1, code
        text = " ".join(pages)
        for section in sections.present(store.country(code)):
            if section.id != "coverage":
                assert sections.title(section.id) in text, (code, section.id)
        assert "Pourquoi" not in text, "the dossier prints notes, never their evidence"
        for evidence in _evidence(store.country(code)):
            assert _flat(evidence)[:60] not in text, (code, evidence[:60])


def test_essential_sheet_in_english(qapp, capsys, built_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "be-en.pdf"
    _sheet(capsys, built_db, out, "BE", "--language", "en")
    (text,) = _pages(out)
    assert "Whom to call" in text and "Reflection period and residence permits" in text
    assert "published in 2013 — check it before giving it out" in text
    assert "Information from 2012–2013 (FIIT kit) and 2021–2023 (EMN study)" in text
