"""The hotline finder as a field worker uses it: type, see, copy, print."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from fiitdesk.ui.commands import pdf_text
from fiitdesk.ui.hotline_finder import HotlineFinder


def _type(widget, text: str) -> None:
    """Type character by character; accented letters go through sendKeyEvent (keyClicks would abort)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def _countries(finder: HotlineFinder) -> set[str]:
    return {row["country"] for row in finder.model.rows}


def test_typing_filters_as_you_type(qtbot, context) -> None:
    finder = HotlineFinder(context)
    qtbot.addWidget(finder)
    everything = finder.model.rowCount()
    qtbot.keyClicks(finder.query, "payo")
    assert finder.model.rowCount() == 1 < everything
    assert _countries(finder) == {"BE"}


def test_accented_input(qtbot, context) -> None:
    finder = HotlineFinder(context)
    qtbot.addWidget(finder)
    _type(finder.query, "Grèce")
    assert finder.query.text() == "Grèce"
    assert _countries(finder) == {"GR"}


def test_digits_with_spaces_and_plus(qtbot, context) -> None:
    finder = HotlineFinder(context)
    qtbot.addWidget(finder)
    qtbot.keyClicks(finder.query, "+39 800 290")
    assert [row["number"] for row in finder.model.rows] == ["+39 800 290 290"]


def test_copy_puts_the_number_on_the_clipboard(qtbot, context) -> None:
    finder = HotlineFinder(context)
    qtbot.addWidget(finder)
    finder.show()
    qtbot.keyClicks(finder.query, "payoke")
    finder.table.setFocus()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(finder.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "+3232011690"


def test_calling_from_shows_what_to_dial_and_is_remembered(qtbot, context) -> None:
    finder = HotlineFinder(context)
    qtbot.addWidget(finder)
    finder.calling_from.setCurrentIndex(finder.calling_from.findData("FR"))
    qtbot.keyClicks(finder.query, "crimestoppers")
    row = finder.model.rows[0]
    assert row["dial"] == "00 44 800 555111"
    assert "00 44 800 555111" in finder.detail.text()
    assert "⚠" in finder.detail.text(), "a free-phone number warns that it may fail from abroad"
    assert context.settings.calling_from == "FR"
    again = HotlineFinder(context)
    qtbot.addWidget(again)
    assert again.calling_from.currentData() == "FR"


def test_short_number_has_no_international_form_and_says_why(qtbot, context) -> None:
    finder = HotlineFinder(context)
    qtbot.addWidget(finder)
    qtbot.keyClicks(finder.query, "116 111")
    row = finder.model.rows[0]
    assert row["e164"] is None and "numéro court" in finder.detail.text()


def test_country_and_audience_filters(qtbot, context) -> None:
    finder = HotlineFinder(context)
    qtbot.addWidget(finder)
    finder.country.setCurrentIndex(finder.country.findData("BG"))
    assert _countries(finder) == {"BG"} and finder.model.rowCount() == 2
    finder.audience.setCurrentIndex(finder.audience.findData("children"))
    assert finder.model.rowCount() == 1


def test_nothing_found_says_what_to_try(qtbot, context) -> None:
    finder = HotlineFinder(context)
    qtbot.addWidget(finder)
    qtbot.keyClicks(finder.query, "zzzzqqq")
    assert finder.model.rowCount() == 0 and finder.detail.text()


def test_hotline_card_pdf_lists_the_filtered_numbers(qtbot, context, tmp_path: Path) -> None:
    from fiitdesk.ui.printing import write_pdf

    finder = HotlineFinder(context)
    qtbot.addWidget(finder)
    finder.country.setCurrentIndex(finder.country.findData("SK"))
    document, footer = finder.print_document()
    assert write_pdf(document, tmp_path / "card.pdf", footer) == 1
    text = pdf_text(tmp_path / "card.pdf")
    assert "+421 800 800 818" in text and "+421 903 704 784" in text
    assert "Payoke" not in text
