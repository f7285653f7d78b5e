"""Which database to open: the one place that decides, for the command line, the window and the self-test.

``--db`` wins. Otherwise the newest sound data: an imported pack (see packs.choose_database), or the data
the program was installed with. A pack that passed the quick check but cannot be opened falls back to the
installed data with a notice, so a damaged import never leaves anyone without data.
"""

from __future__ import annotations

from pathlib import Path

from fiitdesk import paths
from fiitdesk.kit.packs import DataChoice, data_version_of, resolve
from fiitdesk.kit.store import KitStore, StoreError


def open_data(db_override: Path | None = None) -> tuple[KitStore, DataChoice]:
    """The store and what it was opened on; raises ``StoreError`` only when no usable data is left."""
    if db_override is not None:
        return KitStore(db_override), DataChoice(db_override, "override", data_version_of(db_override))
    installed = paths.default_db_path()
    choice = resolve(installed, paths.user_data_dir())
    try:
        return KitStore(choice.path), choice
    except StoreError:
        if choice.origin != "pack":
            raise
    fallback = DataChoice(installed, "installed", data_version_of(installed),
                          f"The imported data pack {choice.version} cannot be opened; FIIT Desk uses the data "
                          "it was installed with.")
    return KitStore(installed), fallback
