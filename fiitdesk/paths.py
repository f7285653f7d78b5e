"""Where FIIT Desk finds its files, from a checkout or from a frozen (PyInstaller) folder."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder that holds ``data/`` and ``resources/``: the checkout, or the frozen app's folder."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def default_db_path() -> Path:
    return app_root() / "data" / "fiit.db"


def kit_dir() -> Path:
    return app_root() / "data" / "kit"


def resources_dir() -> Path:
    return app_root() / "resources"
