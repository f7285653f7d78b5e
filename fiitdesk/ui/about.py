"""Help → About: the program's version, the data in use and where it comes from, and when the information
dates from — each source document's year and the date its numbers and addresses describe (``as_of``).

Every field comes from the database or a pack's manifest, so every field is escaped: data is never markup.
The box's label opens no link by itself (a QMessageBox's does, without asking); a link goes through the one
confirmation every link from content goes through (``inert.open_web``).
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from fiitdesk import __version__
from fiitdesk.ui.inert import open_web

translate = QCoreApplication.translate


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def about_text(window: Any) -> str:
    store, choice = window.store, window.context.data
    meta = store.meta
    origins = {"pack": translate("About", "an imported data pack"),
               "override": translate("About", "a file chosen with --db")}
    origin = origins.get(choice.origin if choice else "", translate("About", "the data FIIT Desk was installed with"))
    line = translate("About", "%1 — %2, %3: information as of %4 (%5)")
    sources = "".join(
        "<li>" + line.replace("%1", _e(s["title"])).replace("%2", _e(s["publisher"])).replace("%3", _e(s["year"] or ""))
        .replace("%4", _e(s.get("as_of") or s["period"])).replace("%5", _e(s["label"])) + "</li>"
        for s in sorted(store.sources.values(), key=lambda s: -int(s["year"] or 0)))
    version = (translate("About", "Data version %1, built %2.").replace("%1", _e(meta.get("data_version", "?")))
               .replace("%2", _e(meta.get("build_time", "?"))))
    in_use = translate("About", "In use: %1 (%2).").replace("%1", _e(origin)).replace("%2", _e(store.path))
    network = translate("About", "<b>FIIT Desk never connects to a network.</b> Everything it shows is stored on "
                                 "this computer; it keeps no record of what you search for. Web addresses of "
                                 "organisations open in your browser only when you click them and agree.")
    dates = translate("About", "The information dates from:")
    return (f"<h2>FIIT Desk {_e(__version__)}</h2><p>{version}</p><p>{in_use}</p>"
            f"<p>{dates}</p><ul>{sources}</ul><p>{network}</p>")


def show_about(window: Any) -> None:
    box = QMessageBox(window)
    box.setObjectName("about")
    box.setWindowTitle(translate("About", "About FIIT Desk"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text(window))
    box.setIconPixmap(window.windowIcon().pixmap(64, 64))
    label = box.findChild(QLabel, "qt_msgbox_label")
    if label is not None:
        label.setOpenExternalLinks(False)
        label.linkActivated.connect(lambda link: open_web(window, link))
    box.exec()
