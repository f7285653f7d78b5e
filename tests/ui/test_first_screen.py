"""The window's first picture of a sheet is a full screen of it, and the whole sheet follows at once.

A country sheet is laid out in two steps (``fiitdesk.kit.sections.first_screen``): what fills the screen,
before the window's first paint, then all of it. Nobody may see a half-empty sheet, nor a sheet that stops.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument

from fiitdesk.kit import evidence
from tests.ui.screen import sheet_on_screen

# The sheet's part of a 1366×768 screen with the window at its default size: the width beside the section
# list, the height under the menus, toolbar and tabs.
SHEET_WIDTH, SHEET_HEIGHT = 1366 - 270, 768 - 150


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_countrys_first_screen_fills_the_screen_and_the_rest_follows(qtbot, context, language) -> None:
    context.settings.language = language
    in_two_steps = 0
    for country in context.store.countries():
        code = country["code"]
        view = sheet_on_screen(qtbot, context, code, 1366, 768 - 100)
        document = view.browser.document()
        if not view.browser.whole:
            in_two_steps += 1
            document.setTextWidth(SHEET_WIDTH)
            assert document.size().height() >= SHEET_HEIGHT, f"{code} {language}: the first picture has blank space"
        qtbot.waitUntil(lambda v=view: v.browser.whole)
        whole = QTextDocument()
        whole.setHtml(evidence.reveal(view.browser.page(), set()))
        assert view.browser.toPlainText() == whole.toPlainText(), f"{code} {language}: the sheet stops short"
        view.close()
        view.deleteLater()
    assert in_two_steps >= 20, "the long sheets come in two steps"


def test_a_chart_comes_into_its_place_without_moving_the_text_below(qtbot, context) -> None:
    view = sheet_on_screen(qtbot, context, "FR", 1366, 768 - 100)
    view.show_section("figures")
    below = "Nombre de personnes prises en charge"

    def top_of_text_below() -> int:
        cursor = view.browser.document().find(below)
        assert not cursor.isNull()
        return view.browser.cursorRect(cursor).top()

    assert not view.settled, "the chart is drawn once the sheet is on screen, not before"
    before = top_of_text_below()
    qtbot.waitUntil(lambda: view.settled)
    assert top_of_text_below() == before, "the text under the chart moved when the chart came"
