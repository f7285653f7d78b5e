"""The "Pays" view: every country, grouped by what the sources say of it, narrowed by a few letters.

It replaces a row of thirty tabs: type "lit" or "Lietuva" and press Enter to open Lithuania. Which
group a country is in and which countries the letters mean are decided by ``fiitdesk.kit.navigation``;
this view only lists them, sorted as the interface language sorts (QCollator: "Géorgie" before "Grèce").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCollator, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from fiitdesk.kit import navigation
from fiitdesk.kit.labels import country_name, words

CODE_ROLE = Qt.ItemDataRole.UserRole


class _Filter(QLineEdit):
    """The filter field: Down moves into the list, as in any search field."""

    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        super().keyPressEvent(event)


class CountriesView(QWidget):
    """Lists the countries; ``open_country`` asks the window to open one (Enter, double-click)."""

    open_country = Signal(str)

    def __init__(self, context: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setObjectName("countries")
        self.label = QLabel()
        self.filter = _Filter()
        self.filter.setObjectName("countries-filter")
        self.filter.setClearButtonEnabled(True)
        self.label.setBuddy(self.filter)
        self.tree = QTreeWidget()
        self.tree.setObjectName("countries-list")
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.itemActivated.connect(self._activated)
        self.filter.textChanged.connect(lambda _: self._fill())
        self.filter.returnPressed.connect(self._open_first)
        self.filter.down.connect(self._into_list)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        self.setFocusProxy(self.filter)
        self.retranslate()

    def _words(self) -> dict[str, str]:
        return words(self.context.language)

    def _name(self, country: dict[str, Any]) -> str:
        return country_name(country, self.context.language)

    def _fill(self) -> None:
        """The countries the filter text may mean, in their groups, each group in collation order."""
        words = self._words()
        collator = QCollator(QLocale(self.context.language))
        matches = navigation.find_countries(self.context.store.countries(), self.filter.text())
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for group in navigation.GROUPS:
            members = [c for c in matches if navigation.country_group(c) == group]
            if not members:
                continue
            head = QTreeWidgetItem([f"{words[group]} ({len(members)})"])
            head.setFont(0, bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)
            for country in sorted(members, key=lambda c: collator.sortKey(self._name(c))):
                item = QTreeWidgetItem([f"{self._name(country)} ({country['code']})",
                                        self._count(country["contact_count"], "contacts"),
                                        self._count(country["hotline_count"], "numbers")])
                item.setData(0, CODE_ROLE, country["code"])
                head.addChild(item)
            head.setExpanded(True)
        first = self._first()
        if first is not None:
            self.tree.setCurrentItem(first)

    def _count(self, n: int, what: str) -> str:
        if what == "contacts":
            return self.tr("%n contact(s)", "", n) if n else ""
        return self.tr("%n number(s)", "", n) if n else ""

    def _first(self) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            if head.childCount():
                return head.child(0)
        return None

    def shown_codes(self) -> list[str]:
        """The codes listed now, top to bottom (what a user sees)."""
        return [self.tree.topLevelItem(i).child(j).data(0, CODE_ROLE)
                for i in range(self.tree.topLevelItemCount()) for j in range(self.tree.topLevelItem(i).childCount())]

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        code = item.data(0, CODE_ROLE)
        if code:
            self.open_country.emit(code)

    def _open_first(self) -> None:
        item = self.tree.currentItem() or self._first()
        if item is not None:
            self._activated(item)

    def _into_list(self) -> None:
        self.tree.setFocus()
        if self.tree.currentItem() is None and self._first() is not None:
            self.tree.setCurrentItem(self._first())

    def refresh(self) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Find a country (a few letters of its name in any language, or its code):"))
        self.filter.setPlaceholderText(self.tr("e.g. lit, Lietuva, Deutschland, EL"))
        self.filter.setAccessibleName(self.tr("Filter the countries"))
        self.tree.setAccessibleName(self.tr("Countries, grouped by what the sources say of them"))
        self.tree.setHeaderLabels([self.tr("Country"), self.tr("Contacts"), self.tr("Numbers")])
        self._fill()

    def title(self) -> str:
        return self.tr("Countries")
