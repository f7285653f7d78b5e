"""Where FIIT Desk finds its files, from a checkout or from a frozen (PyInstaller) folder."""

from __future__ import annotations

import os
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


def user_data_dir() -> Path:
    """Where imported data packs live: the user's data folder, never next to the program."""
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "FIIT Desk"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "FIIT Desk"
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "fiitdesk"


def keys_dir() -> Path:
    """The public keys whose packs this program accepts (shipped with it)."""
    return app_root() / "resources" / "keys"


def resources_dir() -> Path:
    return app_root() / "resources"
