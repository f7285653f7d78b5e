"""What the window loads before its first picture: only what that picture needs.

The start-up is measured by ``bench/run.py`` (``first_paint_s`` against an empty window); this test keeps
its lessons from being undone without anyone noticing. It starts ``fiitdesk`` as the desktop entry does, on
a country sheet, and lists the modules loaded when the window paints for the first time. Each one named
below was measured at start-up and moved to its first use (README, Benchmarks): the dialogs, the exporter,
the pack checks and their hashing, the search, dataclasses, the charts and printing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

AT_FIRST_PAINT = """
import json, os, sys
import fiitdesk.ui.main_window as main_window

def first_paint(window, event):
    print(json.dumps(sorted(sys.modules)), flush=True)
    os._exit(0)

main_window.MainWindow.paintEvent = first_paint
from fiitdesk.cli import main
main([])
"""

#: Modules the first picture does without (each was start-up time once).
NOT_BEFORE_THE_FIRST_PAINT = (
    "dataclasses", "hashlib", "csv", "html",  # ~0.3 ms a dataclass; OpenSSL; the CSV writer; an entity table
    "fiitdesk.kit.packs", "fiitdesk.kit.query", "fiitdesk.kit.snippets", "fiitdesk.kit.content",
    "fiitdesk.ui.exporting", "fiitdesk.ui.hotline_finder", "fiitdesk.ui.compare_view", "fiitdesk.ui.search",
    "fiitdesk.ui.charts", "fiitdesk.ui.data_dialogs", "fiitdesk.ui.about", "fiitdesk.ui.help_view",
    "PySide6.QtCharts", "PySide6.QtPrintSupport", "jinja2", "pydantic", "cryptography", "phonenumbers",
)


def test_the_window_paints_a_country_sheet_before_loading_what_it_does_not_show(tmp_path: Path) -> None:
    config = tmp_path / "config" / "FIIT Desk"
    config.mkdir(parents=True)
    (config / "fiitdesk.ini").write_text("[General]\nlast_view=country-BE\nopen_countries=BE\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-c", AT_FIRST_PAINT], capture_output=True, text=True, env=env,
                            cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    loaded = set(json.loads(result.stdout.strip().splitlines()[-1]))
    assert "fiitdesk.ui.country_view" in loaded, "the first picture is a country sheet"
    early = sorted(name for name in NOT_BEFORE_THE_FIRST_PAINT if name in loaded)
    assert not early, f"loaded before the first paint, which does not need them: {early}"
