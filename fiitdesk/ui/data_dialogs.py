"""The window's questions and answers about data: import a pack, return to the installed data, check the data,
and the notices about the data in use.

The decisions are ``fiitdesk.kit.data``'s (typed errors: ``OlderData(current, offered)``, ``PackRefused``,
…); this module only asks the user and shows the answers, in the interface's language. A pack is read and
checked on a worker thread, with a progress dialog whose Cancel stops it — the window stays responsive even
for a pack on a slow USB stick. Every text that holds data (versions, paths, reasons) is escaped
(``inert.rich_text``).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from fiitdesk.kit import data
from fiitdesk.ui.inert import rich_text

CONTEXT = "DataDialogs"

#: What each refused check means, for a person (``packs.PackError.code``); the kit's own words otherwise.
REFUSALS = {
    "missing": QT_TRANSLATE_NOOP("DataDialogs", "The file does not exist."),
    "not-regular": QT_TRANSLATE_NOOP("DataDialogs", "This is not a data pack file (it is a device, a pipe or a "
                                     "folder)."),
    "too-large": QT_TRANSLATE_NOOP("DataDialogs", "This file is too large to be a FIIT Desk data pack."),
    "unreadable": QT_TRANSLATE_NOOP("DataDialogs", "The file cannot be read."),
    "damaged": QT_TRANSLATE_NOOP("DataDialogs", "This file is not a FIIT Desk data pack, or it is damaged or "
                                 "incomplete."),
    "not-a-pack": QT_TRANSLATE_NOOP("DataDialogs", "This file is not a FIIT Desk data pack."),
    "unknown-key": QT_TRANSLATE_NOOP("DataDialogs", "The pack is signed with a key this FIIT Desk does not trust "
                                     "(unknown publisher)."),
    "signature": QT_TRANSLATE_NOOP("DataDialogs", "The pack's signature does not match: the file was altered or "
                                   "forged."),
    "checksum": QT_TRANSLATE_NOOP("DataDialogs", "The database inside the pack does not match its signed "
                                  "description: the file was altered or damaged."),
    "schema": QT_TRANSLATE_NOOP("DataDialogs", "The pack was made for another version of FIIT Desk."),
    "format": QT_TRANSLATE_NOOP("DataDialogs", "The pack uses a format this FIIT Desk does not know."),
}


translate = QCoreApplication.translate


#: Why an installed pack was set aside at opening, for a person (``Notice.code``); the kit's words otherwise.
SET_ASIDE = {
    "missing": QT_TRANSLATE_NOOP("DataDialogs", "some of its files are missing"),
    "unreadable": QT_TRANSLATE_NOOP("DataDialogs", "its files cannot be read"),
    "checksum": QT_TRANSLATE_NOOP("DataDialogs", "its data no longer matches its signature: damaged or altered"),
    "signature": QT_TRANSLATE_NOOP("DataDialogs", "its signature does not match: altered or forged"),
    "unknown-key": QT_TRANSLATE_NOOP("DataDialogs", "it is signed with a key this FIIT Desk does not trust"),
    "manifest": QT_TRANSLATE_NOOP("DataDialogs", "its description is not one FIIT Desk wrote"),
    "unusable": QT_TRANSLATE_NOOP("DataDialogs", "its data cannot be read by this FIIT Desk"),
}


def places_with(trusted: dict[str, bytes] | None) -> data.Places | None:
    """The default places, with other trusted keys if given (tests, and a publisher trying a new key)."""
    if trusted is None:
        return None
    default = data.Places.default()
    return data.Places(default.installed, default.data_dir, trusted)



def warn(parent: QWidget | None, text: str) -> None:
    QMessageBox.warning(parent, "FIIT Desk", rich_text(text))


def inform(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, "FIIT Desk", rich_text(text))


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    return QMessageBox.question(parent, title, rich_text(text)) == QMessageBox.StandardButton.Yes


# -- notices ------------------------------------------------------------------------------------------


def notice_text(notice: data.Notice) -> str:
    """A notice about the data in use, in the interface's language."""
    if notice.kind == "builtin-newer":
        text = translate("DataDialogs", "FIIT Desk now uses the newer data it came with (%1) instead of the "
                                        "older imported data %2.")
        return text.replace("%1", notice.builtin_version).replace("%2", notice.pack_version)
    if notice.kind == "pointer-unreadable":
        return translate("DataDialogs", "The record of which imported data is in use cannot be read; FIIT Desk "
                                        "uses the data it was installed with.")
    text = translate("DataDialogs", "The imported data pack %1 could not be used (%2); FIIT Desk uses the data "
                                    "it was installed with. Import the pack again, or remove it with File → "
                                    "Return to the installed data.")
    known = SET_ASIDE.get(notice.code)
    reason = QCoreApplication.translate(CONTEXT, known) if known else notice.problem
    return text.replace("%1", notice.pack_version).replace("%2", reason)


# -- importing ----------------------------------------------------------------------------------------


class ImportJob(QObject):
    """One install, run on a worker thread; signals come back to the window's thread."""

    progress = Signal(int)  # per mille of the database read and checked
    finished = Signal()  # ``result`` is set: data.Installed, or the exception that stopped the install

    def __init__(self, path: Path, allow_downgrade: bool, places: data.Places | None):
        super().__init__()
        self.path, self.allow_downgrade, self.places = path, allow_downgrade, places
        self.stop = threading.Event()
        self.result: Any = None

    def start(self) -> None:
        threading.Thread(target=self._run, name="fiitdesk-import", daemon=True).start()

    def _run(self) -> None:
        try:
            self.result = data.install(self.path, self.allow_downgrade, self._progress, self.stop.is_set,
                                       places=self.places)
        except Exception as exc:  # handed to the window's thread, which says what happened
            self.result = exc
        self.finished.emit()

    def _progress(self, done: int, total: int) -> None:
        self.progress.emit(int(1000 * done / max(1, total)))


def run_install(parent: QWidget, path: Path, allow_downgrade: bool, places: data.Places | None) -> Any:
    """Install on a worker thread behind a progress dialog (Cancel stops it); the result or the error."""
    job = ImportJob(path, allow_downgrade, places)
    dialog = QProgressDialog(translate("DataDialogs", "Checking the data pack…"),
                             translate("DataDialogs", "Cancel"), 0, 1000, parent)
    dialog.setObjectName("import-progress")
    dialog.setWindowTitle(translate("DataDialogs", "Import a data pack"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.canceled.connect(job.stop.set)
    job.progress.connect(dialog.setValue)
    loop = QEventLoop()
    job.finished.connect(loop.quit)  # queued: the loop ends on the window's thread
    job.start()
    loop.exec()
    dialog.close()
    dialog.deleteLater()
    return job.result


def import_pack(window: Any, path: Path, places: data.Places | None = None) -> bool:
    """Verify and install a pack (asking before a downgrade), then reopen the data; True if installed.
    A refusal, a cancel or a failure says what happened — and that the data in use has not changed."""
    result = run_install(window, path, False, places)
    if isinstance(result, data.OlderData):
        question = translate("DataDialogs", "This pack holds older data (%1) than the data in use (%2).\n\n"
                                            "Install it anyway?")
        if not ask(window, translate("DataDialogs", "Older data"),
                   question.replace("%1", result.offered).replace("%2", result.current)):
            inform(window, translate("DataDialogs", "The older data was not installed; nothing was changed."))
            return False
        result = run_install(window, path, True, places)
    if isinstance(result, data.Installed):
        done = translate("DataDialogs", "Data %1 of %2 installed. FIIT Desk now uses it.")
        inform(window, done.replace("%1", result.manifest.data_version).replace("%2", result.manifest.created))
        if window.session:
            window.session.reload()
        return True
    warn(window, failure_text(result))
    return False


def failure_text(error: BaseException) -> str:
    """What happened, truthfully: a refusal or a stop changed nothing; a failed write left the data in use."""
    if isinstance(error, data.InstallCancelled):
        return translate("DataDialogs", "The import was stopped; nothing was changed.")
    if isinstance(error, data.PackRefused):
        known = REFUSALS.get(error.code)
        reason = QCoreApplication.translate(CONTEXT, known) if known else error.reason
        return translate("DataDialogs", "The data pack was refused and nothing was changed:\n%1").replace("%1", reason)
    if isinstance(error, data.InstallFailed):
        text = translate("DataDialogs", "The data pack could not be installed: %1 cannot be written (%2). The data "
                                        "in use has not changed.")
        return text.replace("%1", str(error.path)).replace("%2", error.strerror)
    text = translate("DataDialogs", "The data pack could not be installed (%1). The data in use has not changed.")
    return text.replace("%1", f"{type(error).__name__}: {error}")


def choose_and_import(window: Any) -> None:
    path, _ = QFileDialog.getOpenFileName(window, translate("DataDialogs", "Import a data pack"), str(Path.home()),
                                          translate("DataDialogs", "FIIT Desk data pack (*.fiitpack)"))
    if path:
        import_pack(window, Path(path))


# -- undoing and checking -----------------------------------------------------------------------------


def return_to_installed(window: Any, places: data.Places | None = None) -> None:
    """Remove the imported packs (after asking); every outcome is said as it is."""
    if not ask(window, "FIIT Desk", translate("DataDialogs", "Remove the imported data packs and use the data "
                                                             "FIIT Desk was installed with?")):
        return
    if window.session:
        # Windows cannot delete a file that is open: let go of the pack's database before removing it; the
        # window reopens on whatever data is then in use, before saying what happened.
        window.store.close()
    try:
        try:
            done = data.return_to_installed(places)
        finally:
            if window.session:
                window.session.reload()
                window = window.session.window
    except data.UninstallFailed as exc:
        text = translate("DataDialogs", "The imported data could not be removed: %1 cannot be written (%2). "
                                        "Nothing was changed.")
        warn(window, text.replace("%1", str(exc.path)).replace("%2", exc.strerror))
        return
    except data.UninstallIncomplete as exc:
        text = translate("DataDialogs", "FIIT Desk uses the data it was installed with again, but %1 file(s) of "
                                        "imported packs could not be removed (%2):\n%3")
        warn(window, text.replace("%1", str(len(exc.left))).replace("%2", exc.strerror)
             .replace("%3", "\n".join(str(p) for p in exc.left)))
    else:
        if not (done.was_in_use or done.removed):
            inform(window, translate("DataDialogs", "FIIT Desk already uses the data it was installed with."))


def check_integrity(window: Any) -> None:
    store, choice = window.store, window.context.data
    problem = data.check_in_use(store, choice)
    if problem is None:
        inform(window, translate("DataDialogs", "The data in use is sound (%1).").replace("%1", str(store.path)))
    else:
        text = translate("DataDialogs", "The data in use is damaged: %1\nReinstall FIIT Desk or import a data pack.")
        warn(window, text.replace("%1", problem))
