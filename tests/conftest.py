"""Shared fixtures: the real curated kit, built once per test session into a temporary database."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
KIT_DIR = ROOT / "data" / "kit"
SEEDS = ROOT.parent / "shared" / "seeds"
FIIT_SEED = SEEDS / "000_a0c9964b0e057998.txt"
EMN_SEED = SEEDS / "003_4bbcb7d4cb772e36.txt"
FIIT_CODES = ["BE", "FR", "IT", "HU", "GB"]


@pytest.fixture(scope="session")
def built_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real kit, built by the real build into a fresh file (never the developer's data/fiit.db)."""
    from fiitdesk.kit.build import build_database

    path = tmp_path_factory.mktemp("db") / "fiit.db"
    build_database(KIT_DIR, path)
    return path


@pytest.fixture(scope="session")
def store(built_db: Path) -> Iterator[object]:
    from fiitdesk.kit.store import KitStore

    kit_store = KitStore(built_db)
    yield kit_store
    kit_store.close()


@pytest.fixture()
def kit_copy(tmp_path: Path) -> Path:
    """A writable copy of the real kit, for tests that break it on purpose."""
    target = tmp_path / "kit"
    shutil.copytree(KIT_DIR, target)
    return target


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The FIIT kit as extracted, with hyphenation and line breaks undone, for checking transcriptions."""
    if not FIIT_SEED.exists():
        pytest.skip(f"source document not found at {FIIT_SEED}")
    from tests.seedtext import flatten

    return flatten(FIIT_SEED.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def emn_text() -> str:
    """The EMN study as extracted, flattened like ``seed_text``."""
    if not EMN_SEED.exists():
        pytest.skip(f"source document not found at {EMN_SEED}")
    from tests.seedtext import flatten

    return flatten(EMN_SEED.read_text(encoding="utf-8"))
