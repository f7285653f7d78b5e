"""The EMN study's glossary: 21 terms, searchable (accents and case do not matter), with their origin.

Each term's page, and the whole glossary for printing, are rendered by the build
(``resources/templates/glossary.html.j2``) and read from the store; this view only filters and shows them.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QSplitter, QVBoxLayout, QWidget

from fiitdesk.ui.record_html import show_html
from fiitdesk.ui.resources import sheet_css
from fiitdesk.ui.sheet_browser import SheetBrowser


class GlossaryView(QWidget):
    def __init__(self, context: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setObjectName("glossary")
        self.field = QLineEdit()
        self.field.setObjectName("glossary-filter")
        self.field.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("glossary-terms")
        self.list.setWordWrap(True)
        self.browser = SheetBrowser()
        self.browser.setObjectName("glossary-definition")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.field)
        left_layout.addWidget(self.list)
        left.setMaximumWidth(340)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.field.textChanged.connect(self.update_terms)
        self.list.currentRowChanged.connect(lambda _: self.refresh())
        self.setFocusProxy(self.field)
        self.terms: list[dict[str, Any]] = []
        self.retranslate()

    def update_terms(self) -> None:
        self.terms = self.context.glossary(self.field.text())
        self.list.blockSignals(True)
        self.list.clear()
        for term in self.terms:
            item = QListWidgetItem(term["term"])
            item.setData(Qt.ItemDataRole.UserRole, term["term"])
            self.list.addItem(item)
        self.list.blockSignals(False)
        if self.terms:
            self.list.setCurrentRow(0)
        self.refresh()

    def show_term(self, term: str) -> None:
        self.field.clear()
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == term:
                self.list.setCurrentRow(i)

    def html(self) -> str:
        if not self.terms:
            return f"<p>{html.escape(self.tr('No term matches.'))}</p>"
        term = self.terms[max(0, self.list.currentRow())]
        return self.context.page_html("glossary", str(term["position"]))

    def refresh(self) -> None:
        show_html(self.browser, self.context, self.html())

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Find a term (accents do not matter)…"))
        self.field.setAccessibleName(self.tr("Search the glossary"))
        self.list.setAccessibleName(self.tr("Glossary terms"))
        self.browser.setAccessibleName(self.tr("Definition of the chosen term"))
        self.update_terms()

    def print_document(self) -> tuple[QTextDocument, str]:
        from fiitdesk.ui import printing

        sources = self.context.source_labels(self.context.glossary())
        page = self.context.page_html("glossary", "all", "print")
        return printing.make_document(page, css=sheet_css(False)), self.context.footer(self.title(), sources)

    def title(self) -> str:
        return self.tr("Glossary")
