"""The build: deterministic content, a meta table, full-text indexes that fold accents."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from fiitdesk.kit.build import build_database
from fiitdesk.kit.schema import SCHEMA_VERSION
from tests.conftest import FIIT_CODES, KIT_DIR


def _dump(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                           "AND name NOT LIKE '%fts%' AND name != 'meta' ORDER BY name")]
        return [(t, *row) for t in tables for row in db.execute(f"SELECT * FROM [{t}] ORDER BY rowid")]


def test_same_sources_give_the_same_content(tmp_path: Path, built_db: Path) -> None:
    again = tmp_path / "again.db"
    meta = build_database(KIT_DIR, again)
    with sqlite3.connect(built_db) as db:
        first = dict(db.execute("SELECT key, value FROM meta"))
    assert meta["content_checksum"] == first["content_checksum"]
    assert _dump(again) == _dump(built_db)


def test_meta_describes_the_build(built_db: Path) -> None:
    with sqlite3.connect(built_db) as db:
        meta = dict(db.execute("SELECT key, value FROM meta"))
    assert meta["schema_version"] == str(SCHEMA_VERSION)
    assert len(meta["content_checksum"]) == 64
    assert "Kit FIIT, OIM 2013" in meta["source_documents"]
    assert meta["data_version"] and meta["build_time"].endswith("Z")


def test_every_fiit_country_has_its_chapter(store) -> None:
    chapters = [c["code"] for c in store.countries() if c["has_chapter"]]
    assert chapters == FIIT_CODES


def test_fulltext_index_folds_accents_and_case(built_db: Path) -> None:
    with sqlite3.connect(built_db) as db:
        sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'search_docs_fts'").fetchone()[0]
        assert "remove_diacritics 2" in sql
        counts = [db.execute("SELECT count(*) FROM search_docs_fts WHERE search_docs_fts MATCH ?", [q]).fetchone()[0]
                  for q in ("hebergement", "HÉBERGEMENT", "heberg*")]
    assert counts[0] > 0 and counts[0] == counts[1] <= counts[2]


def test_foreign_keys_hold(built_db: Path) -> None:
    with sqlite3.connect(built_db) as db:
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
