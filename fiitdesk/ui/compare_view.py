"""Countries side by side: rows are attributes (the keys of ``fiitdesk compare``), columns are countries.

A row whose values are all equal is shaded green and marked "="; a row that differs is shaded amber and
marked "≠"; a cell without data is grey and says so; notes are shown in the cell with ⚠.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fiitdesk.kit import files
from fiitdesk.ui import inert
from fiitdesk.ui.resources import sheet_css

SAME = QColor("#e6f2e6")
DIFFERENT = QColor("#fff0c8")
MISSING = QColor("#eeeeee")
NOTE_PREVIEW = 110


class CompareView(QWidget):
    """Pick countries and topics; read the table; print, export PDF or CSV."""

    status = Signal(str)
    export_csv_requested = Signal()

    def __init__(self, context: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.setObjectName("compare")
        self.result: dict[str, Any] | None = None
        self._stale = True
        self._force = False
        self.countries = QListWidget()
        self.countries.setObjectName("compare-countries")
        for c in self.store.countries():
            item = QListWidgetItem(f"{c['name']} ({c['code']})")
            item.setData(Qt.ItemDataRole.UserRole, c["code"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if c["has_chapter"] else Qt.CheckState.Unchecked)
            self.countries.addItem(item)
        from fiitdesk.kit.compare import TOPICS

        self.topics = QListWidget()
        self.topics.setObjectName("compare-topics")
        for key, label in TOPICS.items():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.topics.addItem(item)
        self.countries.itemChanged.connect(lambda _: self.update_table())
        self.topics.itemChanged.connect(lambda _: self.update_table())
        self.table = QTableWidget()
        self.table.setObjectName("compare-table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setMaximumWidth(300)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.csv_button = QPushButton()
        self.csv_button.setObjectName("export-csv")
        self.csv_button.clicked.connect(self.export_csv_requested)
        self.countries_label = QLabel()
        self.topics_label = QLabel()
        self.countries_label.setBuddy(self.countries)
        self.topics_label.setBuddy(self.topics)
        pickers = QWidget()
        pick_layout = QVBoxLayout(pickers)
        pick_layout.setContentsMargins(0, 0, 0, 0)
        pick_layout.addWidget(self.countries_label)
        pick_layout.addWidget(self.countries, 3)
        pick_layout.addWidget(self.topics_label)
        pick_layout.addWidget(self.topics, 2)
        pickers.setMaximumWidth(260)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.legend, 1)
        bottom.addWidget(self.csv_button)
        right_layout.addLayout(bottom)
        splitter = QSplitter()
        splitter.addWidget(pickers)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.setFocusProxy(self.countries)
        self.retranslate()

    def _checked(self, widget: QListWidget) -> list[str]:
        return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked]

    def ensure_current(self) -> None:
        """Build the table now even if hidden (printing, exporting, tests)."""
        if self._stale:
            self._force = True
            try:
                self.update_table()
            finally:
                self._force = False

    def set_selection(self, codes: list[str], topics: list[str] | None = None) -> None:
        """Choose countries (and topics) programmatically, e.g. from a test or the self-test."""
        self.countries.blockSignals(True)
        self.topics.blockSignals(True)
        for i in range(self.countries.count()):
            item = self.countries.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        for i in range(self.topics.count()):
            item = self.topics.item(i)
            on = topics is None or item.data(Qt.ItemDataRole.UserRole) in topics
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.countries.blockSignals(False)
        self.topics.blockSignals(False)
        self._stale = True
        self.ensure_current()

    def showEvent(self, event: QShowEvent) -> None:
        # The table is built when first seen, not when the window opens (it costs a tenth of a second).
        if self._stale:
            self.update_table()
        super().showEvent(event)

    def update_table(self) -> None:
        if not self.isVisible() and not self._force:
            self._stale = True
            return
        self._stale = False
        codes = self._checked(self.countries)
        topics = self._checked(self.topics)
        self.table.clear()
        if not codes or not topics:
            self.result = None
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            self.legend.setText(self.tr("Tick at least one country and one topic."))
            return
        self.result = self.store.compare(codes, topics)
        rows = self.result["rows"]
        self.table.setColumnCount(len(codes))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels([f"{c['name']} ({c['code']})" for c in self.result["countries"]])
        for r, row in enumerate(rows):
            mark = "=" if row["all_equal"] else "≠"
            header = QTableWidgetItem(f"{mark} {row['topic_label']} — {row['label']}")
            header.setToolTip(row["key"])
            self.table.setVerticalHeaderItem(r, header)
            for col, code in enumerate(codes):
                cell = row["values"][code]
                text = cell["text"] or "—"
                tooltip = [cell["source"] or ""]
                if cell["note"]:
                    # The whole note is in the tooltip, the CSV and the printout; the cell keeps its start.
                    short = cell["note"] if len(cell["note"]) <= NOTE_PREVIEW else cell["note"][:NOTE_PREVIEW] + "…"
                    text += f"\n⚠ {short}"
                    tooltip.insert(0, f"⚠ {cell['note']}")
                item = QTableWidgetItem(text)
                colour = MISSING if cell["value"] is None else (SAME if row["all_equal"] else DIFFERENT)
                item.setBackground(QBrush(colour))
                item.setForeground(QBrush(QColor("black")))
                item.setData(Qt.ItemDataRole.UserRole, "missing" if cell["value"] is None
                             else ("same" if row["all_equal"] else "different"))
                item.setToolTip(inert.tooltip("\n\n".join(t for t in tooltip if t)))
                self.table.setItem(r, col, item)
        self.legend.setText(self.tr("= same value everywhere (green) · ≠ values differ (amber) · grey: no data "
                                    "in the kit · ⚠ note on an ambiguous or corrected fact. Hover a cell for "
                                    "its source."))

    def retranslate(self) -> None:
        self.countries_label.setText(self.tr("&Countries"))
        self.topics_label.setText(self.tr("&Topics"))
        self.countries.setAccessibleName(self.tr("Countries to compare"))
        self.topics.setAccessibleName(self.tr("Topics to compare"))
        self.table.setAccessibleName(self.tr("Comparison table: one row per attribute, one column per country"))
        self.csv_button.setText(self.tr("Export C&SV…"))
        self.update_table()

    def write_csv(self, path: Path) -> None:
        """The comparison as CSV: one row per attribute, a column per country, then the notes."""
        from fiitdesk.ui import printing

        self.ensure_current()
        if not self.result:
            raise printing.PrintFailed(str(path))
        codes = [c["code"] for c in self.result["countries"]]
        handle = io.StringIO(newline="")
        writer = csv.writer(handle)
        writer.writerow(["topic", "key", "label", *codes, *(f"{c} note" for c in codes), "source"])
        for row in self.result["rows"]:
            cells = [row["values"][c] for c in codes]
            sources = sorted({c["source"] for c in cells if c["source"]})
            writer.writerow([row["topic"], row["key"], row["label"], *(c["text"] or "" for c in cells),
                             *(c["note"] or "" for c in cells), " · ".join(sources)])
        try:  # the one atomic writer: a full disk is an error, never a truncated file
            files.write_atomically(path, handle.getvalue().encode("utf-8-sig"))
        except OSError as exc:
            raise printing.PrintFailed(str(path), exc.strerror or str(exc), Path(path)) from exc

    def print_document(self) -> tuple[QTextDocument, str] | None:
        from fiitdesk.ui import printing

        self.ensure_current()
        if not self.result:
            return None
        from fiitdesk.kit.sheets import render_comparison

        html = render_comparison(self.result, self.store.meta, self.context.language)
        document = printing.make_document(html, css=sheet_css(False), point_size=8)
        sources = sorted({c["source"] for row in self.result["rows"] for c in row["values"].values() if c["source"]})
        return document, self.context.footer(self.title(), sources)

    def title(self) -> str:
        return self.tr("Comparison")
