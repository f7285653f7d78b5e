"""The browser every pre-rendered page is shown in: country sheets, good practices, glossary terms.

It never loads anything from outside (only the chart images it was given), and it opens a note's
evidence on request: each note on screen is followed by a « Pourquoi ? » link (``why:ID``); activating
it — a click, or Tab to the link and Enter — shows the evidence under the note, activating it again hides
it (``fiitdesk.kit.evidence`` knows the markup). The page keeps its place and the link keeps the keyboard
focus, so a keyboard user can read on from there.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, QUrl, Signal
from PySide6.QtWidgets import QWidget

from fiitdesk.kit import evidence, sections
from fiitdesk.ui.inert import InertBrowser


class SheetBrowser(InertBrowser):
    """A read-only browser that loads nothing but its chart images (``fiitdesk.ui.inert``) and reveals
    notes' evidence on request."""

    # Emitted from the event loop once the page has been painted, when asked with announce_next_paint():
    # work that can wait (the charts) then never delays the first picture. A zero timer is not enough: Qt
    # runs due timers before the first paint of a newly shown window.
    painted = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._page = ""
        self._partial = False
        self._announce_paint = False
        self.shown_evidence: set[str] = set()
        self.anchorClicked.connect(self._link)

    def announce_next_paint(self) -> None:
        """Emit ``painted`` once, after the next time the page is painted."""
        self._announce_paint = True

    def viewportEvent(self, event: QEvent) -> bool:
        if self._announce_paint and event.type() == QEvent.Type.Paint:
            self._announce_paint = False
            QTimer.singleShot(0, self, self.painted.emit)
        return super().viewportEvent(event)

    def set_page(self, html: str, keep_evidence: bool = False, first_screen: bool = False) -> None:
        """Show ``html``; the evidence shown so far stays open only with ``keep_evidence``.

        With ``first_screen``, only the page's first screen is laid out now (``sections.first_screen``)
        and ``complete`` lays out the rest: a whole sheet is ~5 ms of parsing the first picture does not
        need. ``page`` is always the whole page.
        """
        if not keep_evidence:
            self.shown_evidence = set()
        self._page = html
        shown = sections.first_screen(html) if first_screen else html
        self._partial = len(shown) < len(html)
        self.setHtml(evidence.reveal(shown, self.shown_evidence))

    def complete(self) -> None:
        """Lay out the rest of a page shown first screen first, keeping the place (nothing to do if whole)."""
        if self._partial:
            self._partial = False
            position = self.verticalScrollBar().value()
            self.setHtml(evidence.reveal(self._page, self.shown_evidence))
            self.verticalScrollBar().setValue(position)

    @property
    def whole(self) -> bool:
        """Whether the whole page is laid out (not only its first screen: ``set_page``)."""
        return not self._partial

    def page(self) -> str:
        return self._page

    def clear_page(self) -> None:
        self._page = ""
        self._partial = False
        self.shown_evidence = set()
        self.clear()

    def toggle_evidence(self, ident: str) -> None:
        """Show or hide the evidence ``ident``, keeping the page where it is and the focus on its link."""
        position = self.verticalScrollBar().value()
        self.shown_evidence ^= {ident}
        self._partial = False
        self.setHtml(evidence.reveal(self._page, self.shown_evidence))
        self.verticalScrollBar().setValue(position)
        self.select_link(f"{evidence.SCHEME}{ident}")
        self.verticalScrollBar().setValue(position)

    def select_link(self, href: str) -> bool:
        """Put the keyboard focus on the link to ``href`` (Enter then activates it)."""
        from PySide6.QtGui import QTextCursor  # not at import: start-up time

        block = self.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.charFormat().anchorHref() == href:
                    cursor = QTextCursor(self.document())
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    self.setTextCursor(cursor)
                    return True
                iterator += 1
            block = block.next()
        return False

    def _link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith(evidence.SCHEME):
            self.toggle_evidence(text[len(evidence.SCHEME):])
