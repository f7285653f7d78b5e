"""The EMN study's glossary: 21 terms, searchable (accents and case do not matter), with their origin."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QSplitter, QVBoxLayout, QWidget

from fiitdesk.ui.inert import InertBrowser
from fiitdesk.ui.record_html import note_and_source, show_html
from fiitdesk.ui.resources import sheet_css, sheet_labels


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
        self.browser = InertBrowser()
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
        self.terms = self.context.store.glossary(self.field.text())
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
        labels = sheet_labels(self.context.language)
        if not self.terms:
            return f"<p>{html.escape(self.tr('No term matches.'))}</p>"
        term = self.terms[max(0, self.list.currentRow())]
        origin = f"<p><i>{html.escape(term['origin'])}</i></p>" if term["origin"] else ""
        return (f"<h1>{html.escape(term['term'])}</h1><p>{html.escape(term['definition'])}</p>{origin}"
                f"{note_and_source(term, self.context.store.sources, labels)}")

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

        body = "".join(f"<h2>{html.escape(t['term'])}</h2><p>{html.escape(t['definition'])}</p>"
                       + (f"<p><i>{html.escape(t['origin'])}</i></p>" if t["origin"] else "")
                       for t in self.context.store.glossary())
        sources = self.context.source_labels(self.context.store.glossary())
        document = printing.make_document(f"<h1>{html.escape(self.title())}</h1>{body}", css=sheet_css(False))
        return document, self.context.footer(self.title(), sources)

    def title(self) -> str:
        return self.tr("Glossary")
