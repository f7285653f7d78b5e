"""Printing and exporting from the window: preview, PDF, several sheets, the hotline card, CSV.

Each flow asks (which form, which countries, where to write), hands the work to the kit and
``fiitdesk.ui.printing``, and ends in a message that says what happened; a refusal or a failure leaves
everything as it was. The printer is touched only here, and only when the user prints (QPrinter asks the
print system for its printers; PDFs never need it).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QListWidget, QListWidgetItem, QVBoxLayout

from fiitdesk.ui.country_view import CountryView
from fiitdesk.ui.views import Printable

if TYPE_CHECKING:
    from fiitdesk.ui.main_window import MainWindow


class Exporter(QObject):
    """The window's print and export flows (a QObject for its own ``tr`` context)."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def printable(self) -> tuple[QTextDocument, str] | bool | None:
        """The current view on paper; for a country sheet, in the form the user chooses (False: cancelled)."""
        view = self.window.current_view()
        if isinstance(view, CountryView):
            from fiitdesk.ui.sheet_form import ask_sheet_form

            form = ask_sheet_form(self.window, view.title(), self.window.context.settings)
            return False if form is None else view.print_document(form)
        if isinstance(view, Printable):
            return view.print_document()
        return None

    def print_current(self) -> None:
        printable = self.printable()
        if printable is False:
            return
        if printable is None:
            self.window.fail(self.tr("Nothing to print here: open a country, the hotlines or a comparison."))
            return
        self.preview(*printable)

    def preview(self, document: QTextDocument, footer: str) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from fiitdesk.ui import printing

        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printing.configure_a4(printer)
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print preview"))

        def paint(target: Any) -> None:
            try:
                printing.paint_document(document, target, footer)
            except printing.PrintFailed:
                self.window.fail(self.tr("The printer refused the document. Check the printer and try again."))

        dialog.paintRequested.connect(paint)
        dialog.exec()

    def ask_path(self, title: str, suggested: str, pattern: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self.window, title, str(Path.home() / suggested), pattern)
        return Path(path) if path else None

    def save_pdf(self, document: QTextDocument, footer: str, path: Path) -> bool:
        from fiitdesk.ui import printing

        try:
            pages = printing.write_pdf(document, path, footer)
        except printing.PrintFailed as exc:
            self.window.fail(self.tr("The PDF could not be written to %1 (%2). No PDF was written: choose a folder "
                                     "where you may save files, or free some space.").replace("%1", str(path))
                             .replace("%2", exc.reason or self.tr("not a file that can be written")))
            return False
        self.window.statusBar().showMessage(self.tr("PDF written: %1 (%2 pages)").replace("%1", str(path))
                                            .replace("%2", str(pages)), 8000)
        return True

    def export_pdf(self) -> None:
        printable = self.printable()
        if printable is False:
            return
        if printable is None:
            self.window.fail(self.tr("Nothing to export here: open a country, the hotlines or a comparison."))
            return
        view = self.window.current_view()
        name = view.title() if hasattr(view, "title") else "fiitdesk"
        path = self.ask_path(self.tr("Export to PDF"), f"{name}.pdf", "PDF (*.pdf)")
        if path:
            self.save_pdf(*printable, path)

    def export_sheets(self) -> None:
        codes, form = self.choose_countries()
        if not codes:
            return
        path = self.ask_path(self.tr("Export country sheets to PDF"), "fiitdesk-fiches.pdf", "PDF (*.pdf)")
        if path:
            from fiitdesk.ui.sheets_pdf import sheets_document

            document, footer = sheets_document(self.window.context, codes, form)
            self.save_pdf(document, footer, path)

    def choose_countries(self) -> tuple[list[str], str]:
        """The countries and the printed form (essential sheet or full dossier) the user picks."""
        from PySide6.QtCore import Qt  # here, not at import: the Qt namespace costs start-up time

        from fiitdesk.ui.sheet_form import SheetFormChoice

        context = self.window.context
        dialog = QDialog(self.window)
        dialog.setObjectName("choose-sheets")
        dialog.setWindowTitle(self.tr("Which country sheets?"))
        choice = SheetFormChoice(context.settings.sheet_form, dialog)
        listing = QListWidget()
        listing.setObjectName("sheet-countries")
        listing.setAccessibleName(self.tr("Countries to export"))
        for country in context.store.countries():
            item = QListWidgetItem(f"{self.window.country_name(country['code'])} ({country['code']})")
            item.setData(Qt.ItemDataRole.UserRole, country["code"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if country["has_chapter"] else Qt.CheckState.Unchecked)
            listing.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(choice)
        layout.addWidget(listing)
        layout.addWidget(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return [], choice.form()
        context.settings.sheet_form = choice.form()
        return [listing.item(i).data(Qt.ItemDataRole.UserRole) for i in range(listing.count())
                if listing.item(i).checkState() == Qt.CheckState.Checked], choice.form()

    def print_hotline_card(self) -> None:
        self.preview(*self.window.hotlines.print_document())

    def export_csv(self) -> None:
        from fiitdesk.ui import printing

        compare = self.window.compare
        compare.ensure_current()
        if not compare.result:
            self.window.fail(self.tr("Nothing to export: tick countries and topics first."))
            return
        path = self.ask_path(self.tr("Export comparison as CSV"), "fiitdesk-comparaison.csv", "CSV (*.csv)")
        if not path:
            return
        try:
            compare.write_csv(path)
        except printing.PrintFailed:
            self.window.fail(self.tr("The file could not be written to %1. Choose a folder where you may save "
                                     "files.").replace("%1", str(path)))
            return
        self.window.statusBar().showMessage(self.tr("CSV written: %1").replace("%1", str(path)), 8000)
