"""One country's sheet in a tab: the section list beside the sheet, copy links, charts, notes' evidence.

The sheet is the HTML the build pre-rendered (the same section templates as on paper); this widget only
shows it, adds the chart images, and handles the links it contains: ``copy:`` (to the clipboard), ``web:``
(to the system browser, after the user has seen the address and agreed) and ``why:`` (a note's evidence,
opened under the note by the sheet browser). The side list comes from the one list of sections
(``fiitdesk.kit.sections``); ``show_section`` and ``show_anchor`` scroll the sheet to a section or to any
anchor of it, such as ``contact-3`` (the fourth contact of the kit's chapter).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSplitter, QVBoxLayout, QWidget

from fiitdesk.kit import sections
from fiitdesk.ui.fonts import document_font
from fiitdesk.ui.inert import open_web
from fiitdesk.ui.resources import sheet_css, sheet_labels
from fiitdesk.ui.sheet_browser import SheetBrowser

__all__ = ["CountryView", "SheetBrowser"]

BASE_POINT_SIZE = 10.0


class CountryView(QWidget):
    """A country's sheet; emits ``status`` with short messages for the status bar."""

    status = Signal(str)
    #: The section (or anchor) the reader moved to, for the window's back and forward.
    located = Signal(str)

    def __init__(self, store: Any, code: str, context: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.code = code
        self.context = context
        self.record_name = next(c["name"] for c in store.countries() if c["code"] == code)
        self.setObjectName(f"country-{code}")
        self.sections = QListWidget()
        self.sections.setObjectName("sections")
        self.sections.setMaximumWidth(260)
        self.sections.itemActivated.connect(self._scroll_to)
        self.sections.itemClicked.connect(self._scroll_to)
        self.browser = SheetBrowser()
        self.browser.setObjectName("sheet")
        self.browser.anchorClicked.connect(self._link)
        splitter = QSplitter()
        splitter.addWidget(self.sections)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._images: dict[str, Any] | None = None
        self._loaded_for: tuple[str, int, bool] | None = None
        self._anchor = ""
        self._saved_position = 0
        self.setFocusProxy(self.browser)

    # -- showing ------------------------------------------------------------------------------------

    def images(self) -> dict[str, Any]:
        if self._images is None:
            from fiitdesk.ui.charts import sheet_images  # QtCharts is loaded on first use, not at start

            labels = sheet_labels(self.context.language)
            self._images = sheet_images(self.code, self.store.sheet_charts(self.code), labels)
        return self._images

    def _add_charts(self) -> None:
        """Draw the charts once the sheet is on screen, then lay the sheet out again with them."""
        if self._images is None and self.store.sheet_charts(self.code):
            self.browser.images = self.images()
            position = self.browser.verticalScrollBar().value()
            self.browser.set_page(self.store.sheet_html(self.code, self.context.language, "screen"),
                                  keep_evidence=True)
            if self._anchor:
                self.browser.scrollToAnchor(self._anchor)
            else:
                self.browser.verticalScrollBar().setValue(position)

    def refresh(self, force: bool = False) -> None:
        """(Re)load the sheet for the current language, zoom and contrast; cheap when nothing changed."""
        state = (self.context.language, self.context.zoom, self.context.high_contrast)
        if self._loaded_for == state and not force:
            return
        if self._loaded_for and self._loaded_for[0] != state[0]:
            self._images = None
        position = self._saved_position if self._loaded_for is None else self.browser.verticalScrollBar().value()
        document = self.browser.document()
        document.setDefaultFont(document_font(BASE_POINT_SIZE + self.context.zoom))
        document.setDefaultStyleSheet(sheet_css(self.context.high_contrast))
        self.browser.images = self._images or {}
        self.browser.set_page(self.store.sheet_html(self.code, self.context.language, "screen"),
                              keep_evidence=self._loaded_for is not None and self._loaded_for[0] == state[0])
        if self._images is None:
            QTimer.singleShot(0, self, self._add_charts)  # cancelled if the view is deleted first
        self.browser.verticalScrollBar().setValue(position)
        self._fill_sections()
        self._loaded_for = state
        self.retranslate()

    def mark_stale(self) -> None:
        """The zoom, contrast or language changed while hidden: lay the sheet out again when next shown."""
        if self._loaded_for is not None:
            self._loaded_for = ("", 0, False)

    def current_anchor(self) -> str:
        """The section or anchor last scrolled to ("" at the top of the sheet)."""
        return self._anchor

    def highlight(self, words: list[str], section: str | None = None) -> int:
        """Mark every occurrence of ``words`` (a search hit's words, accents and case aside) and bring the
        first one at or after ``section`` into view; returns how many were marked."""
        from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
        from PySide6.QtWidgets import QTextEdit

        document = self.browser.document()
        start = self._anchor_position(section, 0) if section else 0
        marked: list[QTextEdit.ExtraSelection] = []
        first: QTextCursor | None = None
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#ffe066"))
        fmt.setForeground(QColor("#000000"))
        for word in words:
            cursor = QTextCursor(document)
            while True:
                cursor = document.find(word, cursor)
                if cursor.isNull():
                    break
                selection = QTextEdit.ExtraSelection()
                selection.cursor = QTextCursor(cursor)
                selection.format = fmt
                marked.append(selection)
                if cursor.selectionStart() >= start and (first is None or
                                                         cursor.selectionStart() < first.selectionStart()):
                    first = QTextCursor(cursor)
        self.browser.setExtraSelections(marked)
        if first is not None:
            shown = QTextCursor(first)
            shown.clearSelection()
            self.browser.setTextCursor(shown)
            self.browser.ensureCursorVisible()
        return len(marked)

    def _anchor_position(self, name: str, default: int) -> int:
        """Where the anchor ``name`` is in the laid-out sheet (the start of its section)."""
        block = self.browser.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.isValid() and name in fragment.charFormat().anchorNames():
                    return fragment.position()
                it += 1
            block = block.next()
        return default

    def unload(self) -> None:
        """Free the sheet while its tab is hidden (thirty laid-out sheets and their charts weigh tens of MB);
        it comes back, at the same place, when the tab is shown again."""
        if self._loaded_for is None:
            return
        self._saved_position = self.browser.verticalScrollBar().value()
        self.browser.clear_page()
        self.browser.images = {}
        self._images = None
        self._loaded_for = None

    def _fill_sections(self) -> None:
        current = self.sections.currentRow()
        self.sections.clear()
        for key in self.store.sheet_sections(self.code):
            item = QListWidgetItem(sections.title(key, self.context.language))
            item.setData(256, key)
            self.sections.addItem(item)
        if current >= 0:
            self.sections.setCurrentRow(min(current, self.sections.count() - 1))

    def section_keys(self) -> list[str]:
        return [self.sections.item(i).data(256) for i in range(self.sections.count())]

    def show_section(self, key: str) -> None:
        self.refresh()
        self._anchor = key
        self.browser.scrollToAnchor(key)
        self.located.emit(key)
        for i in range(self.sections.count()):
            if self.sections.item(i).data(256) == key:
                self.sections.setCurrentRow(i)

    def show_anchor(self, name: str) -> bool:
        """Scroll the sheet to the anchor ``name`` (a section id, or ``contact-N`` for the contact at
        position N of the kit's chapter); False if the sheet has no such anchor. The side list shows the
        section the anchor is in."""
        self.refresh()
        if name in self.section_keys():
            self.show_section(name)
            return True
        if f'<a name="{name}">' not in self.browser.page():
            return False
        self._anchor = name
        self.browser.scrollToAnchor(name)
        section = "contacts" if name.startswith("contact-") else name
        for i in range(self.sections.count()):
            if self.sections.item(i).data(256) == section:
                self.sections.setCurrentRow(i)
        return True

    def _scroll_to(self, item: QListWidgetItem) -> None:
        self._anchor = item.data(256)
        self.browser.scrollToAnchor(self._anchor)
        self.located.emit(self._anchor)

    def retranslate(self) -> None:
        self.sections.setAccessibleName(self.tr("Sections of the sheet"))
        self.sections.setAccessibleDescription(self.tr("Choose a section to scroll the sheet to it"))
        self.browser.setAccessibleName(self.tr("Country sheet: %1").replace("%1", self.record_name))

    # -- links --------------------------------------------------------------------------------------

    def _link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("copy:"):
            value = text[len("copy:"):]
            QGuiApplication.clipboard().setText(value)
            self.status.emit(self.tr("Copied: %1").replace("%1", value))
        elif text.startswith("web:"):
            self.open_web(text[len("web:"):])

    def open_web(self, address: str) -> None:
        """Open an organisation's site, after the one confirmation every link from content goes through."""
        open_web(self, address)

    # -- printing -----------------------------------------------------------------------------------

    def print_document(self, form: str = "essential") -> tuple[QTextDocument, str]:
        """The sheet as it goes on paper — the one-page essential sheet or (``form`` "full") the full
        dossier — with the footer text that dates it."""
        from fiitdesk.ui.sheets_pdf import sheets_document

        return sheets_document(self.context, [self.code], form)

    def title(self) -> str:
        return self.record_name
