"""Printable documents assembled from the store: country sheets (each from a new page) and the hotline card.

A country sheet prints in one of two forms: the essential sheet (one A4 page per country) or the full
dossier (every section, as many pages as it takes). The essential sheet comes from the build at several
budget levels (``fiitdesk.kit.essential``); this module lays each level out on an A4 page and keeps the
first that fits on one, so the page never overflows onto a second, whatever the data.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QTextDocument

from fiitdesk.kit.labels import words
from fiitdesk.ui.resources import sheet_css, sheet_labels

#: The card's base size; its template sets the numbers large enough to read from a metre away.
CARD_POINT_SIZE = 8.0
#: The essential sheet: large enough to read on a wall at arm's length, small enough for one page.
ESSENTIAL_POINT_SIZE = 9.5

#: The share of the page an essential sheet may fill when measured (the rest is room for rounding).
FIT_MARGIN = 0.97

#: The two forms of a printed country sheet.
FORMS = ("essential", "full")

_measure_device: list[Any] = []


def _body(html: str) -> str:
    return html[html.index("<body>") + len("<body>"):html.rindex("</body>")] if "<body>" in html else html


def sheets_document(context: Any, codes: list[str], form: str = "full",
                    original: bool = False) -> tuple[QTextDocument, str]:
    """The sheets of ``codes`` in ``form`` ("essential" or "full"), each country from a new page; with
    ``original``, the French original of a translated sheet (what the reader has on screen)."""
    if form == "essential":
        return essential_document(context, codes, original)
    from fiitdesk.ui import printing
    from fiitdesk.ui.charts import sheet_images

    store = context.store
    labels = sheet_labels(context.language)
    parts: list[str] = []
    images: dict[str, Any] = {}
    for code in codes:
        parts.append(_body(context.sheet_html(code, "print", original)))
        images.update(sheet_images(code, store.sheet_charts(code), labels))
    document = printing.make_document(_joined(parts), images, css=sheet_css(False))
    return document, context.footer(_title(context, codes, "full_dossier"), _source_labels(context, codes),
                                    original)


def essential_document(context: Any, codes: list[str], original: bool = False) -> tuple[QTextDocument, str]:
    """One A4 page per country: for each, the most detailed budget level that lays out on one page."""
    from fiitdesk.ui import printing

    css = sheet_css(False)
    parts = []
    for code in codes:
        levels = context.essential_levels(code, original)
        chosen = levels[-1]
        for html in levels:
            if _fits_one_page(printing.make_document(html, css=css, point_size=ESSENTIAL_POINT_SIZE)):
                chosen = html
                break
        parts.append(_body(chosen))
    document = printing.make_document(_joined(parts), css=css, point_size=ESSENTIAL_POINT_SIZE)
    return document, context.footer(_title(context, codes, "essential_sheet"), _source_labels(context, codes),
                                    original)


def _fits_one_page(document: QTextDocument) -> bool:
    """Whether ``document`` lays out on one page of the printed A4 layout (margins and footer included)."""
    from PySide6.QtCore import QBuffer, QIODevice, QSizeF
    from PySide6.QtGui import QPdfWriter

    from fiitdesk.ui import printing

    if not _measure_device:  # one device for the whole session: a document never outlives its paint device
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(96)
        printing.configure_a4(writer)
        _measure_device.extend([buffer, writer])
    writer = _measure_device[1]
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    document.documentLayout().setPaintDevice(writer)
    height = page.height() - printing.FOOTER_HEIGHT
    document.setPageSize(QSizeF(page.width(), height))
    # A little room to spare: the printer's own layout may round a line differently.
    return document.pageCount() <= 1 and document.size().height() <= height * FIT_MARGIN


def _joined(parts: list[str]) -> str:
    pages = [body if i == 0 else f'<div style="page-break-before: always;">{body}</div>'
             for i, body in enumerate(parts)]
    return "<html><body>" + "".join(pages) + "</body></html>"


def _title(context: Any, codes: list[str], form_key: str) -> str:
    catalog = words(context.language)
    if len(codes) == 1:
        return f"{context.country_name(codes[0])} — {catalog[form_key].lower()}"
    return f"{catalog['sheets_count'].format(n=len(codes))} — {catalog[form_key].lower()}"


def _source_labels(context: Any, codes: list[str]) -> list[str]:
    labels: list[str] = []
    for code in codes:
        for source in context.store.country(code)["sources"]:
            if source["label"] not in labels:
                labels.append(source["label"])
    return labels


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
