"""The hotline finder: type a few letters or digits, see the number, copy it in one keystroke.

The list is a model over the store's answer (the view paints only the visible rows), so each keystroke
costs one indexed query, even on a kit a hundred times larger. Nothing typed here is stored anywhere.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fiitdesk.ui import inert
from fiitdesk.ui.resources import sheet_labels

#: More numbers than anyone reads in a list; typing narrows it (the real kit has about 35).
MAX_ROWS = 200
AUDIENCES = ("victims", "women", "children", "reporting", "professionals", "general")
Index = QModelIndex | QPersistentModelIndex


class HotlineModel(QAbstractTableModel):
    """Rows of the store's hotline answer: country, organisation, number as printed, international, dial."""

    COLUMNS = 5

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict[str, Any]] = []
        self.headers = ["", "", "", "", ""]
        self.short_code_text = "short number"
        self.number_font = QFont()
        self.number_font.setBold(True)

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"{row['country_name']} ({row['country']})"
            if column == 1:
                return row["organisation"]
            if column == 2:
                return row["number"]
            warn = "⚠ " if row["may_fail_abroad"] else ""
            if column == 3:
                # The reason a number has no international form is long: it is in the detail and tooltip.
                return warn + (row["international"] or self.short_code_text)
            if column == 4:
                return warn + row["dial"] if row.get("dial") else ("—" if not row["e164"] else "")
        if role == Qt.ItemDataRole.FontRole and column in (2, 3, 4):
            return self.number_font
        if role == Qt.ItemDataRole.ToolTipRole:
            return inert.tooltip("\n".join(filter(None, [row["organisation"], row["note"], row["reason"]])))
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None


class HotlineTable(QTableView):
    """The results; Ctrl+C copies the number to dial, not the text of whichever cell has focus."""

    copy_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class HotlineFinder(QWidget):
    """Search field, filters, results, copy and print."""

    status = Signal(str)

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
        self.audience = QComboBox()
        self.audience.setObjectName("hotline-audience")
        self.calling_from = QComboBox()
        self.calling_from.setObjectName("calling-from")
        self.model = HotlineModel()
        self._fitted = False
        self.table = HotlineTable()
        self.table.setObjectName("hotline-results")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # Columns are sized to the whole list once (see _fit_columns), not at every keystroke:
        # measuring the rows again for each letter typed would cost more than the search itself.
        header.setResizeContentsPrecision(60)
        self.table.doubleClicked.connect(lambda _: self.copy_selected())
        self.detail = QLabel()
        self.detail.setObjectName("hotline-detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copy-number")
        self.copy_button.clicked.connect(self.copy_selected)
        self.card_button = QPushButton()
        self.card_button.setObjectName("print-card")
        self.count = QLabel()
        self.count.setObjectName("hotline-count")

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
        filters.addWidget(self.audience, 1)
        self.form.addRow(self.country_label, filters)
        self.form.addRow(self.calling_label, self.calling_from)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.card_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.setTabOrder(self.query, self.country)
        self.setTabOrder(self.country, self.audience)
        self.setTabOrder(self.audience, self.calling_from)
        self.setTabOrder(self.calling_from, self.table)
        self.setTabOrder(self.table, self.copy_button)
        self.setTabOrder(self.copy_button, self.card_button)
        self.setFocusProxy(self.query)
        self.table.copy_requested.connect(self.copy_selected)
        self.query.returnPressed.connect(self._focus_first)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self._fill_filters()
        self.country.currentIndexChanged.connect(self.update_results)
        self.audience.currentIndexChanged.connect(self.update_results)
        self.calling_from.currentIndexChanged.connect(self._calling_from_changed)
        self.retranslate()
        self.update_results()

    # -- filters ------------------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        countries = [(c["code"], c["name"]) for c in self.store.countries() if c["hotline_count"]]
        self.country.addItem("", "")
        for code, name in sorted(countries, key=lambda c: c[1]):
            self.country.addItem(f"{name} ({code})", code)
        self.audience.addItem("", "")
        for key in AUDIENCES:
            self.audience.addItem(key, key)
        self.calling_from.addItem("", "")
        for c in sorted(self.store.countries(), key=lambda c: c["name"]):
            self.calling_from.addItem(f"{c['name']} ({c['code']})", c["code"])
        saved = self.context.settings.calling_from
        index = self.calling_from.findData(saved) if saved else 0
        self.calling_from.setCurrentIndex(max(0, index))

    def _calling_from_changed(self) -> None:
        self.context.settings.calling_from = self.calling_from.currentData() or ""
        self.update_results()

    # -- results ------------------------------------------------------------------------------------

    def _fit_columns(self) -> None:
        for column in (0, 2, 3, 4):
            self.table.resizeColumnToContents(column)

    def update_results(self) -> None:
        rows = self.store.hotlines(self.query.text(), country=self.country.currentData() or None,
                                   audience=self.audience.currentData() or None,
                                   calling_from=self.calling_from.currentData() or None, limit=MAX_ROWS + 1)
        more = len(rows) > MAX_ROWS
        rows = rows[:MAX_ROWS]
        self.model.set_rows(rows)
        if not self._fitted and rows:
            self._fit_columns()
            self._fitted = True
        text = self.tr("%n number(s)", "", len(rows))
        if more:
            text += " — " + self.tr("only the first ones are shown: type more letters")
        self.count.setText(text)
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
        if not row:
            self.detail.setText(self.tr("No number matches. Try fewer letters, a country name or digits."))
            return
        lines = [f"{row['country_name']} — {row['organisation']}",
                 self.tr("As printed in the kit: %1").replace("%1", row["number"])]
        if row["international"]:
            lines.append(self.tr("International: %1").replace("%1", row["international"]))
        if row.get("dial"):
            origin = self.calling_from.currentText()
            lines.append(self.tr("From %1 dial: %2").replace("%1", origin).replace("%2", row["dial"]))
        if row["may_fail_abroad"]:
            lines.append("⚠ " + self.tr("Free-phone, shared-cost or short number: it may not be reachable "
                                        "from abroad or from every network."))
        if row["reason"]:
            lines.append("⚠ " + row["reason"])
        if row["note"]:
            lines.append("⚠ " + row["note"])
        self.detail.setText("\n".join(lines))

    def number_to_copy(self, row: dict[str, Any]) -> str:
        """What a phone needs: the digits to dial from the chosen country, else E.164, else as printed."""
        return row.get("dial") or row["e164"] or row["number"]

    def copy_selected(self) -> None:
        row = self.selected()
        if row:
            value = self.number_to_copy(row)
            QGuiApplication.clipboard().setText(value)
            self.status.emit(self.tr("Copied: %1").replace("%1", value))

    # -- language, printing -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.query.setPlaceholderText(self.tr("Country, organisation, town or digits…"))
        self.query.setAccessibleName(self.tr("Search emergency numbers"))
        self.query.setAccessibleDescription(self.tr("Results update as you type; accents and spaces do not matter"))
        self.find_label.setText(self.tr("&Find:"))
        self.calling_label.setText(self.tr("Calling &from:"))
        self.country_label.setText(self.tr("&Country:"))
        self.country.setItemText(0, self.tr("All countries"))
        self.country.setAccessibleName(self.tr("Country filter"))
        self.audience.setItemText(0, self.tr("Everyone"))
        names = {"victims": self.tr("Victims"), "women": self.tr("Women"), "children": self.tr("Children"),
                 "reporting": self.tr("Reporting a case"), "professionals": self.tr("Professionals"),
                 "general": self.tr("General information")}
        for i, key in enumerate(AUDIENCES, start=1):
            self.audience.setItemText(i, names[key])
        self.audience.setAccessibleName(self.tr("Audience filter"))
        self.calling_from.setItemText(0, self.tr("(not set)"))
        self.calling_from.setAccessibleName(self.tr("Country you are calling from"))
        self.model.headers = [self.tr("Country"), self.tr("Organisation"), self.tr("Number as printed"),
                              self.tr("International form"), self.tr("To dial")]
        self.model.short_code_text = self.tr("short number, from the country only")
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, HotlineModel.COLUMNS - 1)
        self._fitted = False
        self.table.setAccessibleName(self.tr("Emergency numbers found"))
        self.copy_button.setText(self.tr("&Copy number"))
        self.copy_button.setToolTip(self.tr("Copy the selected number (Ctrl+C)"))
        self.card_button.setText(self.tr("Print &hotline card…"))
        self.update_results()

    def card_title(self) -> str:
        code = self.country.currentData()
        if code:
            return self.tr("Emergency numbers — %1").replace("%1", self.country.currentText())
        return self.tr("Anti-trafficking emergency numbers")

    def print_document(self) -> tuple[QTextDocument, str]:
        from fiitdesk.ui.sheets_pdf import hotline_card_document

        return hotline_card_document(self.context, self.model.rows or self.store.hotlines(), self.card_title())

    def title(self) -> str:
        return self.tr("Hotlines")


def sheet_words(language: str) -> dict[str, str]:
    return sheet_labels(language)
