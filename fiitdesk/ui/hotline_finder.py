"""The directory of whom to call: type a country, a town, an organisation, a kind of service or digits.

Each row says who answers and where, in one line; Enter (or a double-click) opens the country sheet at
that contact, Ctrl+C copies the digits to dial with the date of the number. The list is a model over the
store's answer (the view paints only the visible rows), so each keystroke costs one indexed query, even on
a kit a hundred times larger. What is said about an entry is decided in ``fiitdesk.kit.entry_text``; this
view only shows it. Nothing typed here is stored anywhere.
"""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QKeyEvent, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fiitdesk.kit import entry_text
from fiitdesk.kit.labels import say
from fiitdesk.kit.store import KINDS
from fiitdesk.ui import inert

# More numbers than anyone reads in a list; typing narrows it (the real kit has about a hundred).
MAX_ROWS = 200
AUDIENCES = ("victims", "women", "children", "reporting", "professionals", "general")
Index = QModelIndex | QPersistentModelIndex


class DirectoryModel(QAbstractTableModel):
    """Rows of the store's answer: country, kind, who and where, number as printed, what to dial, date."""

    COUNTRY, KIND, WHO, NUMBER, DIAL, DATE = range(6)
    COLUMNS = 6

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict[str, Any]] = []
        self.headers = [""] * self.COLUMNS
        self.kind_names: dict[str, str] = {}
        self.language = "fr"
        self.calling_from: str | None = None
        self.number_font = QFont()
        self.number_font.setBold(True)

    def set_rows(self, rows: list[dict[str, Any]], calling_from: str | None, language: str) -> None:
        self.beginResetModel()
        self.rows = rows
        self.calling_from = calling_from
        self.language = language
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def cell_text(self, row: dict[str, Any], column: int) -> str:
        lang = self.language
        if column == self.COUNTRY:
            return f"{entry_text.country_name(row, lang)} ({row['country']})"
        if column == self.KIND:
            return self.kind_names.get(row["kind"], row["kind"])
        if column == self.WHO:
            warn = "⚠ " if row["alternatives"] else ""
            return warn + entry_text.what_where(row, lang)
        if column == self.NUMBER:
            return str(row["number"])
        if column == self.DIAL:
            warn = "⚠ " if row["may_fail_abroad"] and row["e164"] else ""
            return warn + entry_text.dial(row, self.calling_from, lang).text()
        return entry_text.as_of_short(row, lang)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(row, column)
        if role == Qt.ItemDataRole.FontRole and column in (self.NUMBER, self.DIAL):
            return self.number_font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.DATE:
                return entry_text.as_of_text(row, self.language)
            return inert.tooltip("\n".join(filter(None, [entry_text.what_where(row, self.language),
                                                         *entry_text.alternatives_text(row, self.language),
                                                         row["reason"]])))
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None


class DirectoryTable(QTableView):
    """The results; Ctrl+C copies the number to dial, Enter opens the sheet at the entry."""

    copy_requested = Signal()
    open_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class HotlineFinder(QWidget):
    """Search field, filters, results, detail, copy, open and print."""

    status = Signal(str)
    # The country sheet to open, and the anchor in it ("contact-3", "hotlines", or "" for the top).
    open_requested = Signal(str, str)
    # A document to preview and print, with its footer (the main window previews it).
    preview_requested = Signal(object, str)

    def __init__(self, context: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.setObjectName("hotlines")
        self.query = QLineEdit()
        self.query.setObjectName("hotline-query")
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(self.update_results)
        self.country = QComboBox()
        self.country.setObjectName("hotline-country")
        self.kind = QComboBox()
        self.kind.setObjectName("hotline-kind")
        self.audience = QComboBox()
        self.audience.setObjectName("hotline-audience")
        self.calling_from = QComboBox()
        self.calling_from.setObjectName("calling-from")
        self.model = DirectoryModel()
        self._fitted_for: tuple[str | None, str] | None = None
        self.table = DirectoryTable()
        self.table.setObjectName("hotline-results")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # One line per entry: "who and where" is cut with "…" (whole in the detail), numbers never.
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(DirectoryModel.WHO, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _: self.open_selected())
        self.detail = QLabel()
        self.detail.setObjectName("hotline-detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The detail scrolls inside a bounded box, so that a long note never pushes the buttons off screen.
        self.detail_box = QScrollArea()
        self.detail_box.setObjectName("hotline-detail-box")
        self.detail_box.setWidget(self.detail)
        self.detail_box.setWidgetResizable(True)
        self.detail_box.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_box.setMaximumHeight(self.fontMetrics().lineSpacing() * 9 + 8)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copy-number")
        self.copy_button.clicked.connect(self.copy_selected)
        self.open_button = QPushButton()
        self.open_button.setObjectName("open-sheet")
        self.open_button.clicked.connect(self.open_selected)
        self.card_button = QPushButton()
        self.card_button.setObjectName("print-card")
        self.card_button.clicked.connect(lambda: self.preview_requested.emit(*self.print_document()))
        self.results_button = QPushButton()
        self.results_button.setObjectName("print-results")
        self.results_button.clicked.connect(lambda: self.preview_requested.emit(*self.print_results_document()))
        self.count = QLabel()
        self.count.setObjectName("hotline-count")
        self.copied = QLabel()
        self.copied.setObjectName("hotline-copied")
        self.copied.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.copied.font()
        bold.setBold(True)
        self.copied.setFont(bold)

        self.find_label = QLabel()
        self.find_label.setBuddy(self.query)
        self.country_label = QLabel()
        self.country_label.setBuddy(self.country)
        self.calling_label = QLabel()
        self.calling_label.setBuddy(self.calling_from)
        self.form = QFormLayout()
        self.form.addRow(self.find_label, self.query)
        filters = QHBoxLayout()
        filters.addWidget(self.country, 2)
        filters.addWidget(self.kind, 1)
        filters.addWidget(self.audience, 1)
        self.form.addRow(self.country_label, filters)
        self.form.addRow(self.calling_label, self.calling_from)
        status = QHBoxLayout()
        status.addWidget(self.count)
        status.addWidget(self.copied, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.card_button)
        buttons.addWidget(self.results_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail_box)
        layout.addLayout(status)
        layout.addLayout(buttons)
        order = [self.query, self.country, self.kind, self.audience, self.calling_from, self.table,
                 self.copy_button, self.open_button, self.card_button, self.results_button]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)
        self.setFocusProxy(self.query)
        self.table.copy_requested.connect(self.copy_selected)
        self.table.open_requested.connect(self.open_selected)
        self.query.returnPressed.connect(self._focus_first)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self._fill_filters()
        self.country.currentIndexChanged.connect(self.update_results)
        self.kind.currentIndexChanged.connect(self.update_results)
        self.audience.currentIndexChanged.connect(self.update_results)
        self.calling_from.currentIndexChanged.connect(self._calling_from_changed)
        self.retranslate()

    # -- filters ------------------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        self.country.addItem("", "")
        self.kind.addItem("", "")
        for key in KINDS:
            self.kind.addItem(key, key)
        self.audience.addItem("", "")
        for key in AUDIENCES:
            self.audience.addItem(key, key)
        self.calling_from.addItem("", "")
        self._fill_countries()
        saved = self.context.settings.calling_from
        index = self.calling_from.findData(saved) if saved else 0
        self.calling_from.setCurrentIndex(max(0, index))

    def _fill_countries(self) -> None:
        """The countries of both filters, named and sorted in the interface language; the choice is kept."""
        for combo in (self.country, self.calling_from):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for c in self.context.countries_by_name():
                combo.addItem(f"{self.context.country_name(c['code'])} ({c['code']})", c["code"])
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def _calling_from_changed(self) -> None:
        self.context.settings.calling_from = self.calling_from.currentData() or ""
        self.update_results()

    def _origin(self) -> str | None:
        return self.calling_from.currentData() or None

    # -- results ------------------------------------------------------------------------------------

    def _fit_columns(self) -> None:
        """Size every column but "who and where" to its widest text over the whole directory, once per
        "calling from" and language: the number to dial is never cut, and typing never re-measures."""
        key = (self._origin(), self.context.language)
        if self._fitted_for == key:
            return
        self._fitted_for = key
        everything = self.context.hotlines(calling_from=self._origin(), limit=MAX_ROWS * 5)
        plain = QFontMetrics(self.table.font())
        bold = QFontMetrics(self.model.number_font)
        header = QFontMetrics(self.table.horizontalHeader().font())
        padding = 2 * self.table.style().pixelMetric(self.table.style().PixelMetric.PM_FocusFrameHMargin) + 16
        for column in (DirectoryModel.COUNTRY, DirectoryModel.KIND, DirectoryModel.NUMBER, DirectoryModel.DIAL,
                       DirectoryModel.DATE):
            metrics = bold if column in (DirectoryModel.NUMBER, DirectoryModel.DIAL) else plain
            texts = {self.model.cell_text(row, column) for row in everything}
            widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
            widest = max(widest, header.horizontalAdvance(self.model.headers[column]) + 12)
            self.table.setColumnWidth(column, widest + padding)

    def update_results(self) -> None:
        kind = self.kind.currentData()
        rows = self.context.hotlines(self.query.text(), country=self.country.currentData() or None,
                                   audience=self.audience.currentData() or None, calling_from=self._origin(),
                                   kinds=[kind] if kind else None, limit=MAX_ROWS + 1)
        more = len(rows) > MAX_ROWS
        rows = rows[:MAX_ROWS]
        self.model.set_rows(rows, self._origin(), self.context.language)
        self._fit_columns()
        text = self.tr("%n number(s)", "", len(rows))
        if more:
            text += " — " + self.tr("only the first ones are shown: type more letters")
        self.count.setText(text)
        self.results_button.setEnabled(bool(rows))
        if rows:
            self.table.selectRow(0)
        self._show_detail()

    def _focus_first(self) -> None:
        if self.model.rows:
            self.table.setFocus()
            self.table.selectRow(0)

    def selected(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return self.model.rows[0] if self.model.rows else None
        return self.model.rows[index.row()]

    def _show_detail(self) -> None:
        row = self.selected()
        self.copy_button.setEnabled(row is not None)
        self.open_button.setEnabled(row is not None)
        if not row:
            self.detail.setText(self.tr("No number matches. Try fewer letters, a country name or digits."))
            return
        lang = self.context.language
        reach = entry_text.dial(row, self._origin(), lang)
        lines = [f"{entry_text.country_name(row, lang)} — {entry_text.what_where(row, lang)}"]
        if row["address"]:
            lines.append(row["address"])
        lines.append(self.tr("As printed: %1").replace("%1", row["number"]) + "   ·   "
                     + entry_text.kind_label(row, lang))
        if row["international"]:
            lines.append(self.tr("International: %1").replace("%1", row["international"]))
        if self._origin():
            lines.append(self.tr("From %1 dial: %2").replace("%1", self.calling_from.currentText())
                         .replace("%2", reach.text()))
        elif reach.only_from:
            lines.append(self.tr("Dial: %1").replace("%1", reach.text()))
        lines.append("⚠ " + entry_text.as_of_text(row, lang))
        lines += ["⚠ " + line for line in entry_text.alternatives_text(row, lang)]
        if row["may_fail_abroad"] and row["e164"]:
            lines.append("⚠ " + self.tr("Free-phone, shared-cost or short number: it may not be reachable "
                                        "from abroad or from every network."))
        if row["reason"] and row["kind"] != "emergency":
            lines.append("⚠ " + row["reason"])
        if row["note"]:
            lines.append("⚠ " + row["note"])
        source = self.store.sources.get(row["source"]["doc"], {})
        cited = f"{source.get('label', row['source']['doc'])} — {say('quoted', lang, text=row['source']['section'])}"
        lines.append(self.tr("Source: %1").replace("%1", cited))
        lines.append(self.tr("Enter: open the sheet of %1 at this entry.").replace(
            "%1", entry_text.country_name(row, lang)))
        self.detail.setText("\n".join(lines))

    def copy_selected(self) -> None:
        row = self.selected()
        if row:
            value = entry_text.copy_text(row, self._origin(), self.context.language)
            QGuiApplication.clipboard().setText(value)
            message = self.tr("Copied: %1").replace("%1", value)
            self.copied.setText("✔ " + message)
            self.status.emit(message)

    def open_selected(self) -> None:
        """Open the country sheet where this entry is printed: at the contact, at the hotlines, or its top."""
        row = self.selected()
        if not row:
            return
        if row["kind"] == "contact" and row["contact_position"] is not None:
            anchor = f"contact-{row['contact_position']}"
        elif row["kind"] == "hotline":
            anchor = "hotlines"
        else:
            anchor = ""
        self.open_requested.emit(row["country"], anchor)

    # -- language, printing -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Zoom and contrast reach the finder through the application's font and palette: nothing to redo."""

    def retranslate(self) -> None:
        self.query.setPlaceholderText(self.tr("Country, town, organisation, “NGO”, “shelter”, “police” or digits…"))
        self.query.setAccessibleName(self.tr("Search the directory of numbers"))
        self.query.setAccessibleDescription(self.tr("Results update as you type; accents and spaces do not matter"))
        self.find_label.setText(self.tr("&Find:"))
        self.calling_label.setText(self.tr("Calling &from:"))
        self.country_label.setText(self.tr("&Country:"))
        self.country.setItemText(0, self.tr("All countries"))
        self.country.setAccessibleName(self.tr("Country filter"))
        self.kind.setItemText(0, self.tr("Every kind"))
        kinds = {"emergency": self.tr("Emergency (112)"), "hotline": self.tr("Anti-trafficking hotlines"),
                 "contact": self.tr("Contacts")}
        for i, key in enumerate(KINDS, start=1):
            self.kind.setItemText(i, kinds[key])
        self.kind.setAccessibleName(self.tr("Kind filter"))
        self.audience.setItemText(0, self.tr("Everyone"))
        names = {"victims": self.tr("Victims"), "women": self.tr("Women"), "children": self.tr("Children"),
                 "reporting": self.tr("Reporting a case"), "professionals": self.tr("Professionals"),
                 "general": self.tr("General information")}
        for i, key in enumerate(AUDIENCES, start=1):
            self.audience.setItemText(i, names[key])
        self.audience.setAccessibleName(self.tr("Audience filter"))
        self.audience.setToolTip(self.tr("Numbers for everyone (emergency numbers, contacts) are always kept"))
        self._fill_countries()
        self.calling_from.setItemText(0, self.tr("(not set)"))
        self.calling_from.setAccessibleName(self.tr("Country you are calling from"))
        self.model.headers = [self.tr("Country"), self.tr("Kind"), self.tr("Who and where"),
                              self.tr("Number as printed"), self.tr("To dial"), self.tr("Date")]
        self.model.kind_names = {"emergency": self.tr("Emergency"), "hotline": self.tr("Hotline"),
                                 "contact": self.tr("Contact")}
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, DirectoryModel.COLUMNS - 1)
        self._fitted_for = None
        self.table.setAccessibleName(self.tr("Numbers found"))
        self.copy_button.setText(self.tr("&Copy number"))
        self.copy_button.setToolTip(self.tr("Copy the number to dial and its date (Ctrl+C)"))
        self.open_button.setText(self.tr("&Open the sheet"))
        self.open_button.setToolTip(self.tr("Open the country sheet at this entry (Enter, double-click)"))
        self.card_button.setText(self.tr("Print the &card…"))
        self.card_button.setToolTip(self.tr("The whole hotline card: every country, one A4 page"))
        self.results_button.setText(self.tr("Print these &results…"))
        self.results_button.setToolTip(self.tr("Only the numbers listed now, under a title that says so"))
        self.copied.clear()
        self.update_results()

    def results_description(self) -> str:
        """What the current results are, for the title of their printed card: the search and the filters."""
        typed = self.query.text().strip()
        parts = [say("quoted", self.context.language, text=typed)] if typed else []
        for combo in (self.country, self.kind, self.audience):
            if combo.currentIndex() > 0:
                parts.append(combo.currentText())
        return ", ".join(parts) or self.tr("every number")

    def print_document(self) -> tuple[QTextDocument, str]:
        """The whole hotline card (whatever the search shows), with the digits to dial from "calling from"."""
        from fiitdesk.kit import card
        from fiitdesk.ui.sheets_pdf import hotline_card_document

        return hotline_card_document(self.context, card.whole_card(self.store, self._origin(),
                                                                   self.context.language))

    def print_results_document(self) -> tuple[QTextDocument, str]:
        """Only the numbers listed now, under a title that says what they are."""
        from fiitdesk.kit import card
        from fiitdesk.ui.sheets_pdf import hotline_card_document

        chosen = card.results_card(self.store, self.model.rows, self.results_description(), self._origin(),
                                   self.context.language)
        return hotline_card_document(self.context, chosen)

    def title(self) -> str:
        return self.tr("Hotlines")
