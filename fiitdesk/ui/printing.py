"""Sheets, the comparison and the hotline card on paper and in PDF: A4, page numbers, source and date.

The same HTML as on screen goes into a document that loads nothing (``fiitdesk.ui.inert``), laid out page
by page by hand, so that each page gets a footer with the source, the data version and "page n / N".

PDF files are made with ``QPdfWriter``, never ``QPrinter``: QPrinter's constructor asks the print system for
its default printer, which means a connection to CUPS — on 127.0.0.1:631, or on an office print server named
by ``CUPS_SERVER`` or ``/etc/cups/client.conf``, which then learns the user's name. The print system is used
only when the user prints to a printer (the window's print dialog and preview). The PDF is drawn into
memory, then written by ``fiitdesk.kit.files.write_atomically``: beside the target, flushed, its size and
content checked, then renamed — so a full disk or ``/dev/full`` is an error, never a truncated file reported
as written, and the file gets exactly the name the user gave (even one that is not valid UTF-8).

Failures raise ``PrintFailed`` with the reason; nothing else changes.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QImage, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from fiitdesk.kit import files
from fiitdesk.ui.fonts import document_font
from fiitdesk.ui.inert import InertDocument

#: Device pixels per inch of the PDF: the layout (and so the pages) match what the screen preview shows.
PDF_RESOLUTION = 96

FOOTER_HEIGHT = 30.0
PAGE_NUMBER_WIDTH = 60.0


class PrintFailed(RuntimeError):
    """Printing or writing a PDF did not happen; the message says why, for the user. ``path`` is the file
    (None for a printer) and ``reason`` the system's words, when there are some."""

    def __init__(self, target: str, reason: str = "", path: Path | None = None):
        self.target, self.reason, self.path = target, reason, path
        super().__init__(f"{target}: {reason}" if reason else target)


def make_document(html: str, images: Mapping[str, QImage] | None = None, css: str = "",
                  point_size: float = 10.0) -> QTextDocument:
    """A document with the shipped font and its chart images; it loads nothing else, from anywhere."""
    document = InertDocument(images)
    document.setDefaultFont(document_font(point_size))
    document.setDefaultStyleSheet(css)
    document.setHtml(html)
    return document


def configure_a4(device: QPagedPaintDevice) -> None:
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 14, 15, 12), QPageLayout.Unit.Millimeter))


def paint_document(document: QTextDocument, device: QPagedPaintDevice, footer: str) -> int:
    """Lay ``document`` out on the pages of ``device`` (a QPdfWriter, or the QPrinter the user chose) with a
    footer; return the number of pages."""
    painter = QPainter()
    if not painter.begin(device):
        target = getattr(device, "printerName", lambda: "")() or "PDF"
        raise PrintFailed(target)
    try:
        page = device.pageLayout().paintRectPixels(device.resolution())
        width, height = page.width(), page.height() - FOOTER_HEIGHT
        document.documentLayout().setPaintDevice(device)
        document.setPageSize(QSizeF(width, height))
        pages = max(1, document.pageCount())
        footer_font = QFont(document.defaultFont())
        footer_font.setPointSizeF(7.5)
        for number in range(pages):
            if number:
                device.newPage()
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


def pdf_bytes(document: QTextDocument, footer: str, title: str = "") -> tuple[bytes, int]:
    """The PDF of ``document`` (A4, footers), drawn in memory by QPdfWriter; and its number of pages."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setCreator("FIIT Desk")
    writer.setTitle(title or footer)
    configure_a4(writer)
    pages = paint_document(document, writer, footer)  # QPainter.end() writes the PDF's last bytes
    del writer
    buffer.close()
    content = bytes(buffer.data().data())
    if not content.startswith(b"%PDF-") or b"%%EOF" not in content[-64:]:
        raise PrintFailed("PDF", "the PDF could not be made")
    return content, pages


def write_pdf(document: QTextDocument, path: Path | Any, footer: str) -> int:
    """Write ``document`` to ``path`` as an A4 PDF, completely or not at all; return the number of pages.

    Raises ``PrintFailed`` (naming ``path``) if the file cannot be written: a folder that does not exist or
    may not be written, a name that is a folder or a device, a full disk.
    """
    path = Path(path)
    try:
        files.check_writable_target(path)
    except OSError as exc:
        raise PrintFailed(str(path), "not a regular file", path) from exc
    content, pages = pdf_bytes(document, footer)
    try:
        files.write_atomically(path, content)
    except OSError as exc:
        raise PrintFailed(str(path), exc.strerror or str(exc), path) from exc
    return pages


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
