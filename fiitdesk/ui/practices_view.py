"""The good practices of part 2 of the FIIT kit: a list, and the chosen practice in full."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSplitter, QVBoxLayout, QWidget

from fiitdesk.ui.inert import InertBrowser
from fiitdesk.ui.record_html import note_and_source, show_html
from fiitdesk.ui.resources import sheet_css, sheet_labels


class PracticesView(QWidget):
    def __init__(self, context: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setObjectName("practices")
        self.practices = context.store.practices()
        self.names = {c["code"]: c["name"] for c in context.store.countries()}
        self.list = QListWidget()
        self.list.setObjectName("practice-list")
        self.list.setMaximumWidth(320)
        self.list.setWordWrap(True)
        for practice in self.practices:
            item = QListWidgetItem(f"{self.names[practice['country']]} — {practice['title']}")
            item.setData(Qt.ItemDataRole.UserRole, practice)
            self.list.addItem(item)
        self.browser = InertBrowser()
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
        if self.practices:
            self.list.setCurrentRow(0)
        self.retranslate()

    def html(self) -> str:
        row = max(0, self.list.currentRow())
        if not self.practices:
            return ""
        p = self.practices[row]
        labels = sheet_labels(self.context.language)
        paragraphs = "".join(f"<p>{html.escape(' '.join(t.split()))}</p>" for t in p["text"].split("\n\n") if t.strip())
        return (f"<h1>{html.escape(p['title'])}</h1><p class='subtitle'>{html.escape(self.names[p['country']])} · "
                f"{labels['theme']} : {html.escape(p['theme'])}<br><i>{labels['content_language']}</i></p>"
                f"{paragraphs}{note_and_source(p, self.context.store.sources, labels)}")

    def refresh(self) -> None:
        show_html(self.browser, self.context, self.html())

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Good practices"))
        self.browser.setAccessibleName(self.tr("Text of the chosen good practice"))
        self.refresh()

    def print_document(self) -> tuple[QTextDocument, str]:
        from fiitdesk.ui import printing

        chosen = self.practices[max(0, self.list.currentRow())] if self.practices else None
        sources = self.context.source_labels([chosen] if chosen else [])
        return printing.make_document(self.html(), css=sheet_css(False)), self.context.footer(self.title(), sources)

    def title(self) -> str:
        return self.tr("Good practices")
