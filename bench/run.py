"""Benchmarks: query latency on the real kit and on a synthetic kit 100 times larger.

Prints figures beside a floor measured in the same run (a raw FTS5 MATCH on the same database), so that
a slow machine shows up in both. Not a pass/fail test: read the ratios.

    python bench/run.py [--json] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fiitdesk.kit.build import build_database  # noqa: E402
from fiitdesk.kit.store import KitStore  # noqa: E402

HOTLINE_QUERIES = ["bel", "payoke", "Deutschland", "+44 800", "0800", "femmes", "Grece", "116", "royaume uni",
                   "l'aide", "Ελλάδα", "venise"]
FULLTEXT_QUERIES = ["hebergement", "période de réflexion", "cours de langue", "permis", "travail forcé", "aide",
                    "victime", "Ac.Sé", "Nigeria", "mineurs", "heberg", "l'ile"]
FLOOR_QUERIES = ["hebergement", "permis", "aide", "victime", "nigeria", "mineurs"]


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
    """A copy of the kit database with every hotline and searchable document repeated ``factor`` times."""
    shutil.copy(source, target)
    db = sqlite3.connect(target)
    hot_cols = [r[1] for r in db.execute("PRAGMA table_info(hotlines)") if r[1] != "id"]
    idx_cols = [r[1] for r in db.execute("PRAGMA table_info(hotline_index)") if r[1] != "rowid"]
    doc_cols = [r[1] for r in db.execute("PRAGMA table_info(search_docs)") if r[1] != "id"]
    n_hot = db.execute("SELECT max(id) FROM hotlines").fetchone()[0]
    n_doc = db.execute("SELECT max(id) FROM search_docs").fetchone()[0]
    for copy in range(1, factor):
        db.execute(f"INSERT INTO hotlines (id, {', '.join(hot_cols)}) SELECT id + {copy * n_hot}, "
                   f"{', '.join(hot_cols)} FROM hotlines WHERE id <= {n_hot}")
        db.execute(f"INSERT INTO hotline_index (rowid, {', '.join(idx_cols)}) SELECT rowid + {copy * n_hot}, "
                   f"{', '.join(idx_cols)} FROM hotline_index WHERE rowid <= {n_hot}")
        db.execute(f"INSERT INTO search_docs (id, {', '.join(doc_cols)}) SELECT id + {copy * n_doc}, "
                   f"{', '.join(doc_cols)} FROM search_docs WHERE id <= {n_doc}")
    db.execute("INSERT INTO hotline_index_fts(hotline_index_fts) VALUES('rebuild')")
    db.execute("INSERT INTO search_docs_fts(search_docs_fts) VALUES('rebuild')")
    db.commit()
    db.close()


def measure(path: Path, repeat: int) -> dict[str, float]:
    store = KitStore(path)
    raw = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    for q in HOTLINE_QUERIES + FULLTEXT_QUERIES:  # warm the page cache: measure queries, not the disk
        store.hotlines(q)
        store.search(q)
    figures = {
        "hotline_query_p95_ms": timed(store.hotlines, HOTLINE_QUERIES, repeat),
        "fulltext_query_p95_ms": timed(store.search, FULLTEXT_QUERIES, repeat),
        "fts_floor_p95_ms": timed(
            lambda q: raw.execute("SELECT rowid FROM search_docs_fts WHERE search_docs_fts MATCH ? LIMIT 50",
                                  [q]).fetchall(), FLOOR_QUERIES, repeat),
        "hotlines": store._rows("SELECT count(*) AS n FROM hotlines")[0]["n"],
        "search_documents": store._rows("SELECT count(*) AS n FROM search_docs")[0]["n"],
    }
    store.close()
    raw.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        real = Path(tmp) / "fiit.db"
        build_database(ROOT / "data" / "kit", real)
        big = Path(tmp) / "fiit-100x.db"
        enlarge(real, big, 100)
        small = measure(real, args.repeat)
        large = measure(big, max(3, args.repeat // 5))
    result = {**small, **{f"{k}_100x": v for k, v in large.items()}}
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key:32} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
