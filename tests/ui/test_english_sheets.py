"""The printed pages in English, driven through the command line: the content is the kit's unofficial English
translation, every page says so in its footer, every section of the full dossier says so under its heading,
and the one-page essential sheet still fits one A4 page for every country."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument

from fiitdesk.cli import main
from fiitdesk.kit import sections
from fiitdesk.kit.labels import LABELS

UNOFFICIAL = "Unofficial English translation of the French kit text; the French original prevails."
FOOTER = "unofficial English translation, the French original prevails"


def _write(built_db: Path, out: Path, command: str, *args: str) -> list[str]:
    assert main(["--db", str(built_db), command, *args, "-o", str(out)]) == 0
    document = QPdfDocument()
    assert document.load(str(out)) == QPdfDocument.Error.None_
    pages = [" ".join(document.getAllText(i).text().split()) for i in range(document.pageCount())]
    document.close()
    return pages


def test_the_english_essential_sheet_is_in_english_with_the_unofficial_mark_in_its_footer(
        qapp, built_db: Path, tmp_path: Path) -> None:
    (page,) = _write(built_db, tmp_path / "be.pdf", "sheet", "BE", "--language", "en")
    assert page.startswith("Belgium") and "Whom to call" in page
    assert "Crown Prosecutor" in page and "Reflection period" in page and "45 days" in page
    assert "Période de réflexion" not in page and "Procureur du Roi ou" not in page
    assert UNOFFICIAL in page
    assert FOOTER.replace(" ", "") in page.replace(" ", ""), "the footer may wrap anywhere"
    (french,) = _write(built_db, tmp_path / "be-fr.pdf", "sheet", "BE")
    assert "unofficial" not in french.casefold() and "non officielle" not in french


def test_every_section_of_the_english_dossier_says_it_is_a_translation(qapp, store, built_db: Path,
                                                                        tmp_path: Path) -> None:
    text = " ".join(_write(built_db, tmp_path / "be-full.pdf", "sheet", "BE", "--full", "--language", "en"))
    headed = [s for s in sections.present(store.country("BE")) if s.id != "coverage"]
    assert text.count(UNOFFICIAL) >= len(headed) + 1, "the subtitle and each section with the kit's text"
    for section in headed:
        assert LABELS["en"][section.title] in text
    assert "Show the French original" not in text, "paper has no links"


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="pdfinfo (poppler-utils, make sysdeps) is missing")
def test_every_english_essential_sheet_is_one_a4_page(qapp, store, built_db: Path, tmp_path: Path) -> None:
    for country in store.countries():
        path = tmp_path / f"{country['code']}.pdf"
        assert main(["--db", str(built_db), "sheet", country["code"], "--language", "en", "-o", str(path)]) == 0
        out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        info = dict(line.split(":", 1) for line in out.splitlines() if ":" in line)
        assert info["Pages"].strip() == "1" and "A4" in info["Page size"], country["code"]


def test_the_english_hotline_card_names_organisations_in_english(qapp, built_db: Path, tmp_path: Path) -> None:
    (page,) = _write(built_db, tmp_path / "card.pdf", "hotline-card", "--country", "BE", "--language", "en")
    assert "International Organization for Migration" in page
    assert FOOTER.replace(" ", "") in page.replace(" ", "")
