"""Sheets, the comparison and the hotline card on paper and in PDF: A4, page numbers, source and date.

The same HTML as on screen goes into a QTextDocument, laid out page by page by hand, so that each page
gets a footer with the source, the data version and "page n / N". Failures (a folder that cannot be
written, a printer that refuses) raise ``PrintFailed`` with a message for the user; nothing else changes.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from fiitdesk.ui.fonts import document_font

FOOTER_HEIGHT = 30.0
PAGE_NUMBER_WIDTH = 60.0


class PrintFailed(RuntimeError):
    """Printing or writing a PDF did not happen; the message says why, for the user."""


def make_document(html: str, images: Mapping[str, QImage] | None = None, css: str = "",
                  point_size: float = 10.0) -> QTextDocument:
    """A document with the shipped font and its chart images; no resource is ever loaded from outside."""
    document = QTextDocument()
    document.setDefaultFont(document_font(point_size))
    document.setDefaultStyleSheet(css)
    for name, image in (images or {}).items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(html)
    return document


def new_pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    configure_a4(printer)
    return printer


def configure_a4(printer: QPrinter) -> None:
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(15, 14, 15, 12), QPageLayout.Unit.Millimeter))


def paint_document(document: QTextDocument, printer: QPrinter, footer: str) -> int:
    """Lay ``document`` out on ``printer``'s pages with a footer; return the number of pages."""
    painter = QPainter()
    if not painter.begin(printer):
        target = printer.outputFileName() or printer.printerName() or "?"
        raise PrintFailed(target)
    try:
        page = printer.pageRect(QPrinter.Unit.DevicePixel)
        width, height = page.width(), page.height() - FOOTER_HEIGHT
        document.documentLayout().setPaintDevice(printer)
        document.setPageSize(QSizeF(width, height))
        pages = max(1, document.pageCount())
        footer_font = QFont(document.defaultFont())
        footer_font.setPointSizeF(7.5)
        for number in range(pages):
            if number:
                printer.newPage()
            painter.save()
            painter.translate(0, -number * height)
            document.drawContents(painter, QRectF(0, number * height, width, height))
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(Qt.GlobalColor.darkGray)
            painter.drawLine(0, int(height + 4), int(width), int(height + 4))
            # The page number keeps its own corner; the footer wraps rather than run under it.
            text_box = QRectF(0, height + 6, width - PAGE_NUMBER_WIDTH, FOOTER_HEIGHT - 6)
            number_box = QRectF(width - PAGE_NUMBER_WIDTH, height + 6, PAGE_NUMBER_WIDTH, FOOTER_HEIGHT - 6)
            painter.drawText(text_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, footer)
            painter.drawText(number_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                             f"{number + 1} / {pages}")
        return pages
    finally:
        painter.end()


def write_pdf(document: QTextDocument, path: Path, footer: str) -> int:
    """Write ``document`` to ``path`` as an A4 PDF; raise ``PrintFailed`` if the file cannot be written."""
    path = Path(path)
    writable = os.access(path, os.W_OK) if path.exists() else os.access(path.parent, os.W_OK)
    if path.is_dir() or not path.parent.is_dir() or not writable:
        raise PrintFailed(str(path))
    printer = new_pdf_printer(path)
    return paint_document(document, printer, footer)


def pages_on_a4(document: QTextDocument) -> int:
    """How many A4 pages ``document`` would take under ``paint_document``'s footer: measured, not printed.

    Laid out on an in-memory QPdfWriter (which, unlike QPrinter, asks no print server anything).
    """
    from PySide6.QtCore import QBuffer
    from PySide6.QtGui import QPdfWriter

    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(96)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 14, 15, 12), QPageLayout.Unit.Millimeter))
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    document.documentLayout().setPaintDevice(writer)
    document.setPageSize(QSizeF(page.width(), page.height() - FOOTER_HEIGHT))
    return max(1, document.pageCount())
