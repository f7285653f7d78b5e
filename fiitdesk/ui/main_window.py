"""The main window: a tab per view and per country, menus and a toolbar with a shortcut for everything.

Country sheets are filled only when their tab is first shown, so opening the window costs one sheet.
Every action that can fail (printing, writing a file) ends in a message and leaves the window as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from fiitdesk.ui import inert
from fiitdesk.ui.compare_view import CompareView
from fiitdesk.ui.context import AppContext
from fiitdesk.ui.country_view import CountryView
from fiitdesk.ui.glossary_view import GlossaryView
from fiitdesk.ui.hotline_finder import HotlineFinder
from fiitdesk.ui.practices_view import PracticesView
from fiitdesk.ui.search import SearchDialog


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, language_switcher: Any = None, session: Any = None):
        super().__init__()
        self.session = session
        self.context = context
        self.store = context.store
        self.language_switcher = language_switcher
        self.setObjectName("main-window")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.hotlines = HotlineFinder(context)
        self.compare = CompareView(context)
        self.practices = PracticesView(context)
        self.glossary = GlossaryView(context)
        self.country_views: dict[str, CountryView] = {}
        for view in (self.hotlines, self.compare, self.practices, self.glossary):
            self.tabs.addTab(view, "")
        for country in self.store.countries():
            view = CountryView(self.store, country["code"], context)
            self.country_views[country["code"]] = view
            index = self.tabs.addTab(view, country["name"])
            self.tabs.setTabToolTip(index, inert.tooltip(f"{country['name']} ({country['code']})"))
        for view in self.all_views():
            if hasattr(view, "status"):
                view.status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.compare.export_csv_requested.connect(self.export_csv)
        self.hotlines.card_button.clicked.connect(self.print_hotline_card)
        self.search_dialog = SearchDialog(context, self)
        self.search_dialog.open_hit.connect(self.open_hit)
        self._build_actions()
        self.tabs.currentChanged.connect(self._tab_changed)
        self.retranslate()
        self._restore()

    # -- structure ----------------------------------------------------------------------------------

    def all_views(self) -> list[QWidget]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def current_view(self) -> QWidget:
        return self.tabs.currentWidget()

    def _action(self, menu: Any, shortcut: Any = None, slot: Any = None, checkable: bool = False,
                name: str = "") -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        action.setCheckable(checkable)
        if slot is not None:
            action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.go_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        F, V, G = self.file_menu, self.view_menu, self.go_menu
        self.act_print = self._action(F, QKeySequence.StandardKey.Print, self.print_current, name="print")
        self.act_pdf = self._action(F, QKeySequence("Ctrl+E"), self.export_pdf, name="export-pdf")
        self.act_pdf_sheets = self._action(F, QKeySequence("Ctrl+Shift+E"), self.export_sheets, name="export-sheets")
        self.act_card = self._action(F, QKeySequence("Ctrl+Shift+P"), self.print_hotline_card, name="hotline-card")
        self.act_csv = self._action(F, None, self.export_csv, name="export-csv")
        F.addSeparator()
        self.act_import = self._action(F, QKeySequence("Ctrl+I"), self.import_pack_dialog, name="import-pack")
        self.act_uninstall = self._action(F, None, self.return_to_installed, name="return-to-installed")
        self.act_check = self._action(F, None, self.check_integrity, name="check-integrity")
        F.addSeparator()
        self.act_quit = self._action(F, QKeySequence.StandardKey.Quit, self.close, name="quit")
        self.act_search = self._action(V, [QKeySequence("Ctrl+K"), QKeySequence.StandardKey.Find],
                                       self.open_search, name="search")
        V.addSeparator()
        self.act_zoom_in = self._action(V, [QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")],
                                        lambda: self.set_zoom(self.context.zoom + 1), name="zoom-in")
        self.act_zoom_out = self._action(V, QKeySequence.StandardKey.ZoomOut,
                                         lambda: self.set_zoom(self.context.zoom - 1), name="zoom-out")
        self.act_zoom_reset = self._action(V, QKeySequence("Ctrl+0"), lambda: self.set_zoom(0), name="zoom-reset")
        V.addSeparator()
        self.act_contrast = self._action(V, QKeySequence("Ctrl+Shift+H"), self.toggle_contrast, checkable=True,
                                         name="high-contrast")
        self.act_contrast.setChecked(self.context.high_contrast)
        self.language_menu = V.addMenu("")
        group = QActionGroup(self)
        self.act_french = self._action(self.language_menu, None, lambda: self.set_language("fr"), True, "lang-fr")
        self.act_english = self._action(self.language_menu, None, lambda: self.set_language("en"), True, "lang-en")
        group.addAction(self.act_french)
        group.addAction(self.act_english)
        (self.act_french if self.context.language == "fr" else self.act_english).setChecked(True)
        self.act_go_hotlines = self._action(G, QKeySequence("F2"), lambda: self.show_view(self.hotlines),
                                            name="go-hotlines")
        self.act_go_compare = self._action(G, QKeySequence("F3"), lambda: self.show_view(self.compare),
                                           name="go-compare")
        self.act_go_practices = self._action(G, QKeySequence("F4"), lambda: self.show_view(self.practices),
                                             name="go-practices")
        self.act_go_glossary = self._action(G, QKeySequence("F6"), lambda: self.show_view(self.glossary),
                                            name="go-glossary")
        G.addSeparator()
        self.act_next_tab = self._action(G, QKeySequence("Ctrl+PgDown"), lambda: self._step_tab(1), name="next-tab")
        self.act_prev_tab = self._action(G, QKeySequence("Ctrl+PgUp"), lambda: self._step_tab(-1), name="prev-tab")
        self.countries_menu = G.addMenu("")
        fiit_done = False
        for country in self.store.countries():
            if not country["has_chapter"] and not fiit_done:
                self.countries_menu.addSeparator()
                fiit_done = True
            action = self.countries_menu.addAction(f"{country['name']} ({country['code']})")
            action.triggered.connect(lambda _=False, code=country["code"]: self.show_country(code))
        self.act_about = self._action(self.help_menu, QKeySequence.StandardKey.HelpContents, self.about,
                                      name="about")
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setIconSize(QSize(16, 16))
        for action in (self.act_search, self.act_go_hotlines, self.act_go_compare, self.act_print, self.act_pdf,
                       self.act_zoom_out, self.act_zoom_in):
            self.toolbar.addAction(action)
        self.addToolBar(self.toolbar)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("FIIT Desk — assistance to victims of trafficking"))
        self.tabs.setTabText(0, self.tr("Hotlines"))
        self.tabs.setTabText(1, self.tr("Compare"))
        self.tabs.setTabText(2, self.tr("Good practices"))
        self.tabs.setTabText(3, self.tr("Glossary"))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.language_menu.setTitle(self.tr("Interface &language"))
        self.countries_menu.setTitle(self.tr("&Countries"))
        texts = {
            self.act_print: self.tr("&Print…"), self.act_pdf: self.tr("&Export to PDF…"),
            self.act_pdf_sheets: self.tr("Export &country sheets to PDF…"),
            self.act_card: self.tr("Print &hotline card…"), self.act_csv: self.tr("Export comparison as C&SV…"),
            self.act_quit: self.tr("&Quit"), self.act_import: self.tr("&Import data pack…"),
            self.act_uninstall: self.tr("&Return to the installed data"),
            self.act_check: self.tr("Check the data's &integrity"), self.act_search: self.tr("&Search everywhere…"),
            self.act_zoom_in: self.tr("Zoom &in"), self.act_zoom_out: self.tr("Zoom &out"),
            self.act_zoom_reset: self.tr("&Reset zoom"), self.act_contrast: self.tr("&High contrast"),
            self.act_french: "Français", self.act_english: "English",
            self.act_go_hotlines: self.tr("&Hotline finder"), self.act_go_compare: self.tr("&Compare countries"),
            self.act_go_practices: self.tr("&Good practices"), self.act_go_glossary: self.tr("G&lossary"),
            self.act_next_tab: self.tr("&Next tab"),
            self.act_prev_tab: self.tr("&Previous tab"), self.act_about: self.tr("&About FIIT Desk"),
        }
        for action, text in texts.items():
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({shortcut})" if shortcut else text)
        self.tabs.setAccessibleName(self.tr("Views and countries"))
        for view in self.all_views():
            if hasattr(view, "retranslate"):
                view.retranslate()
        self.search_dialog.retranslate()

    # -- navigation ---------------------------------------------------------------------------------

    def _tab_changed(self, index: int) -> None:
        view = self.tabs.widget(index)
        previous = getattr(self, "_shown_country", None)
        if previous is not None and previous is not view:
            previous.unload()
        self._shown_country = view if isinstance(view, CountryView) else None
        if isinstance(view, CountryView):
            view.refresh()
        self.context.settings.last_view = view.objectName()

    def _step_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def show_view(self, view: QWidget) -> None:
        self.tabs.setCurrentWidget(view)
        view.setFocus()

    def show_country(self, code: str, section: str | None = None) -> None:
        view = self.country_views[code]
        self.tabs.setCurrentWidget(view)
        view.refresh()
        if section:
            view.show_section(section)
        view.setFocus()

    def open_search(self) -> None:
        self.search_dialog.start()
        self.search_dialog.open()

    def open_hit(self, hit: dict) -> None:
        if hit["kind"] == "hotline":
            self.show_view(self.hotlines)
            self.hotlines.query.setText(hit["title"].split(" — ", 1)[-1])
        elif hit["kind"] == "glossary":
            self.show_view(self.glossary)
            self.glossary.show_term(hit["ref"])
        elif hit["kind"] == "practice":
            self.show_view(self.practices)
            for i, p in enumerate(self.practices.practices):
                if p["id"] == hit["ref"]:
                    self.practices.list.setCurrentRow(i)
        elif hit["country"] in self.country_views:
            self.show_country(hit["country"], hit["section"])

    # -- appearance ---------------------------------------------------------------------------------

    def set_zoom(self, zoom: int) -> None:
        self.context.settings.zoom = zoom
        self._refresh_documents()
        self.statusBar().showMessage(self.tr("Zoom: %1").replace("%1", f"{self.context.zoom:+d}"), 3000)

    def toggle_contrast(self) -> None:
        self.context.settings.high_contrast = self.act_contrast.isChecked()
        app = QApplication.instance()
        if app is not None and hasattr(app, "apply_style"):
            app.apply_style(self.context.high_contrast)
        self._refresh_documents()

    def set_language(self, language: str) -> None:
        if language == self.context.language:
            return
        self.context.settings.language = language
        if self.language_switcher:
            self.language_switcher(language)
        # Qt announces the new translator with a posted event; relabel now so the switch is immediate.
        self.retranslate()
        self._refresh_documents()

    def _refresh_documents(self) -> None:
        current = self.current_view()
        for view in self.country_views.values():
            if view is current:
                view.refresh()
            else:
                view._loaded_for = None if view._loaded_for is None else ("", 0, False)
        self.practices.refresh()
        self.glossary.refresh()

    # -- printing and export ------------------------------------------------------------------------

    def _printable(self) -> tuple[QTextDocument, str] | None:
        view = self.current_view()
        if view is self.hotlines:
            return self.hotlines.print_document()
        if hasattr(view, "print_document"):
            return view.print_document()
        return None

    def print_current(self) -> None:
        printable = self._printable()
        if printable is None:
            self._fail(self.tr("Nothing to print here: tick countries and topics first."))
            return
        self.preview(*printable)

    def preview(self, document: QTextDocument, footer: str) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from fiitdesk.ui import printing

        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printing.configure_a4(printer)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print preview"))

        def paint(target: Any) -> None:
            try:
                printing.paint_document(document, target, footer)
            except printing.PrintFailed:
                self._fail(self.tr("The printer refused the document. Check the printer and try again."))

        dialog.paintRequested.connect(paint)
        dialog.exec()

    def print_direct(self, document: QTextDocument, footer: str) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from fiitdesk.ui import printing

        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printing.configure_a4(printer)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            try:
                printing.paint_document(document, printer, footer)
            except printing.PrintFailed:
                self._fail(self.tr("The printer refused the document. Check the printer and try again."))

    def _ask_path(self, title: str, suggested: str, pattern: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / suggested), pattern)
        return Path(path) if path else None

    def save_pdf(self, document: QTextDocument, footer: str, path: Path) -> bool:
        from fiitdesk.ui import printing

        try:
            pages = printing.write_pdf(document, path, footer)
        except printing.PrintFailed as exc:
            self._fail(self.tr("The PDF could not be written to %1 (%2). No PDF was written: choose a folder "
                               "where you may save files, or free some space.").replace("%1", str(path))
                       .replace("%2", exc.reason or self.tr("not a file that can be written")))
            return False
        self.statusBar().showMessage(self.tr("PDF written: %1 (%2 pages)").replace("%1", str(path))
                                     .replace("%2", str(pages)), 8000)
        return True

    def export_pdf(self) -> None:
        printable = self._printable()
        if printable is None:
            self._fail(self.tr("Nothing to export here: tick countries and topics first."))
            return
        name = self.current_view().title() if hasattr(self.current_view(), "title") else "fiitdesk"
        path = self._ask_path(self.tr("Export to PDF"), f"{name}.pdf", "PDF (*.pdf)")
        if path:
            self.save_pdf(*printable, path)

    def export_sheets(self) -> None:
        codes = self._choose_countries()
        if not codes:
            return
        path = self._ask_path(self.tr("Export country sheets to PDF"), "fiitdesk-fiches.pdf", "PDF (*.pdf)")
        if path:
            from fiitdesk.ui.sheets_pdf import sheets_document

            document, footer = sheets_document(self.context, codes)
            self.save_pdf(document, footer, path)

    def _choose_countries(self) -> list[str]:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Which country sheets?"))
        listing = QListWidget()
        listing.setAccessibleName(self.tr("Countries to export"))
        for country in self.store.countries():
            item = QListWidgetItem(f"{country['name']} ({country['code']})")
            item.setData(Qt.ItemDataRole.UserRole, country["code"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if country["has_chapter"] else Qt.CheckState.Unchecked)
            listing.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(listing)
        layout.addWidget(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        return [listing.item(i).data(Qt.ItemDataRole.UserRole) for i in range(listing.count())
                if listing.item(i).checkState() == Qt.CheckState.Checked]

    def print_hotline_card(self) -> None:
        self.preview(*self.hotlines.print_document())

    def export_csv(self) -> None:
        from fiitdesk.ui import printing

        self.compare.ensure_current()
        if not self.compare.result:
            self._fail(self.tr("Nothing to export: tick countries and topics first."))
            return
        path = self._ask_path(self.tr("Export comparison as CSV"), "fiitdesk-comparaison.csv", "CSV (*.csv)")
        if not path:
            return
        try:
            self.compare.write_csv(path)
        except printing.PrintFailed:
            self._fail(self.tr("The file could not be written to %1. Choose a folder where you may save "
                               "files.").replace("%1", str(path)))
            return
        self.statusBar().showMessage(self.tr("CSV written: %1").replace("%1", str(path)), 8000)

    def _fail(self, message: str) -> None:
        QMessageBox.warning(self, "FIIT Desk", inert.rich_text(message))

    # -- data packs and About (fiitdesk.ui.data_dialogs, fiitdesk.ui.about) --------------------------

    def import_pack_dialog(self) -> None:
        from fiitdesk.ui.data_dialogs import choose_and_import

        choose_and_import(self)

    def import_pack(self, path: Path, trusted: dict | None = None) -> bool:
        from fiitdesk.ui.data_dialogs import import_pack, places_with

        return import_pack(self, path, places_with(trusted))

    def return_to_installed(self) -> None:
        from fiitdesk.ui.data_dialogs import return_to_installed

        return_to_installed(self)

    def check_integrity(self) -> None:
        from fiitdesk.ui.data_dialogs import check_integrity

        check_integrity(self)

    def about_text(self) -> str:
        from fiitdesk.ui.about import about_text

        return about_text(self)

    def about(self) -> None:
        from fiitdesk.ui.about import show_about

        show_about(self)

    def _restore(self) -> None:
        geometry = self.context.settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 800)
        last = self.context.settings.last_view
        for i in range(self.tabs.count()):
            if self.tabs.widget(i).objectName() == last:
                self.tabs.setCurrentIndex(i)
                break
        self._tab_changed(self.tabs.currentIndex())

    def closeEvent(self, event: Any) -> None:
        self.context.settings.geometry = self.saveGeometry()
        self.context.settings.sync()
        super().closeEvent(event)
