"""The directory of numbers as a field worker uses it: type, see who and where, copy, open the sheet, print."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication

from fiitdesk.ui.commands import pdf_text
from fiitdesk.ui.hotline_finder import DirectoryModel, HotlineFinder
from tests.conftest import ROOT
from tests.ui.keyboard import type_text
from tests.ui.screen import on_screen

AS_OF_2013 = "publié en 2013 — à vérifier avant de le donner"


def _finder(qtbot, context) -> HotlineFinder:
    return on_screen(qtbot, HotlineFinder(context), 1200, 650)


def _cells(finder: HotlineFinder, column: int) -> list[str]:
    model = finder.model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def _countries(finder: HotlineFinder) -> set[str]:
    return {row["country"] for row in finder.model.rows}


def test_typing_filters_as_you_type(qtbot, context) -> None:
    finder = _finder(qtbot, context)
    everything = finder.model.rowCount()
    qtbot.keyClicks(finder.query, "payo")
    assert finder.model.rowCount() == 2 < everything
    assert _cells(finder, DirectoryModel.WHO) == ["Payoke · ONG · Antwerpen", "PAYOKE · ONG · Antwerpen"]


def test_a_town_typed_with_its_accent_lists_whom_to_call_there(qtbot, context) -> None:
    finder = _finder(qtbot, context)
    type_text(finder.query, "Liège")
    assert finder.query.text() == "Liège"
    assert _cells(finder, DirectoryModel.WHO) == ["Sürya · ONG · Liège", "ASBL SÜRIYA · ONG · Liège"]
    assert _cells(finder, DirectoryModel.DATE) == ["2013", "2013"]
    assert AS_OF_2013 in finder.detail.text()


def test_town_category_and_organisation_words_find_the_contacts(qtbot, context) -> None:
    finder = _finder(qtbot, context)
    qtbot.keyClicks(finder.query, "bruxelles")
    assert {row["town"] for row in finder.model.rows} == {"Bruxelles"} and finder.model.rowCount() == 6
    finder.query.clear()
    type_text(finder.query, "hébergement")
    assert "Poppy Project – Eaves Housing · ONG" in _cells(finder, DirectoryModel.WHO)
    finder.query.clear()
    qtbot.keyClicks(finder.query, "ONG londres")
    assert _cells(finder, DirectoryModel.WHO) == ["Kalayaan · ONG · Londres",
                                                  "Anti-Slavery International · ONG · Londres"]


def test_digits_with_spaces_and_plus(qtbot, context) -> None:
    finder = _finder(qtbot, context)
    qtbot.keyClicks(finder.query, "+39 800 290")
    assert [row["number"] for row in finder.model.rows] == ["+39 800 290 290"]
    finder.query.clear()
    qtbot.keyClicks(finder.query, "0044 20 7243")
    assert [row["organisation"] for row in finder.model.rows] == ["Kalayaan"]


def test_ctrl_c_copies_the_digits_to_dial_with_their_date(qtbot, context) -> None:
    finder = _finder(qtbot, context)
    qtbot.keyClicks(finder.query, "payoke")
    qtbot.keyClick(finder.query, Qt.Key.Key_Return)
    assert finder.table.hasFocus() or finder.table.currentIndex().row() == 0
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(finder.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == f"+32 3 201 16 90 — {AS_OF_2013}"
    assert finder.copied.isVisible() and "+32 3 201 16 90" in finder.copied.text()
    finder.calling_from.setCurrentIndex(finder.calling_from.findData("FR"))
    qtbot.keyClick(finder.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == f"00 32 3 201 16 90 — {AS_OF_2013}"


def test_copy_button_copies_a_short_number_with_where_it_can_be_dialled(qtbot, context) -> None:
    finder = _finder(qtbot, context)
    qtbot.keyClicks(finder.query, "15900")
    qtbot.mouseClick(finder.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == f"15900 (depuis la Grèce seulement) — {AS_OF_2013}"


def test_calling_from_shows_what_to_dial_and_is_remembered(qtbot, context) -> None:
    finder = _finder(qtbot, context)
    finder.calling_from.setCurrentIndex(finder.calling_from.findData("FR"))
    qtbot.keyClicks(finder.query, "crimestoppers")
    assert _cells(finder, DirectoryModel.DIAL) == ["⚠ 00 44 800 555111"]
    assert "00 44 800 555111" in finder.detail.text()
    assert "peut ne pas être joignable" in finder.detail.text(), "a free-phone number warns that it may fail"
    assert context.settings.calling_from == "FR"
    again = HotlineFinder(context)
    qtbot.addWidget(again)
    assert again.calling_from.currentData() == "FR"


def test_each_country_begins_with_its_emergency_number_marked_as_not_from_the_kit(qtbot, context) -> None:
    finder = _finder(qtbot, context)
    finder.country.setCurrentIndex(finder.country.findData("GR"))
    first = finder.model.rows[0]
    assert (first["kind"], first["number"]) == ("emergency", "112")
    assert _cells(finder, DirectoryModel.WHO)[0] == "Numéro d’urgence général (pas une information du kit)"
    assert _cells(finder, DirectoryModel.DATE)[0] == "hors kit"
    assert "libphonenumber" in finder.detail.text()
    assert _cells(finder, DirectoryModel.DIAL) == ["112 (depuis la Grèce seulement)", "+30 231 052 5149",
                                                  "15900 (depuis la Grèce seulement)"]


def test_two_numbers_for_one_organisation_are_shown_together(qtbot, context) -> None:
    finder = _finder(qtbot, context)
    qtbot.keyClicks(finder.query, "pag-asa")
    assert [row["number"] for row in finder.model.rows] == ["+ 32 2 511 64 64", "+32 (0) 25115868"]
    assert all(text.startswith("⚠ ") for text in _cells(finder, DirectoryModel.WHO))
    assert "+32 2 511 58 68 (contacts du chapitre)" in finder.detail.text()
    assert "Le kit ne dit pas lequel appeler en premier." in finder.detail.text()
    qtbot.keyClick(finder.query, Qt.Key.Key_Return)
    qtbot.keyClick(finder.table, Qt.Key.Key_Down)
    assert "+32 2 511 64 64 (annexe des numéros d’urgence)" in finder.detail.text()


def test_kind_and_audience_filters_never_hide_the_numbers_for_everyone(qtbot, context) -> None:
    finder = _finder(qtbot, context)
    finder.country.setCurrentIndex(finder.country.findData("BG"))
    assert _countries(finder) == {"BG"} and [r["kind"] for r in finder.model.rows] == ["emergency", "hotline",
                                                                                        "hotline"]
    finder.audience.setCurrentIndex(finder.audience.findData("children"))
    assert [r["number"] for r in finder.model.rows] == ["112", "+359 116 111"]
    finder.country.setCurrentIndex(finder.country.findData("DE"))
    finder.audience.setCurrentIndex(finder.audience.findData("victims"))
    assert finder.model.rowCount() >= 1, "Germany still shows a number with the 'victims' filter"
    finder.audience.setCurrentIndex(0)
    finder.country.setCurrentIndex(finder.country.findData("FR"))
    finder.kind.setCurrentIndex(finder.kind.findData("contact"))
    assert finder.model.rowCount() == 9 and {r["kind"] for r in finder.model.rows} == {"contact"}


def test_nothing_found_says_what_to_try(qtbot, context) -> None:
    finder = _finder(qtbot, context)
    qtbot.keyClicks(finder.query, "zzzzqqq")
    assert finder.model.rowCount() == 0 and finder.detail.text()
    assert not finder.copy_button.isEnabled() and not finder.results_button.isEnabled()


# -- leading to the sheet -----------------------------------------------------------------------------


def _top_text(view) -> str:
    """The text at the top of the visible part of a country sheet."""
    browser = view.browser
    return browser.cursorForPosition(QPoint(8, 8)).block().text()


def test_enter_opens_the_country_sheet_at_that_contact(qtbot, window) -> None:
    window.show_view(window.hotlines)
    qtbot.keyClicks(window.hotlines.query, "kalayaan")
    qtbot.keyClick(window.hotlines.query, Qt.Key.Key_Return)
    qtbot.keyClick(window.hotlines.table, Qt.Key.Key_Return)
    view = window.current_view()
    assert view.objectName() == "country-GB"
    qtbot.waitUntil(lambda: "Kalayaan" in _top_text(view), timeout=2000)
    assert view.browser.verticalScrollBar().value() > 0
    assert view.sections.currentItem().text() == "Contacts", "the side list shows where the sheet is"


def test_double_click_opens_the_sheet_at_the_contact_and_an_annex_number_at_the_hotlines(qtbot, window) -> None:
    finder = window.hotlines
    window.show_view(finder)
    qtbot.keyClicks(finder.query, "pag-asa")
    table = finder.table
    second = table.visualRect(finder.model.index(1, DirectoryModel.WHO)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=second)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=second)
    view = window.current_view()
    assert view.objectName() == "country-BE"
    qtbot.waitUntil(lambda: "PAG-ASA" in _top_text(view), timeout=2000)
    window.show_view(finder)
    qtbot.mouseClick(finder.open_button, Qt.MouseButton.LeftButton)  # the row still selected: PAG-ASA
    finder.query.setText("payoke")
    qtbot.mouseClick(finder.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_view().objectName() == "country-BE", timeout=2000)
    qtbot.waitUntil(lambda: "Numéros d’urgence" in _top_text(window.current_view()), timeout=2000)


# -- the card -----------------------------------------------------------------------------------------


def _printed(qtbot, finder: HotlineFinder, button, tmp_path: Path) -> tuple[str, int, str]:
    from fiitdesk.ui.printing import write_pdf

    with qtbot.waitSignal(finder.preview_requested) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    document, footer = blocker.args
    path = tmp_path / f"{button.objectName()}.pdf"
    pages = write_pdf(document, path, footer)
    return " ".join(pdf_text(path).split()), pages, document.toPlainText()


def test_print_card_prints_the_whole_card_whatever_the_search(qtbot, context, tmp_path: Path) -> None:
    finder = _finder(qtbot, context)
    qtbot.keyClicks(finder.query, "grece")  # a leftover search must not shrink the card
    text, pages, _ = _printed(qtbot, finder, finder.card_button, tmp_path)
    assert pages == 1
    assert text.startswith("Numéros d’urgence contre la traite des êtres humains")
    for country in context.store.countries():
        assert country["name"] in text, f"{country['name']} is missing from the card"
    assert "112" in text and "libphonenumber" in text and "publié en 2013" in text
    assert "15900 depuis la Grèce seulement" in text


def test_print_results_prints_only_them_under_a_title_that_says_so(qtbot, context, tmp_path: Path) -> None:
    finder = _finder(qtbot, context)
    qtbot.keyClicks(finder.query, "grece")
    text, pages, _ = _printed(qtbot, finder, finder.results_button, tmp_path)
    assert pages == 1 and text.startswith("Numéros trouvés : « grece »")
    assert "+30 231 052 5149" in text and "Payoke" not in text and "Belgique" not in text


def test_card_calling_from_puts_that_country_first_with_the_digits_to_dial(qtbot, context, tmp_path: Path) -> None:
    finder = _finder(qtbot, context)
    finder.calling_from.setCurrentIndex(finder.calling_from.findData("BE"))
    text, pages, plain = _printed(qtbot, finder, finder.card_button, tmp_path)
    assert pages == 1 and "Numéros à composer depuis la Belgique" in text
    assert plain.index("02 511 64 64") < plain.index("Allemagne"), "Belgium's own numbers come first"
    assert "00 49 30 2639117" in text and "00 44 800 555111" in text
    assert "aussi imprimé par le kit : +32 2 511 58 68" in text


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_whole_card_is_one_page_from_every_country(qtbot, context, tmp_path: Path, language: str) -> None:
    from fiitdesk.kit import card
    from fiitdesk.ui.printing import write_pdf
    from fiitdesk.ui.sheets_pdf import hotline_card_document

    context.settings.language = language
    for country in context.store.countries():
        document, footer = hotline_card_document(context, card.whole_card(context.store, country["code"], language))
        assert write_pdf(document, tmp_path / "card.pdf", footer) == 1, country["code"]


# -- on a laptop screen -------------------------------------------------------------------------------

PROBE = """
import json, sys
from fiitdesk.ui.commands import _context
from fiitdesk.ui.app import make_app
from fiitdesk.ui.main_window import MainWindow
from fiitdesk.ui.hotline_finder import DirectoryModel
from PySide6.QtGui import QFontMetrics
from tests.ui.keyboard import type_text
context = _context(sys.argv[1])
app = make_app(headless=True)
window = MainWindow(context, app.install_language)
window.show()
finder = window.hotlines
window.show_view(finder)
finder.calling_from.setCurrentIndex(finder.calling_from.findData("FR"))
finder.query.setText("grece")
finder.copy_selected()
app.processEvents()
screen = app.primaryScreen().availableGeometry()
frame = window.frameGeometry()
def inside(widget):
    top = widget.mapToGlobal(widget.rect().topLeft()); bottom = widget.mapToGlobal(widget.rect().bottomRight())
    return widget.isVisible() and screen.contains(top) and screen.contains(bottom)
bold = QFontMetrics(finder.model.number_font)
widest = max(bold.horizontalAdvance(finder.model.cell_text(r, DirectoryModel.DIAL))
             for r in context.store.hotlines(calling_from="FR"))
print(json.dumps({"screen": [screen.width(), screen.height()], "frame": [frame.width(), frame.height()],
                  "window_inside": screen.contains(frame),
                  "inside": {w.objectName(): inside(w) for w in (finder.copy_button, finder.card_button,
                                                                 finder.results_button, finder.copied)},
                  "copied": finder.copied.text(), "dial_width": finder.table.columnWidth(DirectoryModel.DIAL),
                  "widest_dial": widest, "wraps": finder.table.wordWrap()}))
"""


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1280, 720)])
def test_the_first_window_fits_a_laptop_screen_with_every_control_of_the_finder(built_db: Path, tmp_path: Path,
                                                                                 width: int, height: int) -> None:
    screens = tmp_path / "screen.json"
    screens.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
                                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screens}", "XDG_CONFIG_HOME": str(tmp_path),
           "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", PROBE, str(built_db)], capture_output=True, text=True, env=env,
                         timeout=120, check=True).stdout
    seen = json.loads(out.strip().splitlines()[-1])
    assert seen["screen"] == [width, height]
    assert seen["window_inside"], seen
    assert all(seen["inside"].values()), seen["inside"]
    assert seen["copied"].startswith("✔ Copié : 112 (depuis la Grèce seulement)")
    assert seen["dial_width"] >= seen["widest_dial"] and not seen["wraps"], "the number to dial is never cut"
