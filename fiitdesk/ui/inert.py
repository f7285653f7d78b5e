"""Content is data: documents that load nothing, rich-text surfaces that escape, links that ask first.

Qt reads files on behalf of HTML: a ``QTextDocument`` or ``QTextBrowser`` whose ``loadResource`` answers
``None`` for a name lets Qt open that name itself, from the disk (``<img src="/home/…/photo.jpg">`` ends up
in a printed PDF; ``<img src="/dev/zero">`` aborts the program with ``std::bad_alloc``). So every document
FIIT Desk shows or prints is one of these two classes, which answer their own chart images and an *empty*
result for every other name — never ``None``.

Message boxes, labels and tooltips decide by themselves whether text is HTML (``Qt::mightBeRichText``), and
their HTML documents load files too: any text that comes from data (a database, a pack's manifest, a file
name) goes through ``rich_text`` — escaped, then shown as the words it is.

Links from content (sheets, About) go through ``open_web``: only web addresses, only after the user has seen
the address and agreed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

#: Schemes a link from content may open in the system's browser (never file:, never a program's own).
WEB_SCHEMES = ("http", "https")


def _nothing_image() -> Any:
    """What an image that is not ours shows: one transparent pixel. Not None (Qt would then read the name
    from the disk), not empty bytes (Qt would then try the name as a file), not a null image (Qt's layout
    keeps asking again for it, and the sheet cannot scroll to its sections)."""
    from PySide6.QtGui import QImage  # when a page first asks for an image, not at start-up

    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(0)
    return image


def _resource(images: Mapping[str, Any], kind: int, name: QUrl) -> Any:
    image = images.get(name.toString())
    if image is not None:
        return image
    if kind == QTextDocument.ResourceType.ImageResource.value:
        return _nothing_image()
    return QByteArray(b" ")  # a style sheet or anything else: one space, read as nothing


class InertDocument(QTextDocument):
    """A document for printing and PDFs: its chart images, and nothing from anywhere else."""

    def __init__(self, images: Mapping[str, Any] | None = None, parent: Any = None):
        super().__init__(parent)
        self.images: dict[str, Any] = dict(images or {})

    def loadResource(self, kind: int, name: QUrl) -> Any:
        return _resource(self.images, int(kind), name)


class InertBrowser(QTextBrowser):
    """A read-only browser for the screen: its chart images and nothing else; links are only signalled."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.images: dict[str, Any] = {}

    def loadResource(self, kind: int, name: QUrl) -> Any:
        return _resource(self.images, int(kind), name)


def rich_text(text: str) -> str:
    """Plain ``text`` (which may hold data: names, versions, paths) as rich text that shows it literally."""
    escaped = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")  # html.escape(quote=False)
    return "<p>" + escaped.replace("\n", "<br>") + "</p>"


def tooltip(text: str) -> str:
    """A tooltip for data-derived text: shown as written, never read as HTML (empty stays empty)."""
    return rich_text(text) if text else ""


def open_web(parent: QWidget | None, address: str) -> bool:
    """Open an organisation's site in the system browser, only after the user has seen the address and
    agreed; anything but a web address (``file:``, a program's own scheme) is never opened. True if opened."""
    from PySide6.QtGui import QDesktopServices  # (both not at import: each class costs start-up time)
    from PySide6.QtWidgets import QMessageBox

    target = address.strip() if "://" in address else f"http://{address.strip()}"
    url = QUrl(target, QUrl.ParsingMode.StrictMode)
    if not url.isValid() or url.scheme().lower() not in WEB_SCHEMES or not url.host():
        QMessageBox.warning(parent, "FIIT Desk", rich_text(QCoreApplication.translate(
            "Links", "This link is not a web address; FIIT Desk does not open it:\n\n%1").replace("%1", address)))
        return False
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Links", "Open a web page"),
        rich_text(QCoreApplication.translate("Links", "FIIT Desk never connects to the Internet itself. Open this "
                                             "address in your web browser?\n\n%1").replace("%1", target)))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    return bool(QDesktopServices.openUrl(url))
