"""The good practices of part 2 of the FIIT kit: a list, and the chosen practice in full.

Each practice's page is rendered by the build (``resources/templates/practice.html.j2``) and read from
the store, like the country sheets; this view only lists, shows and prints them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSplitter, QVBoxLayout, QWidget

from fiitdesk.ui.record_html import show_html
from fiitdesk.ui.resources import sheet_css
from fiitdesk.ui.sheet_browser import SheetBrowser


class PracticesView(QWidget):
    def __init__(self, context: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setObjectName("practices")
        self.practices: list[dict[str, Any]] = []
        self.list = QListWidget()
        self.list.setObjectName("practice-list")
        self.list.setMaximumWidth(320)
        self.list.setWordWrap(True)
        self.browser = SheetBrowser()
        self.browser.setObjectName("practice-text")
        self.list.currentRowChanged.connect(lambda _: self.refresh())
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.setFocusProxy(self.list)
        self.retranslate()

    def _fill(self) -> None:
        """The practices in the interface language, each under its country's name; the choice is kept."""
        current = max(0, self.list.currentRow())
        self.practices = self.context.practices()
        self.list.blockSignals(True)
        self.list.clear()
        for practice in self.practices:
            item = QListWidgetItem(f"{self.context.country_name(practice['country'])} — {practice['title']}")
            item.setData(Qt.ItemDataRole.UserRole, practice)
            self.list.addItem(item)
        if self.practices:
            self.list.setCurrentRow(min(current, len(self.practices) - 1))
        self.list.blockSignals(False)

    def html(self, medium: str = "screen") -> str:
        if not self.practices:
            return ""
        practice = self.practices[max(0, self.list.currentRow())]
        return self.context.page_html("practice", practice["id"], medium)

    def refresh(self) -> None:
        show_html(self.browser, self.context, self.html())

    def retranslate(self) -> None:
        self._fill()
        self.list.setAccessibleName(self.tr("Good practices"))
        self.browser.setAccessibleName(self.tr("Text of the chosen good practice"))
        self.refresh()

    def show_practice(self, ident: str) -> None:
        """Select the practice ``ident`` (a search hit's ``ref``)."""
        for i, practice in enumerate(self.practices):
            if practice["id"] == ident:
                self.list.setCurrentRow(i)

    def print_document(self) -> tuple[QTextDocument, str]:
        from fiitdesk.ui import printing

        chosen = self.practices[max(0, self.list.currentRow())] if self.practices else None
        sources = self.context.source_labels([chosen] if chosen else [])
        document = printing.make_document(self.html("print"), css=sheet_css(False))
        return document, self.context.footer(self.title(), sources)

    def title(self) -> str:
        return self.tr("Good practices")
