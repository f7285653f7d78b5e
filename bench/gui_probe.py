"""Child process for the GUI benchmarks: the floor's first paint, and resident memory of the app and the floor.

    python bench/gui_probe.py first-paint floor DB
    python bench/gui_probe.py memory app|floor DB

"first paint" is the time from the parent's spawn (FIITDESK_BENCH_T0, wall clock) to the first Paint
event of the main window, caught by an event filter (a zero timer would quit before anything is drawn).
The app's own first paint is measured on the real command, ``python -m fiitdesk`` (bench/run.py).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    measure, subject, db = sys.argv[1], sys.argv[2], sys.argv[3]
    t0 = float(os.environ["FIITDESK_BENCH_T0"])
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    if subject == "floor":
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.resize(1200, 800)
    else:
        from fiitdesk.kit.store import KitStore
        from fiitdesk.ui.app import make_app
        from fiitdesk.ui.context import AppContext
        from fiitdesk.ui.fonts import load_fonts
        from fiitdesk.ui.main_window import MainWindow
        from fiitdesk.ui.settings import Settings

        app = make_app()
        settings = Settings()
        settings.last_view = "country-BE"  # the first paint shows a country sheet
        app.install_language(settings.language)
        load_fonts()
        window = MainWindow(AppContext(KitStore(Path(db)), settings), app.install_language)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and measure == "first-paint":
                print(f"first-paint {time.time() - t0:.4f}", flush=True)
                QTimer.singleShot(0, app.quit)
                watched.removeEventFilter(self)
            return False

    probe = FirstPaint()
    window.installEventFilter(probe)
    window.show()
    if measure == "memory":
        if subject == "app":
            # Every fixed view, then ten country tabs opened and read one after the other, as a busy day goes.
            for view in window.fixed_views:
                window.tabs.setCurrentWidget(view)
                app.processEvents()
            for country in window.store.countries()[:10]:
                window.show_country(country["code"])
                app.processEvents()
        app.processEvents()
        print(f"{rss_mb():.1f}", flush=True)
        return 0
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
