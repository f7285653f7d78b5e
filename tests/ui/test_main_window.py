"""The main window: tabs, language switch, zoom and last view remembered, search, printing errors."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from fiitdesk.ui.commands import pdf_text
from tests.ui.keyboard import type_text


def _tab_names(window) -> list[str]:
    return [window.tabs.widget(i).objectName() for i in range(window.tabs.count())]


def test_five_fixed_views_and_no_country_tab_until_one_is_opened(window) -> None:
    assert _tab_names(window) == ["hotlines", "countries", "compare", "practices", "glossary"]
    assert window.country_views == {}


def test_a_few_letters_and_enter_open_a_country_and_ctrl_w_closes_it(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.current_view() is window.countries and window.countries.filter.hasFocus()
    type_text(window.countries.filter, "lit")
    qtbot.keyClick(window.countries.filter, Qt.Key.Key_Return)
    assert window.current_view().objectName() == "country-LT"
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Lituanie"
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert "country-LT" not in _tab_names(window) and "LT" not in window.country_views
    before = _tab_names(window)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert _tab_names(window) == before, "the fixed views cannot be closed"


def test_open_country_tabs_come_back_at_the_next_start(qtbot, qapp, context) -> None:
    from fiitdesk.ui.main_window import MainWindow

    first = MainWindow(context, qapp.install_language)
    qtbot.addWidget(first)
    for code in ("IT", "GE", "BE"):
        first.show_country(code)
    first.close()
    second = MainWindow(context, qapp.install_language)
    qtbot.addWidget(second)
    assert _tab_names(second)[5:] == ["country-IT", "country-GE", "country-BE"]
    assert second.current_view().objectName() == "country-BE"


def test_back_and_forward_across_views_and_sections(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.current_view() is window.compare
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_view() is window.hotlines
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_view() is window.compare
    window.show_country("BE")
    view = window.country_views["BE"]
    for key in ("permits", "contacts"):  # the reader picks two sections in the side list
        row = view.section_keys().index(key)
        rect = view.sections.visualItemRect(view.sections.item(row))
        qtbot.mouseClick(view.sections.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.current_anchor() == "contacts"
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_view() is view and view.current_anchor() == "permits"
    qtbot.keyClick(view.browser, Qt.Key.Key_Backspace)  # Backspace too, where no text is being typed
    assert window.current_view() is window.compare


def test_the_mouse_back_button_goes_back(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F4)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    qtbot.mouseClick(window.glossary, Qt.MouseButton.BackButton)
    assert window.current_view() is window.practices


def test_a_search_hit_opens_the_sheet_at_its_words_highlighted(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search_dialog
    type_text(dialog.field, "Sürya")
    qtbot.waitUntil(lambda: dialog.results.count() > 0)
    row = next(i for i in range(dialog.results.count())
               if (dialog.results.item(i).data(Qt.ItemDataRole.UserRole) or {}).get("country") == "BE")
    dialog.results.setCurrentRow(row)
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    view = window.current_view()
    assert view.objectName() == "country-BE"
    marks = view.browser.extraSelections()
    assert marks and all(m.cursor.selectedText().casefold() == "sürya" for m in marks)
    cursor_rect = view.browser.cursorRect(view.browser.textCursor())
    assert view.browser.viewport().rect().contains(cursor_rect.center()), "the first hit is on screen"


def test_f1_opens_the_offline_help_with_the_real_shortcuts(qtbot, window, monkeypatch) -> None:
    from fiitdesk.ui.help_view import HelpDialog

    shown = []
    monkeypatch.setattr(HelpDialog, "exec", lambda self: shown.append(self.browser.toPlainText()) or 0)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert shown and "2013" in shown[0] and "F2" in shown[0] and "Ctrl+W" in shown[0]


def test_language_switch_changes_labels_without_restart(window) -> None:
    assert window.window_actions.file_menu.title() == "&Fichier" and window.tabs.tabText(0) == "Numéros d’urgence"
    window.set_language("en")
    assert window.window_actions.file_menu.title() == "&File" and window.tabs.tabText(0) == "Hotlines"
    assert window.hotlines.copy_button.text() == "&Copy number"
    view = window.country_view("BE")
    window.show_country("BE")
    assert "Residence permits" in view.browser.toPlainText(), "sheet headings follow the interface"
    text = view.browser.toPlainText()
    assert "Reflection period" in text and "Période de réflexion" not in text, "the content follows too"
    assert "Unofficial English translation of the French kit text; the French original prevails." in text
    assert window.context.settings.language == "en"
    window.set_language("fr")
    assert window.window_actions.file_menu.title() == "&Fichier"


def test_zoom_scales_the_sheet_and_is_remembered(window, settings_file: Path) -> None:
    window.show_country("BE")
    view = window.country_view("BE")
    before = view.browser.document().defaultFont().pointSizeF()
    window.window_actions.zoom_in.trigger()
    window.window_actions.zoom_in.trigger()
    assert view.browser.document().defaultFont().pointSizeF() == before + 2
    assert QSettings(str(settings_file), QSettings.Format.IniFormat).value("zoom") in (2, "2")
    window.window_actions.zoom_reset.trigger()
    assert view.browser.document().defaultFont().pointSizeF() == before


def test_last_view_and_geometry_come_back(qtbot, qapp, context) -> None:
    from fiitdesk.ui.main_window import MainWindow

    first = MainWindow(context, qapp.install_language)
    qtbot.addWidget(first)
    first.show_country("IT")
    first.resize(700, 500)
    first.close()
    second = MainWindow(context, qapp.install_language)
    qtbot.addWidget(second)
    assert second.current_view().objectName() == "country-IT"
    assert (second.width(), second.height()) == (700, 500)


def test_every_action_has_a_shortcut_or_menu_and_accessible_text(window) -> None:
    for action in window.findChildren(type(window.window_actions.print)):
        if action.objectName() and not action.objectName().startswith("_q_"):
            assert action.text(), action.objectName()
    for key in ("print", "export-pdf", "search", "zoom-in", "zoom-out", "zoom-reset", "high-contrast"):
        action = next(a for a in window.findChildren(type(window.window_actions.print)) if a.objectName() == key)
        assert not action.shortcut().isEmpty(), key
    assert window.hotlines.query.accessibleName() and window.compare.table.accessibleName()


def test_the_toolbar_names_each_buttons_keys_once_the_window_is_on_screen(qtbot, window) -> None:
    from PySide6.QtWidgets import QToolButton

    tips = {button.defaultAction().objectName(): button.toolTip()
            for button in window.window_actions.toolbar.findChildren(QToolButton) if button.defaultAction()}
    assert tips["print"].endswith("(Ctrl+P)") and tips["go-hotlines"].endswith("(F2)"), tips
    assert tips["zoom-in"].endswith("(Ctrl++)") and "(Alt+" in tips["back"], tips
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.current_view() is window.compare


def test_search_everywhere_opens_the_section(qtbot, window) -> None:
    window.window_actions.search.trigger()
    dialog = window.search_dialog
    dialog.field.setText("reflexion")
    assert dialog.results.count() > 0
    hit = next(dialog.results.item(i) for i in range(dialog.results.count())
               if "Période de réflexion" in dialog.results.item(i).text())
    dialog.results.setCurrentItem(hit)
    dialog._open_current()
    assert window.current_view().objectName().startswith("country-")
    assert window.current_view().sections.currentItem().text() == "Permis de séjour"
    assert dialog.field.text() == "", "the query is forgotten when the dialog closes"


def test_unwritable_pdf_path_gives_a_message_and_changes_nothing(window, monkeypatch, tmp_path: Path) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    window.show_country("BE")
    document, footer = window.current_view().print_document()
    target = tmp_path / "no such folder" / "be.pdf"
    assert window.save_pdf(document, footer, target) is False
    assert warnings and str(target) in warnings[0]
    assert not target.exists() and not target.parent.exists()
    directory = tmp_path / "a folder"
    directory.mkdir()
    assert window.save_pdf(document, footer, directory) is False


def test_export_pdf_of_the_current_sheet(window, tmp_path: Path) -> None:
    window.show_country("HU")
    target = tmp_path / "hu.pdf"
    assert window.save_pdf(*window.current_view().print_document(), target)
    text = " ".join(pdf_text(target).split())
    assert "30 jours" in text and "Hongrie" in text


def test_high_contrast_switches_style_and_sheet(window, qapp) -> None:
    window.show_country("BE")
    window.window_actions.contrast.trigger()
    assert "ffff00" in qapp.styleSheet().lower()
    assert "#000000" in window.country_view("BE").browser.document().defaultStyleSheet()
    window.window_actions.contrast.trigger()
    assert qapp.styleSheet() == ""


def test_about_says_versions_sources_and_no_network(window) -> None:
    text = window.about_text()
    assert window.store.meta["data_version"] in text and "OIM" in text and "réseau" in text


def test_zoom_scales_every_text_of_the_window_not_only_the_sheet(qtbot, window, qapp) -> None:
    """Ctrl++ four times: the tables, lists, tabs and menus grow with the sheet; Ctrl+0 brings them back."""
    from PySide6.QtWidgets import QTableView

    window.show_view(window.compare)
    window.compare.ensure_current()
    widgets = {"tabs": window.tabs.tabBar(), "menu": window.window_actions.file_menu, "compare": window.compare.table,
               "finder": window.hotlines.findChild(QTableView) or window.hotlines}
    before = {name: w.font().pointSizeF() for name, w in widgets.items()}
    for _ in range(4):
        qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qapp.processEvents()  # Qt hands the new font to each widget through the event loop
    after = {name: w.font().pointSizeF() for name, w in widgets.items()}
    assert all(after[name] == before[name] + 4 for name in widgets), (before, after)
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    qapp.processEvents()
    assert {name: w.font().pointSizeF() for name, w in widgets.items()} == before
def _answer_dialog(qtbot, name: str, answer) -> None:
    """When the modal dialog ``name`` opens, let ``answer`` act on it as the user would."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    def act() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)
                       and w.objectName() == name and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        answer(dialog)

    QTimer.singleShot(20, act)


def test_export_pdf_of_a_sheet_asks_essential_or_full(qtbot, window, monkeypatch, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QRadioButton

    target = tmp_path / "fr.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), "PDF (*.pdf)"))
    window.show_country("FR")

    def essential(dialog) -> None:
        assert dialog.findChild(QRadioButton, "form-essential").isChecked(), "the one-page sheet is the default"
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    _answer_dialog(qtbot, "sheet-form-dialog", essential)
    window.window_actions.pdf.trigger()
    assert pdf_text(target).count("France") >= 1 and "Qui appeler" in pdf_text(target)
    assert "(1 pages)" in window.statusBar().currentMessage()

    def full(dialog) -> None:
        qtbot.mouseClick(dialog.findChild(QRadioButton, "form-full"), Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    _answer_dialog(qtbot, "sheet-form-dialog", full)
    window.window_actions.pdf.trigger()
    assert "(1 pages)" not in window.statusBar().currentMessage() and "Qui appeler" not in pdf_text(target)
    assert window.context.settings.sheet_form == "full", "the choice is remembered"

    def cancel(dialog) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    target.unlink()
    _answer_dialog(qtbot, "sheet-form-dialog", cancel)
    window.window_actions.pdf.trigger()
    assert not target.exists(), "cancelling writes nothing"


def test_several_sheets_dialog_chooses_the_form(qtbot, window, monkeypatch, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QListWidget, QRadioButton

    target = tmp_path / "sheets.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), "PDF (*.pdf)"))

    def pick(dialog) -> None:
        qtbot.mouseClick(dialog.findChild(QRadioButton, "form-essential"), Qt.MouseButton.LeftButton)
        listing = dialog.findChild(QListWidget, "sheet-countries")
        for i in range(listing.count()):  # the five FIIT chapters are ticked; add Germany
            if listing.item(i).data(Qt.ItemDataRole.UserRole) == "DE":
                listing.item(i).setCheckState(Qt.CheckState.Checked)
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    _answer_dialog(qtbot, "choose-sheets", pick)
    window.window_actions.pdf_sheets.trigger()
    assert "(6 pages)" in window.statusBar().currentMessage(), "one page per country"
    text = pdf_text(target)
    assert all(name in text for name in ("Belgique", "France", "Italie", "Hongrie", "Royaume-Uni", "Allemagne"))
