"""`hotline-card` on the command line: the whole card by default, one country's card titled with its name."""

from __future__ import annotations

from pathlib import Path

from fiitdesk.cli import main
from fiitdesk.ui.commands import pdf_text


def _card(capsys, built_db: Path, tmp_path: Path, *args: str) -> tuple[str, str]:
    target = tmp_path / "carte.pdf"
    assert main(["--db", str(built_db), "hotline-card", *args, "-o", str(target)]) == 0
    return " ".join(pdf_text(target).split()), capsys.readouterr().out


def test_one_country_card_says_which_and_holds_its_contacts(capsys, built_db: Path, tmp_path: Path) -> None:
    text, out = _card(capsys, built_db, tmp_path, "--country", "BE", "--calling-from", "BE")
    assert out.endswith("1 page(s)\n")
    assert text.startswith("Numéros d’urgence — Belgique")
    assert "02 511 64 64" in text and "02 511 58 68" in text and "02 287 70 00" in text, "annex and contacts"
    assert text.count("03 201 16 90") == 1, "Payoke's number, printed twice in the kit, once on the card"
    assert "112" in text and "Allemagne" not in text


def test_whole_card_in_english_calling_from_the_uk(capsys, built_db: Path, tmp_path: Path) -> None:
    text, out = _card(capsys, built_db, tmp_path, "--calling-from", "UK", "--language", "en")
    assert out.endswith("1 page(s)\n")
    assert text.startswith("Anti-trafficking emergency numbers Digits to dial from the United Kingdom.")
    assert "0800 555111" in text and "15900 from Greece only" in text and "00 49 30 2639117" in text


def test_unknown_country_is_one_line_and_writes_nothing(capsys, built_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "carte.pdf"
    assert main(["--db", str(built_db), "hotline-card", "--calling-from", "Atlantide", "-o", str(target)]) == 2
    assert "Atlantide" in capsys.readouterr().err and not target.exists()
