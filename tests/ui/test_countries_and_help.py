"""The "Pays" view and the help page, as a user meets them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from fiitdesk.ui.countries_view import CountriesView
from fiitdesk.ui.help_view import HelpDialog
from tests.ui.keyboard import type_text


def test_typing_a_few_letters_and_enter_opens_the_country(qtbot, context) -> None:
    view = CountriesView(context)
    qtbot.addWidget(view)
    view.show()
    assert len(view.shown_codes()) == 30
    view.filter.setFocus()
    type_text(view.filter, "lit")
    assert view.shown_codes()[0] == "LT"
    with qtbot.waitSignal(view.open_country) as opened:
        qtbot.keyClick(view.filter, Qt.Key.Key_Return)
    assert opened.args == ["LT"]


def test_accents_and_other_languages_narrow_the_list(qtbot, context) -> None:
    view = CountriesView(context)
    qtbot.addWidget(view)
    view.show()
    type_text(view.filter, "Géor")
    assert view.shown_codes() == ["GE"]
    view.filter.clear()
    type_text(view.filter, "Ελλ")
    assert view.shown_codes() == ["GR"]


def test_countries_sort_as_the_language_sorts(qtbot, context) -> None:
    view = CountriesView(context)
    qtbot.addWidget(view)
    codes = view.shown_codes()
    assert codes.index("GE") < codes.index("GR"), "Géorgie before Grèce, by French collation"
    assert codes.index("DE") < codes.index("AT"), "the five FIIT chapters first, then the others"
    assert set(codes[:5]) == {"BE", "FR", "IT", "HU", "GB"}


def test_arrow_down_then_enter_opens_the_highlighted_country(qtbot, context) -> None:
    view = CountriesView(context)
    qtbot.addWidget(view)
    view.show()
    view.filter.setFocus()
    type_text(view.filter, "slo")
    assert set(view.shown_codes()) == {"SK", "SI"}
    qtbot.keyClick(view.filter, Qt.Key.Key_Down)
    assert view.tree.hasFocus() or view.tree.currentItem() is not None
    qtbot.keyClick(view.tree, Qt.Key.Key_Down)
    with qtbot.waitSignal(view.open_country) as opened:
        qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert opened.args[0] == view.shown_codes()[1]


def test_help_says_how_old_the_information_is_and_lists_the_real_shortcuts(qtbot, context) -> None:
    action = QAction("&Hotline finder")
    action.setShortcut(QKeySequence("F2"))
    silent = QAction("No shortcut here")
    dialog = HelpDialog("fr", [action, silent])
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "2013" in text and "2021–2023" in text and "⚠" in text and "Pourquoi ?" in text
    assert "Hotline finder" in text and "F2" in text and "No shortcut here" not in text
    english = HelpDialog("en", [action])
    qtbot.addWidget(english)
    assert "published in 2013" in english.browser.toPlainText()
