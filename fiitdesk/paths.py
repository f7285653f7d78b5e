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
    return xdg_home("XDG_DATA_HOME", Path(".local") / "share") / "fiitdesk"


def xdg_home(variable: str, default: Path) -> Path:
    """An XDG base folder: the variable's value if it is an absolute path, else ``~/default``.

    The XDG base-directory specification says relative paths must be ignored: honouring one would make the
    data in use follow the current folder (a USB stick, a download folder). Qt does the same for
    ``XDG_CONFIG_HOME``, where the settings live.
    """
    value = os.environ.get(variable, "")
    return Path(value) if value and os.path.isabs(value) else Path.home() / default


def keys_dir() -> Path:
    """The public keys whose packs this program accepts (shipped with it)."""
    return app_root() / "resources" / "keys"


def resources_dir() -> Path:
    return app_root() / "resources"
