"""Search everywhere (Ctrl+K): full text over the whole kit, with snippets; Enter opens the hit.

The query goes to the store and nowhere else: nothing typed here is kept after the dialog closes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from fiitdesk.kit.store import HIT_END, HIT_START
from fiitdesk.ui.resources import sheet_labels


class SearchDialog(QDialog):
    """Type, see hits as you type, press Enter (or double-click) to open one."""

    open_hit = Signal(dict)

    def __init__(self, context: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setObjectName("search-everywhere")
        self.setModal(True)
        self.resize(760, 520)
        self.field = QLineEdit()
        self.field.setObjectName("search-field")
        self.field.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("search-results")
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.count)
        self.field.textChanged.connect(self.update_results)
        self.field.returnPressed.connect(self._open_current)
        self.results.itemActivated.connect(self._open_item)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Search the whole kit"))
        self.field.setPlaceholderText(self.tr("Words to find (accents do not matter)…"))
        self.field.setAccessibleName(self.tr("Search the whole kit"))
        self.results.setAccessibleName(self.tr("Search results"))

    def start(self) -> None:
        self.field.clear()
        self.results.clear()
        self.count.clear()
        self.field.setFocus()

    def update_results(self) -> None:
        hits = self.context.search(self.field.text(), limit=60)
        labels = sheet_labels(self.context.language)
        self.results.clear()
        for hit in hits:
            snippet = " ".join(hit["snippet"].split()).replace(HIT_START, "«").replace(HIT_END, "»")
            section = labels.get(hit["section"], hit["section"])
            item = QListWidgetItem(f"{self._title(hit)}  [{section}]\n    {snippet}")
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        text = self.field.text().strip()
        self.count.setText(self.tr("%n result(s)", "", len(hits)) if text else "")

    def _title(self, hit: dict[str, Any]) -> str:
        """The hit's title, the country it begins with named in the interface language ("Belgique — …" is
        "Belgium — …" in English)."""
        title, prefix = hit["title"], f"{hit.get('country_name') or ''} — "
        if hit.get("country") and hit.get("country_name") and title.startswith(prefix):
            return f"{self.context.country_name(hit['country'])} — {title[len(prefix):]}"
        return title

    def _open_current(self) -> None:
        item = self.results.currentItem()
        if item:
            self._open_item(item)

    def _open_item(self, item: QListWidgetItem) -> None:
        self.open_hit.emit(item.data(Qt.ItemDataRole.UserRole))
        self.accept()

    def done(self, result: int) -> None:
        # Forget the query as soon as the dialog closes.
        self.field.blockSignals(True)
        self.field.clear()
        self.field.blockSignals(False)
        self.results.clear()
        super().done(result)
