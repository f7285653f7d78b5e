"""F1: the offline help — how to read ⚠ notes and sources, how old the information is, the shortcuts.

The shortcuts table is made from the window's own actions, so it cannot drift from what the keys do.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from fiitdesk.ui.country_view import SheetBrowser
from fiitdesk.ui.resources import help_page, sheet_css


def shortcuts_table(actions: Iterable[QAction]) -> str:
    """An HTML table of every action that has a shortcut: what it does, and the keys."""
    rows = []
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
        if keys:
            what = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…")
            rows.append(f"<tr><td>{html.escape(what)}</td><td><b>{html.escape(' / '.join(keys))}</b></td></tr>")
    return '<table class="grid" border="1" cellspacing="0" cellpadding="3">' + "".join(rows) + "</table>"


class HelpDialog(QDialog):
    """The help page in the interface language, readable with the keyboard, closed by Escape."""

    def __init__(self, language: str, actions: Iterable[QAction], high_contrast: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("help")
        self.setWindowTitle(self.tr("FIIT Desk help"))
        self.browser = SheetBrowser()
        self.browser.setObjectName("help-page")
        self.browser.setAccessibleName(self.tr("Help page"))
        self.browser.document().setDefaultStyleSheet(sheet_css(high_contrast))
        self.browser.setHtml(help_page(language).replace("{shortcuts}", shortcuts_table(actions)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 600)
        self.browser.setFocus()
