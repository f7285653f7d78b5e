"""Benchmarks: queries, the window, printing, memory — on the real kit and on one 100 times larger.

Every figure comes with a floor measured in the same run (a raw FTS5 MATCH on the same database, an
empty PySide6 window started the same way), so that a slow machine shows up in both. Not a pass/fail
test: read the ratios against the targets in the README.

    python bench/run.py [--json] [--repeat N] [--no-gui]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import paint  # noqa: E402  (bench/paint.py)

from fiitdesk.kit import query  # noqa: E402
from fiitdesk.kit.build import build_database  # noqa: E402
from fiitdesk.kit.store import SEARCH_CANDIDATES, KitStore  # noqa: E402

HOTLINE_QUERIES = ["bel", "payoke", "Deutschland", "+44 800", "0800", "femmes", "Grece", "116", "royaume uni",
                   "l'aide", "Ελλάδα", "venise", "bruxelles", "ONG", "hébergement", "police", "0032 2 511"]
DIRECTORY_FLOOR_QUERIES = ["bel*", "payoke*", "deutschland*", "femmes*", "grece*", "bruxelles*", "ong*"]
FULLTEXT_QUERIES = ["hebergement", "période de réflexion", "cours de langue", "permis", "travail forcé", "aide",
                    "victime", "Ac.Sé", "Nigeria", "mineurs", "heberg", "l'ile"]
FLOOR_QUERIES = ["hebergement", "permis", "aide", "victime", "nigeria", "mineurs"]
#: In English, the same subjects in English words (the French ones above are searched too: a French query
#: in the English window looks in both languages' indexes).
ENGLISH_QUERIES = ["accommodation", "reflection period", "language courses", "permit", "forced labour", "help",
                   "victim", "minors", "accomm", "island"]


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20, method="inclusive")[18] if len(samples) > 1 else samples[0]


def timed(func: Callable[[str], object], queries: list[str], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        for q in queries:
            start = time.perf_counter()
            func(q)
            samples.append((time.perf_counter() - start) * 1000)
    return round(p95(samples), 3)


def enlarge(source: Path, target: Path, factor: int) -> None:
    """A copy of the kit database with every directory entry and searchable document repeated ``factor`` times
    (in every language's documents table), its FTS5 indexes rebuilt."""
    shutil.copy(source, target)
    db = sqlite3.connect(target)

    def repeat(table: str, key: str) -> None:
        cols = [r[1] for r in db.execute(f"PRAGMA table_info({table})") if r[1] != key]
        n = db.execute(f"SELECT max({key}) FROM {table}").fetchone()[0]
        for copy in range(1, factor):
            db.execute(f"INSERT INTO {table} ({key}, {', '.join(cols)}) SELECT {key} + {copy * n}, "
                       f"{', '.join(cols)} FROM {table} WHERE {key} <= {n}")

    repeat("directory", "id")
    repeat("directory_index", "rowid")
    for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'search_docs%' "
                               "AND sql NOT LIKE '%VIRTUAL%' AND name NOT LIKE '%_fts%'").fetchall():
        repeat(table, "id")
    for (index,) in db.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'").fetchall():
        db.execute(f"INSERT INTO [{index}]([{index}]) VALUES('rebuild')")
    db.commit()
    db.close()


def full_rank(raw: sqlite3.Connection) -> Callable[[str], object]:
    """Option A (before issue 11): FTS5 ranks every match (bm25) and writes a snippet for the best 50."""
    def run(text: str) -> object:
        expression = query.fts_expression(text)
        return raw.execute("""SELECT d.kind, d.title, snippet(search_docs_fts, 1, '[', ']', '…', 16)
                              FROM search_docs_fts JOIN search_docs d ON d.id = search_docs_fts.rowid
                              WHERE search_docs_fts MATCH ? ORDER BY rank LIMIT 50""", [expression]).fetchall()
    return run


def bounded_fts_snippet(raw: sqlite3.Connection) -> Callable[[str], object]:
    """Option B: rank a bounded candidate set, FTS5's snippet() inside the ranking query (so it runs for
    every candidate, not only for the 50 kept)."""
    def run(text: str) -> object:
        expression = query.fts_expression(text)
        return raw.execute(f"""SELECT c.id, c.s FROM (SELECT rowid AS id, rank AS r,
                                   snippet(search_docs_fts, 1, '[', ']', '…', 16) AS s
                               FROM search_docs_fts WHERE search_docs_fts MATCH ? LIMIT {SEARCH_CANDIDATES}) c
                               ORDER BY c.r LIMIT 50""", [expression]).fetchall()
    return run


def database_sizes(path: Path) -> dict[str, float]:
    """The database's size, and how much of it each language after French adds (its translations, its
    search documents and index, its pre-rendered pages)."""
    db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    pages = dict(db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall())
    english = sum(size for name, size in pages.items() if name.startswith(("translations", "search_docs_en",
                                                                            "directory_index_en")))
    sheets = db.execute("SELECT sum(length(html)) FROM sheets WHERE lang = 'en'").fetchone()[0] or 0
    sheets += db.execute("SELECT sum(length(html)) FROM pages WHERE lang = 'en'").fetchone()[0] or 0
    db.close()
    return {"database_mb": round(path.stat().st_size / 1e6, 2),
            "english_tables_mb": round(english / 1e6, 2), "english_pages_mb": round(sheets / 1e6, 2)}


def measure(path: Path, repeat: int) -> dict[str, float]:
    store = KitStore(path)
    english = store.with_language("en")
    raw = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    for q in HOTLINE_QUERIES + FULLTEXT_QUERIES:  # warm the page cache: measure queries, not the disk
        store.hotlines(q)
        store.search(q)
        english.search(q)
    figures = {
        "hotline_query_p95_ms": timed(store.hotlines, HOTLINE_QUERIES, repeat),
        "hotline_en_query_p95_ms": timed(english.hotlines, HOTLINE_QUERIES, repeat),
        "fulltext_query_p95_ms": timed(store.search, FULLTEXT_QUERIES, repeat),
        "fulltext_en_query_p95_ms": timed(english.search, FULLTEXT_QUERIES + ENGLISH_QUERIES, repeat),
        "fulltext_full_rank_p95_ms": timed(full_rank(raw), FULLTEXT_QUERIES, repeat),
        "fulltext_bounded_fts_snippet_p95_ms": timed(bounded_fts_snippet(raw), FULLTEXT_QUERIES, repeat),
        "directory_fts_floor_p95_ms": timed(
            lambda q: raw.execute("SELECT rowid FROM directory_index_fts WHERE directory_index_fts MATCH ? LIMIT 200",
                                  [q]).fetchall(), DIRECTORY_FLOOR_QUERIES, repeat),
        "fts_floor_p95_ms": timed(
            lambda q: raw.execute("SELECT rowid FROM search_docs_fts WHERE search_docs_fts MATCH ? LIMIT 50",
                                  [q]).fetchall(), FLOOR_QUERIES, repeat),
        "directory_entries": store._rows("SELECT count(*) AS n FROM directory")[0]["n"],
        "search_documents": store._rows("SELECT count(*) AS n FROM search_docs")[0]["n"],
    }
    store.close()
    raw.close()
    return figures


def _child(measure: str, subject: str, db: Path, config: Path) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config),
           "FIITDESK_BENCH_T0": repr(time.time())}
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "gui_probe.py"), measure, subject, str(db)],
                         capture_output=True, text=True, env=env, timeout=120, check=True).stdout
    return float(out.strip().splitlines()[-1])


def median_of(runs: int, func: Callable[[], float]) -> float:
    return round(statistics.median(func() for _ in range(runs)), 3)


FINDER_WORDS = ("Deutschland", "payoke", "+44 800 555", "femmes", "Grèce", "bruxelles", "hébergement")


def finder_keystrokes(db: Path, repeat: int, floor: bool = False) -> float:
    """A keystroke in the finder to the updated, repainted list (typing whole words, the whole directory).

    With ``floor``, the same keystrokes and repaints with no query at all: the list is reset to the rows the
    empty search gave, so the difference between the two figures is what the search itself costs.
    """
    from PySide6.QtWidgets import QApplication

    from fiitdesk.kit.store import KitStore
    from fiitdesk.ui.context import AppContext
    from fiitdesk.ui.hotline_finder import HotlineFinder
    from fiitdesk.ui.settings import Settings

    app = QApplication.instance()
    store = KitStore(db)
    finder = HotlineFinder(AppContext(store, Settings()))
    finder.resize(1200, 700)
    finder.show()
    app.processEvents()
    if floor:
        rows = list(finder.model.rows)
        finder.query.textChanged.disconnect()
        finder.query.textChanged.connect(lambda _: finder.model.set_rows(rows, None, "fr"))
    samples = []
    for _ in range(repeat):
        for word in FINDER_WORDS:
            finder.query.clear()
            app.processEvents()
            for end in range(1, len(word) + 1):
                start = time.perf_counter()
                finder.query.setText(word[:end])
                finder.table.viewport().repaint()
                samples.append((time.perf_counter() - start) * 1000)
    finder.close()
    store.close()
    return round(p95(samples), 3)


def pdf_seconds(db: Path, codes: list[str] | None, form: str = "full") -> float:
    """From the store to a written PDF: the sheets of ``codes`` (all countries if None) in ``form``."""
    from fiitdesk.kit.store import KitStore
    from fiitdesk.ui.context import AppContext
    from fiitdesk.ui.printing import write_pdf
    from fiitdesk.ui.settings import Settings
    from fiitdesk.ui.sheets_pdf import sheets_document

    store = KitStore(db)
    context = AppContext(store, Settings())
    chosen = codes or [c["code"] for c in store.countries()]
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        document, footer = sheets_document(context, chosen, form)
        write_pdf(document, Path(tmp) / "out.pdf", footer)
        elapsed = time.perf_counter() - start
    store.close()
    return round(elapsed, 3)


def pdf_floor_seconds() -> float:
    """The floor for a one-page PDF: one paragraph through the same document and writer, nothing to fetch."""
    from fiitdesk.ui.printing import make_document, write_pdf

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        write_pdf(make_document("<p>FIIT Desk</p>"), Path(tmp) / "floor.pdf", "FIIT Desk")
        elapsed = time.perf_counter() - start
    return round(elapsed, 3)


def gui_figures(real: Path, big: Path, repeat: int) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as config_dir:
        config = Path(config_dir)
        os.environ["XDG_CONFIG_HOME"] = str(config)  # the benchmark never touches the user's settings
        from fiitdesk.ui.app import make_app
        from fiitdesk.ui.fonts import load_fonts

        make_app(headless=True)
        load_fonts()
        # The real command, as the desktop entry starts it (the command line, the choice and check of the
        # data, the window), against an empty window started the same way.
        app_paint, floor_paint = paint.paired(
            [sys.executable, "-m", "fiitdesk"],
            [sys.executable, str(ROOT / "bench" / "gui_probe.py"), "first-paint", "floor", str(real)],
            runs=max(5, repeat // 3), cwd=ROOT)
        figures = {
            "first_paint_s": app_paint,
            "first_paint_floor_s": floor_paint,
            "finder_keystroke_p95_ms": finder_keystrokes(real, max(2, repeat // 10)),
            "finder_keystroke_p95_ms_100x": finder_keystrokes(big, 2),
            "finder_keystroke_floor_p95_ms_100x": finder_keystrokes(big, 2, floor=True),
            "sheet_pdf_s": median_of(3, lambda: pdf_seconds(real, ["BE"])),
            "essential_sheet_pdf_s": median_of(5, lambda: pdf_seconds(real, ["BE"], "essential")),
            "pdf_floor_s": median_of(5, pdf_floor_seconds),
            "all_sheets_pdf_s": pdf_seconds(real, None),
            "all_essential_sheets_pdf_s": pdf_seconds(real, None, "essential"),
            "rss_mb_all_tabs": median_of(3, lambda: _child("memory", "app", real, config)),
            "rss_mb_floor": median_of(3, lambda: _child("memory", "floor", real, config)),
        }
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--no-gui", action="store_true", help="only the query figures (no Qt)")
    args = parser.parse_args()
    # The program is measured as installed: with its modules' bytecode, which pip writes for a wheel and the
    # frozen build ships (a checkout run with PYTHONDONTWRITEBYTECODE would compile every module at each start).
    compileall.compile_dir(ROOT / "fiitdesk", quiet=1)
    if not (ROOT / "data" / "fiit.db").is_file():
        sys.exit("bench: data/fiit.db is missing (the window's start-up is measured on the installed data): make db")
    with tempfile.TemporaryDirectory() as tmp:
        real = Path(tmp) / "fiit.db"
        build_database(ROOT / "data" / "kit", real)
        big = Path(tmp) / "fiit-100x.db"
        enlarge(real, big, 100)
        small = measure(real, args.repeat)
        large = measure(big, max(3, args.repeat // 5))
        result = {**small, **{f"{k}_100x": v for k, v in large.items()}, **database_sizes(real)}
        if not args.no_gui:
            result.update(gui_figures(real, big, args.repeat))
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key:32} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
