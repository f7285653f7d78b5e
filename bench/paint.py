"""A window's first paint, timed from outside: FIIT Desk or an empty window, from a checkout or frozen.

The program measured reads ``FIITDESK_BENCH_T0`` (the wall clock at its spawn), prints ``first-paint S``
when its window first paints, and quits (``fiitdesk.ui.app``; ``bench/gui_probe.py`` and the frozen floor
for an empty window). It opens at Belgium's sheet, as a user who last read it, on the installed data (no
imported pack): its settings and data folders are a fresh temporary home.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

SETTINGS = "[General]\nlast_view=country-BE\nopen_countries=BE\n"


def first_paint(command: list[str], cwd: Path | None = None) -> float:
    """Seconds from the spawn of ``command`` to the first paint of its window."""
    with tempfile.TemporaryDirectory() as home:
        config = Path(home) / "FIIT Desk"
        config.mkdir()
        (config / "fiitdesk.ini").write_text(SETTINGS, encoding="utf-8")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": home,
               "XDG_DATA_HOME": str(Path(home) / "data"), "FIITDESK_BENCH_T0": repr(time.time())}
        out = subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd, timeout=120,
                             check=True).stdout
    return float(next(line.split()[1] for line in out.splitlines() if line.startswith("first-paint")))


def paired(app: list[str], floor: list[str], runs: int, cwd: Path | None = None) -> tuple[float, float]:
    """Medians of the app's and the floor's first paints, started in turn (a machine slowing down weighs on
    both alike), after one start of each that is not counted (files fresh from a build come from disk)."""
    first_paint(app, cwd), first_paint(floor, cwd)
    pairs = [(first_paint(app, cwd), first_paint(floor, cwd)) for _ in range(runs)]
    return (round(statistics.median(a for a, _ in pairs), 3), round(statistics.median(f for _, f in pairs), 3))
