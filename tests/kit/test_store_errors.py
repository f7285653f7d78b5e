"""A missing, damaged or foreign database gives a clear error naming the file; the store never writes."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from fiitdesk.kit.store import KitStore, StoreError


def test_missing(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as caught:
        KitStore(tmp_path / "absent.db")
    assert caught.value.kind == "missing" and "absent.db" in str(caught.value)


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "fiit.db"
    path.write_bytes(b"this is not SQLite" * 100)
    with pytest.raises(StoreError) as caught:
        KitStore(path)
    assert caught.value.kind == "unreadable" and str(path) in str(caught.value)


def test_wrong_schema(tmp_path: Path) -> None:
    path = tmp_path / "fiit.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE meta (key, value)")
        db.execute("PRAGMA user_version = 999")
    with pytest.raises(StoreError) as caught:
        KitStore(path)
    assert caught.value.kind == "schema" and "999" in str(caught.value)


def test_store_is_read_only(built_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    shutil.copy(built_db, copy)
    before = copy.read_bytes()
    store = KitStore(copy)
    store.search("hébergement")
    store.hotlines("Belgique")
    with pytest.raises(sqlite3.OperationalError):
        store._db.execute("DELETE FROM hotlines")
    store.close()
    assert copy.read_bytes() == before


def test_path_with_spaces_and_accents(built_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "Clé USB" / "FIIT Desk"
    folder.mkdir(parents=True)
    shutil.copy(built_db, folder / "fiit.db")
    assert KitStore(folder / "fiit.db").countries()
