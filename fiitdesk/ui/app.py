"""Starting the application: fonts, language, style, the database, the window — and clean failures.

If the database is missing, damaged or of another schema, the user gets one message that names the file
and says what to do, and the application exits without writing anything. An unexpected error inside a
running window becomes a message too, never a traceback.
"""

from __future__ import annotations

import gc
import math
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

from fiitdesk import paths

STORE_ERRORS = {
    "missing": QT_TRANSLATE_NOOP("FiitApplication", "The FIIT Desk database was not found:\n%1\n\nRebuild it "
                                 "with 'make run' in the FIIT Desk folder, or reinstall FIIT Desk."),
    "unreadable": QT_TRANSLATE_NOOP("FiitApplication", "The FIIT Desk database cannot be read (damaged or not a "
                                    "FIIT Desk file):\n%1\n\nRebuild it with 'make run' in the FIIT Desk "
                                    "folder, or reinstall FIIT Desk."),
    "schema": QT_TRANSLATE_NOOP("FiitApplication", "The FIIT Desk database was made for another version of "
                                "FIIT Desk:\n%1\n\nRebuild it with 'make run' in the FIIT Desk folder, or "
                                "reinstall FIIT Desk."),
}


class FiitApplication(QApplication):
    """QApplication with the three things FIIT Desk switches at run time: language, contrast and zoom."""

    def __init__(self, argv: list[str]):
        super().__init__(argv)
        self.setApplicationName("FIIT Desk")
        self.setOrganizationName("FIIT Desk")
        self.setApplicationDisplayName("FIIT Desk")
        self._translators: list[QTranslator] = []
        self._default_palette = self.palette()  # a copy: QPalette(…) would set up the Qt namespace (11 ms)
        self._base_point_size = self.font().pointSizeF() if self.font().pointSizeF() > 0 else 10.0
        self.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "fiitdesk.png")))

    def install_language(self, language: str) -> bool:
        """Load the interface translation; English is the source language. Returns False if a file is missing."""
        for translator in self._translators:
            self.removeTranslator(translator)
        self._translators = []
        if language == "en":
            # The source language needs only its plural forms ("1 number", "6 numbers"): fiitdesk_en.ts holds
            # them (lupdate -pluralonly); without it the window still works, saying "6 number(s)".
            plurals = QTranslator(self)
            if plurals.load(str(paths.resources_dir() / "i18n" / "fiitdesk_en.qm")):
                self.installTranslator(plurals)
                self._translators.append(plurals)
            QLocale.setDefault(QLocale(QLocale.Language.English))
            return True
        ok = True
        ours = QTranslator(self)
        if ours.load(str(paths.resources_dir() / "i18n" / f"fiitdesk_{language}.qm")):
            self.installTranslator(ours)
            self._translators.append(ours)
        else:
            ok = False
        qt_own = QTranslator(self)
        if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self.installTranslator(qt_own)
            self._translators.append(qt_own)
        QLocale.setDefault(QLocale(language))
        return ok

    def apply_zoom(self, zoom: int) -> None:
        """Scale every text of the window — tables, lists, tabs, menus, dialogs — by ``zoom`` points.

        The application font reaches every widget that has not set its own; the sheets' documents follow
        the same zoom through their own default font (``country_view``, ``record_html``).
        """
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, self._base_point_size + zoom))
        self.setFont(font)

    def apply_style(self, high_contrast: bool) -> None:
        if not high_contrast:
            self.setPalette(self._default_palette)
            self.setStyleSheet("")
            return
        from PySide6.QtGui import QColor, QPalette  # only for high contrast: each class is start-up time

        palette = QPalette()
        black, white, yellow = QColor("black"), QColor("white"), QColor("#ffff00")
        for role, colour in ((QPalette.ColorRole.Window, black), (QPalette.ColorRole.WindowText, white),
                             (QPalette.ColorRole.Base, white), (QPalette.ColorRole.Text, black),
                             (QPalette.ColorRole.Button, black), (QPalette.ColorRole.ButtonText, white),
                             (QPalette.ColorRole.Highlight, yellow), (QPalette.ColorRole.HighlightedText, black),
                             (QPalette.ColorRole.ToolTipBase, yellow), (QPalette.ColorRole.ToolTipText, black),
                             (QPalette.ColorRole.AlternateBase, QColor("#e0e0e0"))):
            palette.setColor(role, colour)
        self.setPalette(palette)
        self.setStyleSheet((paths.resources_dir() / "style" / "high-contrast.qss").read_text(encoding="utf-8"))


def make_app(argv: list[str] | None = None, headless: bool = False) -> FiitApplication:
    """The one QApplication; ``headless`` draws offscreen (PDFs, self-test, screenshots on a server)."""
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    existing = QApplication.instance()
    if existing is not None:
        if not isinstance(existing, FiitApplication):
            raise RuntimeError("another QApplication exists; tests must use FiitApplication (qapp_cls)")
        return existing
    return FiitApplication(argv or [sys.argv[0]])


def open_store(db_path: Path | None) -> Any:
    """The store for headless commands: --db, else the data in use (fiitdesk.kit.data); a notice about it
    goes to stderr, as the command line's do."""
    from fiitdesk.errors import shown
    from fiitdesk.kit.data import open_data

    store, choice = open_data(db_path)
    if choice.notice:
        print(f"fiitdesk: {shown(choice.notice.text)}", file=sys.stderr)
    return store


def store_error_text(app: QApplication, error: Any) -> str:
    """The message for data that cannot be used, escaped: the path in it may hold anything."""
    from fiitdesk.ui.inert import rich_text

    template = app.translate("FiitApplication", STORE_ERRORS.get(error.kind, STORE_ERRORS["unreadable"]))
    return rich_text(template.replace("%1", str(error.path)))


def _tell(parent: Any, text: str, critical: bool = False) -> None:
    """A message box (already escaped ``text``). QMessageBox is imported only when there is something to say:
    setting up its class is start-up time (bench/run.py first_paint_s)."""
    from PySide6.QtWidgets import QMessageBox

    (QMessageBox.critical if critical else QMessageBox.warning)(parent, "FIIT Desk", text)


def _install_excepthook(app: QApplication) -> None:
    """An unexpected error in a running window: one message, one line on stderr, the window goes on."""

    def hook(kind: type[BaseException], value: BaseException, tb: Any) -> None:
        import traceback

        where = traceback.extract_tb(tb)[-1] if tb else None
        place = f" ({Path(where.filename).name}:{where.lineno})" if where else ""
        from fiitdesk.errors import shown
        from fiitdesk.ui.inert import rich_text

        print(f"fiitdesk: unexpected error: {shown(f'{kind.__name__}: {value}{place}')}", file=sys.stderr)
        _tell(None, rich_text(app.translate(
            "FiitApplication", "Something went wrong: %1\nFIIT Desk goes on; please report this.")
            .replace("%1", str(value))))

    sys.excepthook = hook


class Session:
    """One running application: it opens the data, the window, and reopens both after an import.

    If the data chosen fails while the window is being built (an imported pack that passed its checks but
    cannot be used), the window opens on the installed data with a notice, and File → Return to the
    installed data removes the pack: the window always opens when any usable data is left.
    """

    def __init__(self, app: FiitApplication, settings: Any, db_override: Path | None):
        self.app = app
        self.settings = settings
        self.db_override = db_override
        self.window: Any = None
        self.choice: Any = None

    def open_store(self) -> Any:
        """The store on --db, else on the data in use; remembers the choice for About and notices."""
        from fiitdesk.kit.data import open_data

        store, self.choice = open_data(self.db_override)
        return store

    def _build(self, store: Any) -> Any:
        """The window on ``store``; raises if building it failed — also when the failure happened in a slot
        Qt called while the window was being built (those reach ``sys.excepthook``, not the caller)."""
        from fiitdesk.ui.context import AppContext
        from fiitdesk.ui.main_window import MainWindow

        caught: list[BaseException] = []
        hook = sys.excepthook
        sys.excepthook = lambda kind, value, tb: caught.append(value)
        try:
            window = MainWindow(AppContext(store, self.settings, self.choice), self.app.install_language, self)
        finally:
            sys.excepthook = hook
        if caught:
            raise caught[0]
        return window

    def open_window(self) -> Any:
        from fiitdesk.kit.data import fallback_after_failure
        from fiitdesk.kit.store import StoreError

        store = self.open_store()
        previous = self.window
        try:
            window = self._build(store)
        except (StoreError, LookupError, TypeError, ValueError) as exc:
            self._discard_partial_windows(previous)
            store.close()
            error = exc if isinstance(exc, StoreError) else StoreError("unreadable", store.path, str(exc))
            store, self.choice = fallback_after_failure(self.choice, error)
            window = self._build(store)
        self.window = window
        started = _bench_start()
        if started is not None:
            _report_first_paint(self.app, self.window, started)
        self.window.show()
        if previous is not None:
            previous.close()
            previous.context.store.close()
        if self.choice.notice:
            from fiitdesk.ui.data_dialogs import notice_text
            from fiitdesk.ui.inert import rich_text

            notice = rich_text(notice_text(self.choice.notice))
            QTimer.singleShot(0, lambda: _tell(self.window, notice))
        return self.window

    def _discard_partial_windows(self, keep: Any) -> None:
        """A window whose building failed half-way still exists in Qt, with timers pending on the data that
        failed: delete it now, before any of them fires."""
        from PySide6.QtCore import QCoreApplication, QEvent

        from fiitdesk.ui.main_window import MainWindow

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget is not keep:
                widget.hide()
                widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)

    def reload(self) -> None:
        """After importing a pack or returning to the installed data: the same window, the new data."""
        from fiitdesk.kit.store import StoreError

        try:
            self.open_window()
        except StoreError as exc:
            _tell(self.window, store_error_text(self.app, exc), critical=True)


def run(args: Any) -> int:
    """``fiitdesk gui``: open the window on the database; 1 if it cannot be used."""
    from fiitdesk.kit.store import StoreError
    from fiitdesk.ui.fonts import FontMissing, load_fonts
    from fiitdesk.ui.settings import Settings

    app = make_app()
    settings = Settings()
    app.install_language(settings.language)
    try:
        load_fonts()
    except FontMissing as exc:
        from fiitdesk.ui.inert import rich_text

        _tell(None, rich_text(str(exc)), critical=True)
        return 1
    if settings.zoom:
        app.apply_zoom(settings.zoom)  # before the window is built, so it is laid out once
    session = Session(app, settings, Path(args.db) if getattr(args, "db", None) else None)
    try:
        session.open_window()
    except StoreError as exc:
        from fiitdesk.errors import shown

        print(f"fiitdesk: {shown(exc)}", file=sys.stderr)
        _tell(None, store_error_text(app, exc), critical=True)
        return 1
    app.apply_style(settings.high_contrast)
    _install_excepthook(app)
    # The garbage collector, off since the start (fiitdesk.cli.cmd_gui), comes back once the window is on
    # screen, or after two seconds if it starts hidden.
    session.window.first_painted.connect(gc.enable)
    QTimer.singleShot(2000, gc.enable)
    return app.exec()


def _bench_start() -> float | None:
    """``FIITDESK_BENCH_T0`` as a wall-clock time, or None when it is unset or not a number: an environment
    variable is input too, and the window opens whatever it holds."""
    try:
        started = float(os.environ.get("FIITDESK_BENCH_T0", ""))
    except ValueError:
        return None
    return started if math.isfinite(started) else None


def _report_first_paint(app: QApplication, window: Any, started: float) -> None:
    """Benchmark hook (bench/installer.py), off unless FIITDESK_BENCH_T0 is set: print the time from the
    launch (wall clock given by the caller) to the window's first paint, then quit."""
    import time

    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                print(f"first-paint {time.time() - started:.4f}", flush=True)
                watched.removeEventFilter(self)
                QTimer.singleShot(0, app.quit)
            return False

    window._first_paint_probe = FirstPaint(window)
    window.installEventFilter(window._first_paint_probe)
