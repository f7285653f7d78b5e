"""One country's sheet in a tab: the section list beside the sheet, copy links, charts, notes' evidence.

The sheet is the HTML the build pre-rendered (the same section templates as on paper); this widget only
shows it, adds the chart images, and handles the links it contains: ``copy:`` (to the clipboard), ``web:``
(to the system browser, after the user has seen the address and agreed) and ``why:`` (a note's evidence,
opened under the note by the sheet browser). The side list comes from the one list of sections
(``fiitdesk.kit.sections``); ``show_section`` and ``show_anchor`` scroll the sheet to a section or to any
anchor of it, such as ``contact-3`` (the fourth contact of the kit's chapter).

In a translated interface the kit's French original is a click away: the bar above the sheet says that the
translation is unofficial and that the original prevails, and its button (or Ctrl+Shift+O, the window's
"show the original" action) shows the French original of the sheet at the section in view, and back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fiitdesk.kit import sections
from fiitdesk.kit.labels import say
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
        self.showing_original = False
        self.setObjectName(f"country-{code}")
        self.sections = QListWidget()
        self.sections.setObjectName("sections")
        self.sections.setMaximumWidth(260)
        self.sections.itemActivated.connect(self._scroll_to)
        self.sections.itemClicked.connect(self._scroll_to)
        self.browser = SheetBrowser()
        self.browser.setObjectName("sheet")
        self.browser.anchorClicked.connect(self._link)
        self.browser.painted.connect(self._after_paint)
        self.original_note = QLabel()
        self.original_note.setObjectName("translation-note")
        self.original_note.setWordWrap(True)  # its format is set after the first paint (_after_paint)
        self.original_button = QPushButton()
        self.original_button.setObjectName("show-original")
        self.original_button.clicked.connect(self.toggle_original)
        self.original_bar = QFrame()
        self.original_bar.setObjectName("original-bar")
        bar = QHBoxLayout(self.original_bar)
        bar.setContentsMargins(6, 2, 6, 2)
        bar.addWidget(self.original_note, 1)
        bar.addWidget(self.original_button)
        reading = QWidget()
        reading_layout = QVBoxLayout(reading)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        reading_layout.setSpacing(2)
        reading_layout.addWidget(self.original_bar)
        reading_layout.addWidget(self.browser, 1)
        splitter = QSplitter()
        splitter.addWidget(self.sections)
        splitter.addWidget(reading)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._images: dict[str, Any] | None = None
        self._loaded_for: tuple[str, int, bool, bool] | None = None
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

    def _after_paint(self) -> None:
        """Once the sheet's first screen is on screen: draw the charts and lay out the whole sheet with them
        (or, without charts, the rest of the sheet)."""
        from PySide6.QtCore import Qt  # not before the first paint: the Qt namespace costs ~11 ms to set up

        # The bar's words are shown as written, never read as markup (they are ours, from the catalog; until
        # this first paint, Qt's own guess shows them the same way, as they hold no markup: test_english_window).
        self.original_note.setTextFormat(Qt.TextFormat.PlainText)
        if not self.isVisible():
            # Hidden between its paint and now (a window being replaced, whose data may already be closed):
            # wait for the next time it is painted.
            self.browser.announce_next_paint()
            return
        if self._images is None and self.store.sheet_charts(self.code):
            self.browser.images = self.images()
            position = self.browser.verticalScrollBar().value()
            self.browser.set_page(self._page(), keep_evidence=True)
            if self._anchor:
                self.browser.scrollToAnchor(self._anchor)
            else:
                self.browser.verticalScrollBar().setValue(position)
        self.browser.complete()

    @property
    def settled(self) -> bool:
        """Whether the sheet is as the reader will see it: laid out whole, with its charts if it has any."""
        return self.browser.whole and (self._images is not None or not self.store.sheet_charts(self.code))

    def _page(self) -> str:
        return self.context.sheet_html(self.code, "screen", original=self.showing_original)

    def refresh(self, force: bool = False) -> None:
        """(Re)load the sheet for the current language, zoom, contrast and original; cheap when nothing
        changed."""
        if not self.context.translated:
            self.showing_original = False  # in French the sheet is the original
        state = (self.context.language, self.context.zoom, self.context.high_contrast, self.showing_original)
        if self._loaded_for == state and not force:
            return
        if self._loaded_for and self._loaded_for[0] != state[0]:
            self._images = None
        position = self._saved_position if self._loaded_for is None else self.browser.verticalScrollBar().value()
        document = self.browser.document()
        document.setDefaultFont(document_font(BASE_POINT_SIZE + self.context.zoom))
        document.setDefaultStyleSheet(sheet_css(self.context.high_contrast))
        self.browser.images = self._images or {}
        same_text = self._loaded_for is not None and (self._loaded_for[0], self._loaded_for[3]) == (state[0], state[3])
        # Opened at its top, the sheet's first screen is laid out first; the rest, and the charts (QtCharts,
        # ~40 ms at start-up), once that has been painted (_after_paint).
        first_screen = self._loaded_for is None and position == 0 and not self._anchor
        self.browser.set_page(self._page(), keep_evidence=same_text, first_screen=first_screen)
        if self._images is None or first_screen:
            self.browser.announce_next_paint()
        self.browser.verticalScrollBar().setValue(position)
        self._fill_sections()
        self._loaded_for = state
        self.retranslate()

    def mark_stale(self) -> None:
        """The zoom, contrast or language changed while hidden: lay the sheet out again when next shown."""
        if self._loaded_for is not None:
            self._loaded_for = ("", 0, False, False)

    def current_anchor(self) -> str:
        """The section or anchor last scrolled to ("" at the top of the sheet)."""
        return self._anchor

    def highlight(self, words: list[str], section: str | None = None) -> int:
        """Mark every occurrence of ``words`` (a search hit's words, accents and case aside) and bring the
        first one at or after ``section`` into view; returns how many were marked."""
        from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
        from PySide6.QtWidgets import QTextEdit

        self.browser.complete()
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

    def section_in_view(self) -> str:
        """The section at the top of the sheet's visible part ("" above the first one)."""
        self.browser.complete()
        top = self.browser.cursorForPosition(QPoint(0, 0)).position()
        positions = self._anchor_positions(set(self.section_keys()))
        above = [(position, name) for name, position in positions.items() if position <= top]
        return max(above)[1] if above else ""

    def _anchor_positions(self, names: set[str]) -> dict[str, int]:
        """Where each of the anchors ``names`` is in the laid-out sheet (one pass over the document)."""
        self.browser.complete()
        found: dict[str, int] = {}
        block = self.browser.document().begin()
        while block.isValid():
            # An empty <a name> before a heading is the heading block's own anchor (as QTextEdit looks it up).
            for name in set(block.charFormat().anchorNames()) & names:
                found.setdefault(name, block.position())
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.isValid():
                    for name in set(fragment.charFormat().anchorNames()) & names:
                        found.setdefault(name, fragment.position())
                it += 1
            block = block.next()
        return found

    def toggle_original(self, section: str | None = None, to_original: bool | None = None) -> None:
        """Show the French original of a translated sheet, at ``section`` (else the section in view), or go
        back to the translation; nothing to do in French, where the sheet is the original."""
        if not self.context.translated:
            return
        self.refresh()
        section = section or self.section_in_view() or self._anchor
        self.showing_original = (not self.showing_original) if to_original is None else to_original
        self.refresh()
        if section:
            self._anchor = section
            self.browser.scrollToAnchor(section)
            for i in range(self.sections.count()):
                if self.sections.item(i).data(256) == section:
                    self.sections.setCurrentRow(i)
        self.status.emit(self.original_note.text())

    def _anchor_position(self, name: str, default: int) -> int:
        """Where the anchor ``name`` is in the laid-out sheet (the start of its section)."""
        return self._anchor_positions({name}).get(name, default)

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
        self.browser.complete()
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
        self.browser.complete()
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
        self.browser.complete()
        self._anchor = item.data(256)
        self.browser.scrollToAnchor(self._anchor)
        self.located.emit(self._anchor)

    def retranslate(self) -> None:
        self.sections.setAccessibleName(self.tr("Sections of the sheet"))
        self.sections.setAccessibleDescription(self.tr("Choose a section to scroll the sheet to it"))
        self.browser.setAccessibleName(self.tr("Country sheet: %1").replace("%1", self.title()))
        # The bar says what the reader has in front of them, in the catalog's words; its button is chrome.
        self.original_bar.setVisible(self.context.translated)
        language = self.context.language
        self.original_note.setText(say("original_shown" if self.showing_original else "unofficial_translation",
                                       language))
        if self.showing_original:
            self.original_button.setText(self.tr("Back to the &translation"))
            self.original_button.setToolTip(self.tr("Show this sheet in the interface language again "
                                                    "(Ctrl+Shift+O)"))
        else:
            self.original_button.setText(self.tr("Show the French &original"))
            self.original_button.setToolTip(self.tr("Show the kit's French text, which prevails over the "
                                                    "translation, at the section you are reading (Ctrl+Shift+O)"))
        self.original_button.setAccessibleName(self.original_button.text().replace("&", ""))

    # -- links --------------------------------------------------------------------------------------

    def _link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("copy:"):
            value = text[len("copy:"):]
            QGuiApplication.clipboard().setText(value)
            self.status.emit(self.tr("Copied: %1").replace("%1", value))
        elif text.startswith("web:"):
            self.open_web(text[len("web:"):])
        else:
            from fiitdesk.kit.original import link_target

            target = link_target(text)  # "Show the French original" under a section's heading, and back
            if target is not None:
                to_original, section = target
                self.toggle_original(section, to_original)

    def open_web(self, address: str) -> None:
        """Open an organisation's site, after the one confirmation every link from content goes through."""
        open_web(self, address)

    # -- printing -----------------------------------------------------------------------------------

    def print_document(self, form: str = "essential") -> tuple[QTextDocument, str]:
        """The sheet as it goes on paper — the one-page essential sheet or (``form`` "full") the full
        dossier — with the footer text that dates it."""
        from fiitdesk.ui.sheets_pdf import sheets_document

        return sheets_document(self.context, [self.code], form, original=self.showing_original)

    def title(self) -> str:
        """The country's name in the interface language."""
        return self.context.country_name(self.code)
