"""About FIIT Desk: the program's version, the data in use, and the sources with the years they describe."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from fiitdesk import __version__


def about_text(window: Any) -> str:
    store, context, e = window.store, window.context, html.escape
    meta = store.meta
    sources = "".join(
        f"<li>{e(s['title'])} — {e(s['publisher'])}, {e(str(s['year'] or s['as_of']))} ({e(s['label'])})</li>"
        for s in store.sources.values()
    )
    origin = {
        "pack": QCoreApplication.translate("AboutBox", "an imported data pack"),
        "override": QCoreApplication.translate("AboutBox", "a file chosen with --db"),
    }.get(
        context.data.origin if context.data else "",
        QCoreApplication.translate("AboutBox", "the data FIIT Desk was installed with"),
    )
    return (
        f"<h2>FIIT Desk {e(__version__)}</h2>"
        + QCoreApplication.translate("AboutBox", "<p>Data version %1, built %2.</p>")
        .replace("%1", e(meta.get("data_version", "?")))
        .replace("%2", e(meta.get("build_time", "?")))
        + QCoreApplication.translate("AboutBox", "<p>In use: %1 (%2).</p>")
        .replace("%1", origin)
        .replace("%2", e(str(store.path)))
        + QCoreApplication.translate("AboutBox", "<p>Sources:</p>")
        + f"<ul>{sources}</ul>"
        + QCoreApplication.translate(
            "AboutBox",
            "<p><b>FIIT Desk never connects to a network.</b> Everything it shows is stored on "
            "this computer; it keeps no record of what you search for. Web addresses of "
            "organisations open in your browser only when you click them and agree.</p>",
        )
    )


def show_about(window: Any) -> None:
    QMessageBox.about(window, QCoreApplication.translate("AboutBox", "About FIIT Desk"), about_text(window))
