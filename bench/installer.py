"""Installer budgets: the frozen FIIT Desk against an empty PySide6 window frozen the same way.

Builds the installers (build_installer.py, timed), freezes the floor — an empty QMainWindow — with the same
PyInstaller filter and options (resources/installer/qt_filter.py), and prints sizes and frozen first-paint
times side by side. Targets: one-folder <= 1.3x the floor; .deb and .tar.xz <= 40 MB; frozen first paint
<= 1.5x the floor's.

    python bench/installer.py [--json] [--reuse]   (--reuse: measure the last build instead of rebuilding)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

import paint  # bench/paint.py

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build" / "installer"

FLOOR_SCRIPT = '''
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1200, 800)
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.time() - float(os.environ['FIITDESK_BENCH_T0']):.4f}", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
'''

FLOOR_SPEC = '''
import sys
sys.path.insert(0, {filter_dir!r})
from qt_filter import EXCLUDED_MODULES, filtered
analysis = Analysis([{script!r}], excludes=EXCLUDED_MODULES, noarchive=False)
analysis.binaries = filtered(analysis.binaries)
analysis.datas = filtered(analysis.datas)
pyz = PYZ(analysis.pure)
exe = EXE(pyz, analysis.scripts, [], exclude_binaries=True, name="floor", console=True, strip=True, upx=False)
COLLECT(exe, analysis.binaries, analysis.datas, strip=True, upx=False, name="floor")
'''


def folder_mb(folder: Path) -> float:
    return sum(f.lstat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6


def build_floor() -> Path:
    work = BUILD / "floor"
    work.mkdir(parents=True, exist_ok=True)
    script = work / "floor_window.py"
    script.write_text(FLOOR_SCRIPT, encoding="utf-8")
    spec = work / "floor.spec"
    spec.write_text(FLOOR_SPEC.format(filter_dir=str(ROOT / "resources" / "installer"), script=str(script)),
                    encoding="utf-8")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "ERROR",
                    "--workpath", str(work / "work"), "--distpath", str(work / "dist"), str(spec)], check=True)
    return work / "dist" / "floor"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--reuse", action="store_true", help="measure the last build instead of building")
    args = parser.parse_args()
    build_s = None
    if not args.reuse:
        started = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "build_installer.py")], check=True)
        build_s = round(time.perf_counter() - started, 1)
    app = BUILD / "dist" / "app" / "fiitdesk"
    floor = build_floor()
    deb = next((ROOT / "dist").glob("*.deb"))
    tarxz = next((ROOT / "dist").glob("*.tar.xz"))
    result = {
        "onedir_mb": round(folder_mb(app), 1),
        "onedir_floor_mb": round(folder_mb(floor), 1),
        "deb_mb": round(deb.stat().st_size / 1e6, 1),
        "tarxz_mb": round(tarxz.stat().st_size / 1e6, 1),
        "build_s": build_s,
    }
    result["frozen_first_paint_s"], result["frozen_first_paint_floor_s"] = paint.paired(
        [str(app / "fiitdesk")], [str(floor / "floor")], runs=11)
    result["onedir_ratio"] = round(result["onedir_mb"] / result["onedir_floor_mb"], 2)
    result["first_paint_ratio"] = round(result["frozen_first_paint_s"] / result["frozen_first_paint_floor_s"], 2)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key:28} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
