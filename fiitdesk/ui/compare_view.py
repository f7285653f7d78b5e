"""Countries side by side: rows are attributes (the keys of ``fiitdesk compare``), columns are countries.

The table must read at a glance, so a cell shows only the value in a few words (``short``) with a ⚠ where
the kit has a note; the selected cell's whole text, note, source and — on request — the curator's evidence
are in the pane below. Each row says by a sign and a colour whether the countries agree (=), differ (≠) or
the sources say nothing (∅); the colours follow the high-contrast setting. Topics are group rows, so the
row labels can be read in full.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent, QTextDocument
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
from fiitdesk.ui.sheet_browser import SheetBrowser

# Background and text colour of each state, in the normal and the high-contrast style. Most rows differ,
# so "different" is the calm one (white) and agreement and silence stand out; the signs say it too.
STATE_COLOURS: dict[bool, dict[str, tuple[str, str]]] = {
    False: {"same": ("#d7eed7", "#000000"), "different": ("#ffffff", "#000000"),
            "missing": ("#e8e8e8", "#444444"), "topic": ("#d9e2ef", "#000000")},
    True: {"same": ("#c8ffc8", "#000000"), "different": ("#ffffff", "#000000"),
           "missing": ("#000000", "#ffffff"), "topic": ("#000000", "#ffffff")},
}
LABEL_COLUMN_WIDTH = 250

CELL_ROLE = Qt.ItemDataRole.UserRole
STATE_ROLE = Qt.ItemDataRole.UserRole + 1


def colours(high_contrast: bool, state: str) -> tuple[QColor, QColor]:
    background, foreground = STATE_COLOURS[high_contrast][state]
    return QColor(background), QColor(foreground)


class CompareView(QWidget):
    """Pick countries and topics; read the table; select a cell for its note and source; print, PDF, CSV."""

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
        self._cell: tuple[str, str, dict[str, Any]] | None = None
        from fiitdesk.kit.compare import TOPICS

        self.countries = self._checklist("compare-countries", [("", c["code"], bool(c["has_chapter"]))
                                                               for c in self.store.countries()])
        self.topics = self._checklist("compare-topics", [("", key, True) for key in TOPICS])
        self.countries_all, self.countries_none = QPushButton(), QPushButton()
        self.topics_all, self.topics_none = QPushButton(), QPushButton()
        for button, target, on in ((self.countries_all, self.countries, True),
                                   (self.countries_none, self.countries, False),
                                   (self.topics_all, self.topics, True), (self.topics_none, self.topics, False)):
            button.clicked.connect(lambda _=False, t=target, o=on: self._tick_all(t, o))
        self.table = QTableWidget()
        self.table.setObjectName("compare-table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(lambda row, col, *_: self._show_cell(row, col))
        self.detail = SheetBrowser()
        self.detail.setObjectName("compare-detail")
        self.why = QPushButton()
        self.why.setObjectName("compare-why")
        self.why.setCheckable(True)
        self.why.setEnabled(False)
        self.why.toggled.connect(lambda _: self._render_detail())
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.csv_button = QPushButton()
        self.csv_button.setObjectName("export-csv")
        self.csv_button.clicked.connect(self.export_csv_requested)
        self.countries_label = QLabel()
        self.topics_label = QLabel()
        self.countries_label.setBuddy(self.countries)
        self.topics_label.setBuddy(self.topics)
        self._lay_out()
        self.setFocusProxy(self.countries)
        self.retranslate()

    # -- building ---------------------------------------------------------------------------------------

    def _checklist(self, name: str, entries: list[tuple[str, str, bool]]) -> QListWidget:
        widget = QListWidget()
        widget.setObjectName(name)
        for label, key, on in entries:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            widget.addItem(item)
        widget.itemChanged.connect(lambda _: self.update_table())
        return widget

    def _lay_out(self) -> None:
        pickers = QWidget()
        pick_layout = QVBoxLayout(pickers)
        pick_layout.setContentsMargins(0, 0, 0, 0)
        for label, widget, buttons in ((self.countries_label, self.countries, (self.countries_all,
                                                                               self.countries_none)),
                                       (self.topics_label, self.topics, (self.topics_all, self.topics_none))):
            row = QHBoxLayout()
            row.addWidget(label, 1)
            for button in buttons:
                row.addWidget(button)
            pick_layout.addLayout(row)
            pick_layout.addWidget(widget, 3 if widget is self.countries else 2)
        pickers.setMaximumWidth(280)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.why)
        bar.addWidget(self.legend, 1)
        bar.addWidget(self.csv_button)
        detail_layout.addLayout(bar)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.table)
        right.addWidget(detail)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        splitter = QSplitter()
        splitter.addWidget(pickers)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _checked(self, widget: QListWidget) -> list[str]:
        return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked]

    def _tick_all(self, widget: QListWidget, on: bool) -> None:
        widget.blockSignals(True)
        for i in range(widget.count()):
            widget.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        widget.blockSignals(False)
        self.update_table()

    def ensure_current(self) -> None:
        """Build the table now even if hidden (printing, exporting, tests)."""
        if self._stale:
            self._force = True
            try:
                self.update_table()
            finally:
                self._force = False

    def set_selection(self, codes: list[str], topics: list[str] | None = None) -> None:
        """Choose countries (and topics) programmatically, e.g. for the self-test."""
        for widget, wanted in ((self.countries, codes), (self.topics, topics)):
            widget.blockSignals(True)
            for i in range(widget.count()):
                item = widget.item(i)
                on = wanted is None or item.data(Qt.ItemDataRole.UserRole) in wanted
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            widget.blockSignals(False)
        self._stale = True
        self.ensure_current()

    def refresh(self) -> None:
        """Redraw for the current contrast and language (now if shown, else when next shown)."""
        self.update_table()

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
        self.table.clearSpans()  # a topic row's span would otherwise stay on whatever row takes its place
        self._cell = None
        self._render_detail()
        if not codes or not topics:
            self.result = None
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            self.legend.setText(self.tr("Tick at least one country and one topic."))
            return
        self.result = self.context.compare(codes, topics)
        self._fill(codes)
        self.legend.setText(self.tr("= same everywhere (green) · ≠ differs · ∅ no data in the sources (grey) · "
                                    "⚠ a note: select the cell to read it below."))

    def _fill(self, codes: list[str]) -> None:
        assert self.result is not None
        high_contrast = bool(self.context.high_contrast)
        rows = self.result["rows"]
        topics = list(dict.fromkeys(row["topic"] for row in rows))
        self.table.setColumnCount(len(codes) + 1)
        self.table.setRowCount(len(rows) + len(topics))
        self.table.setHorizontalHeaderLabels([self.tr("Attribute"),
                                              *(f"{c['name']} ({c['code']})" for c in self.result["countries"])])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(0, LABEL_COLUMN_WIDTH)
        for col in range(1, len(codes) + 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        bold = QFont(self.table.font())
        bold.setBold(True)
        r = 0
        for row in rows:
            if r == 0 or self._topic_at(r - 1) != row["topic"]:
                group = QTableWidgetItem(row["topic_label"])
                group.setFont(bold)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setData(STATE_ROLE, "topic")
                group.setData(CELL_ROLE, {"topic": row["topic"]})
                self._paint(group, high_contrast, "topic")
                self.table.setItem(r, 0, group)
                self.table.setSpan(r, 0, 1, len(codes) + 1)
                r += 1
            label = QTableWidgetItem(f"{row['sign']}  {row['label']}")
            label.setData(CELL_ROLE, {"topic": row["topic"], "key": row["key"]})
            label.setData(STATE_ROLE, row["state"])
            label.setToolTip(row["key"])
            self.table.setItem(r, 0, label)
            for col, code in enumerate(codes, start=1):
                cell = row["values"][code]
                shown = cell["short"] or self.tr("∅ no data")
                if cell["note"] and cell["value"] is not None:
                    shown += "  ⚠"
                item = QTableWidgetItem(shown)
                item.setData(CELL_ROLE, {"key": row["key"], "label": row["label"], "code": code, **cell})
                item.setData(STATE_ROLE, cell["state"])
                self._paint(item, high_contrast, cell["state"])
                tip = cell["source"] or ""
                if cell["note"] and cell["value"] is not None:
                    tip = self.tr("⚠ A note: select the cell to read it below.") + ("\n" + tip if tip else "")
                item.setToolTip(inert.tooltip(tip))
                self.table.setItem(r, col, item)
            r += 1

    def _topic_at(self, r: int) -> str | None:
        item = self.table.item(r, 0)
        data = item.data(CELL_ROLE) if item else None
        return data.get("topic") if data else None

    @staticmethod
    def _paint(item: QTableWidgetItem, high_contrast: bool, state: str) -> None:
        background, foreground = colours(high_contrast, state)
        item.setBackground(QBrush(background))
        item.setForeground(QBrush(foreground))

    # -- the pane below -----------------------------------------------------------------------------------

    def _show_cell(self, row: int, col: int) -> None:
        item = self.table.item(row, col) if row >= 0 and col >= 1 else None
        data = item.data(CELL_ROLE) if item else None
        self._cell = data if data and "code" in data else None
        self.why.blockSignals(True)
        self.why.setChecked(False)
        self.why.blockSignals(False)
        self._render_detail()

    def _render_detail(self) -> None:
        """The selected cell in full: its text, note, source and, when asked, the curator's evidence."""
        cell = self._cell
        self.why.setEnabled(bool(cell and cell.get("evidence")))
        if not cell:
            self.detail.setPlainText(self.tr("Select a cell to read its whole value, its note and its source."))
            return
        country = next((c["name"] for c in (self.result or {}).get("countries", []) if c["code"] == cell["code"]),
                       cell["code"])
        e = html.escape
        parts = [f"<p><b>{e(country)} — {e(cell['label'])}</b></p>",
                 f"<p>{e(cell['text'] or self.tr('No data in the sources for this country.'))}</p>"]
        if cell["note"]:
            parts.append(f'<p class="warn">⚠ {e(cell["note"])}</p>')
        if cell.get("evidence") and self.why.isChecked():
            parts.append(f"<p><i>{e(self.tr('Why (the curator’s reading of the source):'))}</i> "
                         f"{e(cell['evidence'])}</p>")
        if cell["source"]:
            parts.append(f"<p><small>{e(self.tr('Source:'))} {e(cell['source'])}</small></p>")
        self.detail.setHtml("".join(parts))

    def _name_items(self) -> None:
        """The pickers' countries and topics in the interface language (countries: the kit's chapters first,
        then the others in that language's alphabetical order); what is ticked stays ticked."""
        from fiitdesk.kit.compare import topic_label

        language = self.context.language
        chapters = [c for c in self.store.countries() if c["has_chapter"]]
        order = [c["code"] for c in chapters + [c for c in self.context.countries_by_name() if not c["has_chapter"]]]
        for widget in (self.countries, self.topics):
            widget.blockSignals(True)
        for i in range(self.topics.count()):
            item = self.topics.item(i)
            item.setText(topic_label(item.data(Qt.ItemDataRole.UserRole), language))
        ticked = set(self._checked(self.countries))
        items = {self.countries.item(i).data(Qt.ItemDataRole.UserRole): self.countries.takeItem(i)
                 for i in reversed(range(self.countries.count()))}
        for code in order:
            item = items[code]
            item.setText(f"{self.context.country_name(code)} ({code})")
            item.setCheckState(Qt.CheckState.Checked if code in ticked else Qt.CheckState.Unchecked)
            self.countries.addItem(item)
        for widget in (self.countries, self.topics):
            widget.blockSignals(False)

    def retranslate(self) -> None:
        self._name_items()
        self.countries_label.setText(self.tr("&Countries"))
        self.topics_label.setText(self.tr("&Topics"))
        for button, text, name in ((self.countries_all, self.tr("All"), self.tr("Tick every country")),
                                   (self.countries_none, self.tr("None"), self.tr("Untick every country")),
                                   (self.topics_all, self.tr("All"), self.tr("Tick every topic")),
                                   (self.topics_none, self.tr("None"), self.tr("Untick every topic"))):
            button.setText(text)
            button.setAccessibleName(name)
        self.countries.setAccessibleName(self.tr("Countries to compare"))
        self.topics.setAccessibleName(self.tr("Topics to compare"))
        self.table.setAccessibleName(self.tr("Comparison table: one row per attribute, one column per country"))
        self.detail.setAccessibleName(self.tr("The selected cell in full, with its note and source"))
        self.why.setText(self.tr("&Why?"))
        self.why.setAccessibleName(self.tr("Show the curator’s reasoning for the selected cell"))
        self.csv_button.setText(self.tr("Export C&SV…"))
        self.update_table()

    # -- output -------------------------------------------------------------------------------------------

    def write_csv(self, path: Path) -> None:
        """The comparison as CSV, by the kit's one writer (the same bytes as ``fiitdesk compare --csv``)."""
        from fiitdesk.kit.compare import to_csv
        from fiitdesk.ui import printing

        self.ensure_current()
        if not self.result:
            raise printing.PrintFailed(str(path))
        try:  # the one atomic writer: a full disk is an error, never a truncated file
            files.write_atomically(path, to_csv(self.result).encode("utf-8"))
        except OSError as exc:
            raise printing.PrintFailed(str(path), exc.strerror or str(exc), Path(path)) from exc

    def print_document(self) -> tuple[QTextDocument, str] | None:
        from fiitdesk.ui import printing

        self.ensure_current()
        if not self.result:
            return None
        from fiitdesk.kit.sheets import render_comparison

        html_text = render_comparison(self.result, self.store.meta, self.context.language)
        document = printing.make_document(html_text, css=sheet_css(False), point_size=8)
        sources = sorted({c["source"] for row in self.result["rows"] for c in row["values"].values() if c["source"]})
        return document, self.context.footer(self.title(), sources)

    def title(self) -> str:
        return self.tr("Comparison")
