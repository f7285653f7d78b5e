"""The main window: tabs, language switch, zoom and last view remembered, search, printing errors."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from fiitdesk.ui.commands import pdf_text
from tests.conftest import FIIT_CODES


def test_tabs_views_first_then_fiit_countries_then_the_others(window) -> None:
    names = [window.tabs.widget(i).objectName() for i in range(window.tabs.count())]
    assert names[:4] == ["hotlines", "compare", "practices", "glossary"]
    assert names[4:9] == [f"country-{c}" for c in FIIT_CODES]
    assert len(names) == 4 + len(window.store.countries())


def test_language_switch_changes_labels_without_restart(window) -> None:
    assert window.file_menu.title() == "&Fichier" and window.tabs.tabText(0) == "Numéros d’urgence"
    window.set_language("en")
    assert window.file_menu.title() == "&File" and window.tabs.tabText(0) == "Hotlines"
    assert window.hotlines.copy_button.text() == "&Copy number"
    view = window.country_views["BE"]
    window.show_country("BE")
    assert "Residence permits" in view.browser.toPlainText(), "sheet headings follow the interface"
    assert "Période de réflexion" in view.browser.toPlainText(), "the kit's content stays French"
    assert window.context.settings.language == "en"
    window.set_language("fr")
    assert window.file_menu.title() == "&Fichier"


def test_zoom_scales_the_sheet_and_is_remembered(window, settings_file: Path) -> None:
    window.show_country("BE")
    view = window.country_views["BE"]
    before = view.browser.document().defaultFont().pointSizeF()
    window.act_zoom_in.trigger()
    window.act_zoom_in.trigger()
    assert view.browser.document().defaultFont().pointSizeF() == before + 2
    assert QSettings(str(settings_file), QSettings.Format.IniFormat).value("zoom") in (2, "2")
    window.act_zoom_reset.trigger()
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
    for action in window.findChildren(type(window.act_print)):
        if action.objectName() and not action.objectName().startswith("_q_"):
            assert action.text(), action.objectName()
    for key in ("print", "export-pdf", "search", "zoom-in", "zoom-out", "zoom-reset", "high-contrast"):
        action = next(a for a in window.findChildren(type(window.act_print)) if a.objectName() == key)
        assert not action.shortcut().isEmpty(), key
    assert window.hotlines.query.accessibleName() and window.compare.table.accessibleName()


def test_search_everywhere_opens_the_section(qtbot, window) -> None:
    window.act_search.trigger()
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
    window.act_contrast.trigger()
    assert "ffff00" in qapp.styleSheet().lower()
    assert "#000000" in window.country_views["BE"].browser.document().defaultStyleSheet()
    window.act_contrast.trigger()
    assert qapp.styleSheet() == ""


def test_about_says_versions_sources_and_no_network(window) -> None:
    text = window.about_text()
    assert window.store.meta["data_version"] in text and "OIM" in text and "réseau" in text


def test_zoom_scales_every_text_of_the_window_not_only_the_sheet(qtbot, window, qapp) -> None:
    """Ctrl++ four times: the tables, lists, tabs and menus grow with the sheet; Ctrl+0 brings them back."""
    from PySide6.QtWidgets import QTableView

    window.show_view(window.compare)
    window.compare.ensure_current()
    widgets = {"tabs": window.tabs.tabBar(), "menu": window.file_menu, "compare": window.compare.table,
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
    window.act_pdf.trigger()
    assert pdf_text(target).count("France") >= 1 and "Qui appeler" in pdf_text(target)
    assert "(1 pages)" in window.statusBar().currentMessage()

    def full(dialog) -> None:
        qtbot.mouseClick(dialog.findChild(QRadioButton, "form-full"), Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    _answer_dialog(qtbot, "sheet-form-dialog", full)
    window.act_pdf.trigger()
    assert "(1 pages)" not in window.statusBar().currentMessage() and "Qui appeler" not in pdf_text(target)
    assert window.context.settings.sheet_form == "full", "the choice is remembered"

    def cancel(dialog) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    target.unlink()
    _answer_dialog(qtbot, "sheet-form-dialog", cancel)
    window.act_pdf.trigger()
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
    window.act_pdf_sheets.trigger()
    assert "(6 pages)" in window.statusBar().currentMessage(), "one page per country"
    text = pdf_text(target)
    assert all(name in text for name in ("Belgique", "France", "Italie", "Hongrie", "Royaume-Uni", "Allemagne"))
