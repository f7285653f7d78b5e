"""How a text browser takes the sheet's font, zoom and contrast, for the pages the build rendered
(good practices, glossary terms): the HTML itself comes from the templates, through the store."""

from __future__ import annotations

from typing import Any

from fiitdesk.ui.fonts import document_font
from fiitdesk.ui.resources import sheet_css
from fiitdesk.ui.sheet_browser import SheetBrowser

BASE_POINT_SIZE = 10.0


def show_html(browser: SheetBrowser, context: Any, page: str) -> None:
    """Put ``page`` in ``browser`` with the sheet's font, the user's zoom and the contrast setting."""
    document = browser.document()
    document.setDefaultFont(document_font(BASE_POINT_SIZE + context.zoom))
    document.setDefaultStyleSheet(sheet_css(context.high_contrast))
    browser.set_page(page)
