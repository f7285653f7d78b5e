"""The small HTML pieces the practice and glossary views share: a record's note box and source line,
and how a text browser takes the sheet's font, zoom and contrast. Every text is escaped here."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import QTextBrowser

from fiitdesk.ui.fonts import document_font
from fiitdesk.ui.resources import sheet_css

BASE_POINT_SIZE = 10.0


def note_and_source(record: dict[str, Any], sources: dict[str, Any], labels: dict[str, str]) -> str:
    """The ⚠ note (if any) and the "Source : document — « section », p. N" line of a record."""
    note = (f'<table width="100%" cellpadding="6"><tr><td class="note"><b>⚠ {labels["note"]} :</b> '
            f'{html.escape(record["note"])}</td></tr></table>') if record.get("note") else ""
    source = record["source"]
    document = sources.get(source["doc"], {}).get("label", source["doc"])
    page = f", p. {source['page']}" if source.get("page") else ""
    return (f"{note}<p class='source'>{labels['source']} : {html.escape(document)} — "
            f"« {html.escape(source['section'])} »{page}</p>")


def show_html(browser: QTextBrowser, context: Any, body: str) -> None:
    """Put ``body`` in ``browser`` with the sheet's font, the user's zoom and the contrast setting."""
    document = browser.document()
    document.setDefaultFont(document_font(BASE_POINT_SIZE + context.zoom))
    document.setDefaultStyleSheet(sheet_css(context.high_contrast))
    browser.setHtml(body)
