"""The data-pack dialogs of the window: import a pack, return to the installed data, check the data.

The kit decides (``fiitdesk.kit.packs``); these functions only ask the user and show the answer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox


def choose_and_import(window: Any) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("DataDialogs", "Import a data pack"),
        str(Path.home()),
        QCoreApplication.translate("DataDialogs", "FIIT Desk data pack (*.fiitpack)"),
    )
    if path:
        import_pack(window, Path(path))


def import_pack(window: Any, path: Path, trusted: dict | None = None) -> bool:
    """Verify and install a pack (asking before a downgrade), then reopen the data. Refusals change nothing."""
    from fiitdesk import paths
    from fiitdesk.kit import packs

    keys = trusted if trusted is not None else packs.load_public_keys(paths.keys_dir())
    context = window.context
    current = context.data.version if context.data else window.store.meta.get("data_version", "0")
    try:
        try:
            manifest = packs.install_pack(path, paths.user_data_dir(), keys, current)
        except packs.PackError as exc:
            if "older data" not in str(exc):
                raise
            answer = QMessageBox.question(
                window,
                QCoreApplication.translate("DataDialogs", "Older data"),
                QCoreApplication.translate(
                    "DataDialogs",
                    "This pack holds older data than the data in use:\n%1\n\nInstall it anyway?",
                ).replace("%1", str(exc)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            manifest = packs.install_pack(path, paths.user_data_dir(), keys, current, allow_downgrade=True)
    except packs.PackError as exc:
        window.fail(
            QCoreApplication.translate(
                "DataDialogs", "The data pack was refused and nothing was changed:\n%1"
            ).replace("%1", str(exc))
        )
        return False
    except OSError as exc:
        window.fail(
            QCoreApplication.translate(
                "DataDialogs", "The data pack could not be installed (%1); nothing was changed."
            ).replace("%1", exc.strerror or str(exc))
        )
        return False
    QMessageBox.information(
        window,
        "FIIT Desk",
        QCoreApplication.translate("DataDialogs", "Data %1 of %2 installed. FIIT Desk now uses it.")
        .replace("%1", manifest.data_version)
        .replace("%2", manifest.created),
    )
    if window.session:
        window.session.reload()
    return True


def return_to_installed(window: Any) -> None:
    from fiitdesk import paths
    from fiitdesk.kit import packs

    answer = QMessageBox.question(
        window,
        "FIIT Desk",
        QCoreApplication.translate(
            "DataDialogs", "Remove the imported data packs and use the data FIIT Desk was installed with?"
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    try:
        packs.return_to_installed(paths.user_data_dir())
    except OSError as exc:
        window.fail(
            QCoreApplication.translate("DataDialogs", "The imported data could not be removed (%1).").replace(
                "%1", exc.strerror or str(exc)
            )
        )
        return
    if window.session:
        window.session.reload()


def check_integrity(window: Any) -> None:
    result = window.store.integrity_check()
    if result == "ok":
        QMessageBox.information(
            window,
            "FIIT Desk",
            QCoreApplication.translate("DataDialogs", "The data in use is sound (%1).").replace(
                "%1", str(window.store.path)
            ),
        )
    else:
        window.fail(
            QCoreApplication.translate(
                "DataDialogs", "The data in use is damaged: %1\nReinstall FIIT Desk or import a data pack."
            ).replace("%1", result)
        )
