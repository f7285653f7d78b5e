"""Printable documents assembled from the store: country sheets (each from a new page) and the hotline card."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QTextDocument

from fiitdesk.ui.resources import sheet_css, sheet_labels

#: The card's base size; its template sets the numbers large enough to read from a metre away.
CARD_POINT_SIZE = 8.0


def sheets_document(context: Any, codes: list[str]) -> tuple[QTextDocument, str]:
    """The print sheets of ``codes``, each starting on a new page, with the footer that dates them."""
    from fiitdesk.ui import printing
    from fiitdesk.ui.charts import sheet_images

    store = context.store
    labels = sheet_labels(context.language)
    parts: list[str] = []
    images: dict[str, Any] = {}
    sources: list[str] = []
    names: list[str] = []
    for i, code in enumerate(codes):
        html = store.sheet_html(code, context.language, "print")
        body = html[html.index("<body>") + len("<body>"):html.rindex("</body>")] if "<body>" in html else html
        parts.append(body if i == 0 else f'<div style="page-break-before: always;">{body}</div>')
        images.update(sheet_images(code, store.sheet_charts(code), labels))
        record = store.country(code)
        names.append(record["name"])
        for source in record["sources"]:
            if source["label"] not in sources:
                sources.append(source["label"])
    html = "<html><body>" + "".join(parts) + "</body></html>"
    document = printing.make_document(html, images, css=sheet_css(False))
    title = names[0] if len(names) == 1 else f"{len(names)} fiches pays"
    return document, context.footer(title, sources)


def hotline_card_document(context: Any, card: Any) -> tuple[QTextDocument, str]:
    """The hotline card (``fiitdesk.kit.card``: the whole card, one country's, or the finder's results), in
    the largest type that keeps it on one A4 page."""
    from fiitdesk.kit.card import SCALES, render_card
    from fiitdesk.ui import printing

    for scale in SCALES:
        html = render_card(card, context.store.meta, context.language, scale)
        document = printing.make_document(html, css=sheet_css(False), point_size=CARD_POINT_SIZE * scale)
        if printing.pages_on_a4(document) == 1:
            break
    return document, context.footer(card.title, card.source_labels)
