"""The decisions about data, in one place: which database is in use, installing a pack, undoing it.

The command line and the window only ask the user and show the answers; neither re-implements a rule, and
neither matches an error's text — every refusal is a typed error (``OlderData(current, offered)``, …).

- ``--db`` wins. Otherwise an imported pack is used if it is proved again at this opening (signature, trusted
  key, size and checksum: ``packs.prove_installed``) and is not older than the data the program came with —
  unless the user confirmed that downgrade *for this very built-in data*: when an update of FIIT Desk brings
  newer data, that data takes over, with a notice. A pack that fails its proof, or cannot be opened or read,
  is set aside for the installed data, with a notice that says how to remove it.
- Installing verifies the pack completely (``packs.verify_pack``) while holding a lock (two installs at once
  cannot leave the older one active), writes the pack's three files under names no other content has, and
  only then switches ``active.json`` (replaced atomically): a process killed at any moment leaves the
  previous data in use, and no file in use is ever replaced (Windows cannot replace an open file).
- Every message says what happened: "nothing was changed" only when nothing was.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from fiitdesk import paths
from fiitdesk.kit import files
from fiitdesk.kit.store import KitStore, StoreError

if TYPE_CHECKING:
    # Imported where a pack is read (not at start-up: most openings have no pack, and packs' module,
    # with hashlib and its dataclasses, is start-up time): bench/run.py first_paint_s.
    from fiitdesk.kit import packs
    from fiitdesk.kit.packs import PackError

POINTER = "active.json"
MAX_POINTER_BYTES = 4096


# -- what the faces are told --------------------------------------------------------------------------


class DataProblem(Exception):
    """Something the user asked about data did not happen (or only partly); the message says exactly what."""


class PackRefused(DataProblem):
    """The pack failed a check; nothing was changed. ``code`` is the check (``packs.PackError.code``)."""

    def __init__(self, error: PackError):
        self.code = error.code
        self.reason = str(error)
        super().__init__(f"refused: {error}; nothing was changed")


class OlderData(DataProblem):
    """The pack holds older data than the data in use: installed only if the user confirms the downgrade."""

    def __init__(self, current: str, offered: str):
        self.current, self.offered = current, offered
        super().__init__(f"the pack holds older data ({offered}) than the data in use ({current}); nothing was "
                         "changed — confirm the downgrade to install it anyway")


class InstallCancelled(DataProblem):
    def __init__(self) -> None:
        super().__init__("the import was stopped; nothing was changed")


class InstallFailed(DataProblem):
    """A file could not be written; ``path`` says which. The data in use is the one used before."""

    def __init__(self, path: Path, error: OSError):
        self.path, self.strerror = Path(path), error.strerror or str(error)
        super().__init__(f"cannot write {path}: {self.strerror}; the pack was not installed and the data in "
                         "use has not changed (no file of the pack was left behind)")


class UninstallFailed(DataProblem):
    def __init__(self, path: Path, error: OSError):
        self.path, self.strerror = Path(path), error.strerror or str(error)
        super().__init__(f"cannot write {path}: {self.strerror}; nothing was changed, the imported data is "
                         "still in use")


class UninstallIncomplete(DataProblem):
    """The installed data is in use again, but some files of the imported packs could not be removed."""

    def __init__(self, left: list[Path], error: OSError):
        self.left, self.strerror = left, error.strerror or str(error)
        super().__init__(f"FIIT Desk uses the data it was installed with again, but {len(left)} file(s) of "
                         f"imported packs could not be removed ({self.strerror}): "
                         + ", ".join(str(p) for p in left))


class Notice(NamedTuple):
    """Something the user must be told about the data in use. ``kind`` lets each face word it itself:
    "pack-set-aside" (a pack failed its proof or could not be used: ``problem`` says how), "builtin-newer"
    (newer data came with the program and replaces an older pack), "pointer-unreadable"."""

    kind: str
    pack_version: str = ""
    builtin_version: str = ""
    problem: str = ""
    code: str = ""  # for "pack-set-aside": the check that failed (packs.PackError.code), or "unusable"

    @property
    def text(self) -> str:
        if self.kind == "builtin-newer":
            return (f"FIIT Desk now uses the newer data it came with ({self.builtin_version}) instead of the "
                    f"older imported data {self.pack_version}.")
        if self.kind == "pointer-unreadable":
            return ("The record of which imported data is in use cannot be read; FIIT Desk uses the data it "
                    "was installed with.")
        return (f"The imported data pack {self.pack_version} was set aside ({self.problem}); FIIT Desk uses the "
                "data it was installed with. Import the pack again, or remove it ('fiitdesk pack uninstall', or "
                "File → Return to the installed data).")


class DataChoice:
    """Which database the program opens, where it comes from, and what the user must be told.

    (Plain classes and named tuples here, not dataclasses: creating a dataclass costs start-up time, and
    this module is imported by every opening of the window: bench/run.py first_paint_s.)
    """

    def __init__(self, path: Path, origin: str, version: str | None = None, notice: Notice | None = None,
                 manifest: packs.Manifest | None = None, expire_pointer: bool = False):
        self.path = path
        self.origin = origin  # "installed", "pack" or "override" (--db)
        self._version = version
        self.notice = notice
        self.manifest = manifest
        self.expire_pointer = expire_pointer

    @property
    def version(self) -> str:
        """The data version (``data_version_of`` the database when not given: read on first use)."""
        if self._version is None:
            self._version = data_version_of(self.path)
        return self._version

    def __repr__(self) -> str:
        return f"DataChoice({self.path!r}, {self.origin!r}, {self.version!r}, notice={self.notice!r})"


class Installed(NamedTuple):
    manifest: packs.Manifest
    downgrade: bool
    folder: Path


class Uninstalled(NamedTuple):
    removed: int
    was_in_use: bool


# -- data versions -------------------------------------------------------------------------------


def version_key(version: str) -> tuple[int, ...]:
    """'2026.11.23.1' → (2026, 11, 23, 1): data versions compare as numbers, not text."""
    try:
        return tuple(int(part) for part in version.split("."))
    except (AttributeError, ValueError):
        return (-1,)


def data_version_of(database: Path) -> str:
    """The data version a database says it holds ("0" if it cannot say: damaged or missing)."""
    try:
        with files.read_only(database) as db:
            row = db.execute("SELECT value FROM meta WHERE key = 'data_version'").fetchone()
        return str(row[0]) if row else "0"
    except (sqlite3.Error, OSError):
        return "0"


# -- where things are ---------------------------------------------------------------------------------


class TrustedKeys(Mapping[str, bytes]):
    """The trusted public keys of ``folder`` (``packs.load_public_keys``), read when one is first asked for: most
    openings of the program have no pack to prove, and reading the keys (hashing them for their ids) would
    add to every start-up."""

    def __init__(self, folder: Path):
        self.folder = folder
        self._keys: dict[str, bytes] | None = None

    def _loaded(self) -> dict[str, bytes]:
        if self._keys is None:
            from fiitdesk.kit import packs

            self._keys = packs.load_public_keys(self.folder)
        return self._keys

    def __getitem__(self, ident: str) -> bytes:
        return self._loaded()[ident]

    def __iter__(self) -> Iterator[str]:
        return iter(self._loaded())

    def __len__(self) -> int:
        return len(self._loaded())


class Places(NamedTuple):
    """The program's own database, the user's data folder and the trusted keys (tests give their own)."""

    installed: Path
    data_dir: Path
    trusted: Mapping[str, bytes]

    @classmethod
    def default(cls) -> Places:
        return cls(paths.default_db_path(), paths.user_data_dir(), TrustedKeys(paths.keys_dir()))

    @property
    def packs(self) -> Path:
        return self.data_dir / "packs"


@contextlib.contextmanager
def _locked(data_dir: Path) -> Iterator[None]:
    """One install or uninstall at a time, across processes (the lock dies with its process). On POSIX the
    folder itself is locked, so no lock file is left behind; Windows locks a byte of a ``.lock`` file."""
    data_dir.mkdir(parents=True, exist_ok=True)
    if os.name == "nt":
        import msvcrt

        fd = os.open(data_dir / ".lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
            yield
        finally:
            os.close(fd)  # closing releases the lock
        return
    import fcntl

    fd = os.open(data_dir, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _missing_folders(folder: Path) -> list[Path]:
    """``folder`` and its ancestors that do not exist yet, parents first: an install that fails removes
    what it made."""
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    return missing[::-1]


def _unmake(folders: list[Path]) -> None:
    for folder in reversed(folders):
        with contextlib.suppress(OSError):
            folder.rmdir()  # only if still empty


def _read_pointer(data_dir: Path) -> tuple[dict[str, Any], bool]:
    """``active.json`` as a dict, and whether it exists but cannot be read."""
    try:
        pointer = json.loads(files.read_bounded(data_dir / POINTER, MAX_POINTER_BYTES).decode("utf-8"))
    except FileNotFoundError:
        return {}, False
    except (OSError, ValueError, RecursionError):
        return {}, True
    return (pointer, False) if isinstance(pointer, dict) else ({}, True)


def _write_pointer(data_dir: Path, pointer: dict[str, Any]) -> None:
    files.write_atomically(data_dir / POINTER, json.dumps(pointer, sort_keys=True).encode("utf-8"), 0o600)


# -- choosing -----------------------------------------------------------------------------------------


def current_choice(places: Places | None = None) -> DataChoice:
    """The data in use when no --db is given: a proved pack, else the data the program came with."""
    places = places or Places.default()
    installed = DataChoice(places.installed, "installed")  # its version read when asked (start-up time)
    pointer, unreadable = _read_pointer(places.data_dir)
    if unreadable:
        installed.notice = Notice("pointer-unreadable")
        return installed
    stem = pointer.get("active")
    if not isinstance(stem, str) or not stem or "/" in stem or "\\" in stem or stem.startswith("."):
        return installed
    from fiitdesk.kit import packs
    from fiitdesk.kit.packs import PackError

    builtin = installed.version
    pack = packs.InstalledPack(places.packs, stem)
    version = stem.split("-", 1)[0]
    try:
        manifest = packs.prove_installed(pack, places.trusted)
    except PackError as exc:
        installed.notice = Notice("pack-set-aside", version, builtin, str(exc), exc.code)
        return installed
    offered = manifest.data_version
    if version_key(offered) < version_key(builtin):
        confirmed = pointer.get("downgrade") is True and pointer.get("builtin_version") == builtin
        if not confirmed:
            installed.notice = Notice("builtin-newer", offered, builtin)
            installed.expire_pointer = True
            return installed
    return DataChoice(pack.database, "pack", offered, None, manifest)


def probe(store: KitStore) -> None:
    """Read a little of everything the window reads first; raise ``StoreError`` if the data fails."""
    try:
        store.meta.get("data_version")
        list(store.sources.values())
        countries = store.countries()
        if not countries:
            raise StoreError("unreadable", store.path, f"the kit database {store.path} holds no country")
        store.country(countries[0]["code"])
        store.sheet_html(countries[0]["code"])
        store.sheet_sections(countries[0]["code"])
    except StoreError:
        raise
    except (LookupError, TypeError, ValueError) as exc:
        raise StoreError("unreadable", store.path, f"the kit database {store.path} cannot be used "
                         f"({type(exc).__name__}: {exc})") from exc


def open_data(db_override: Path | None = None, places: Places | None = None) -> tuple[KitStore, DataChoice]:
    """The store and what it was opened on; raises ``StoreError`` only when no usable data is left."""
    if db_override is not None:
        store = KitStore(db_override)
        try:
            probe(store)
        except StoreError:
            store.close()
            raise
        return store, DataChoice(db_override, "override", store.meta.get("data_version", "0"))
    places = places or Places.default()
    choice = current_choice(places)
    if choice.expire_pointer:
        with contextlib.suppress(OSError), _locked(places.data_dir):
            _write_pointer(places.data_dir, {"active": None, "expired": True})
    if choice.origin == "pack":
        try:
            return _opened(choice.path), choice
        except StoreError as exc:
            choice = DataChoice(places.installed, "installed", data_version_of(places.installed),
                                Notice("pack-set-aside", choice.version, "", str(exc), "unusable"))
    return _opened(places.installed), choice


def _opened(path: Path) -> KitStore:
    store = KitStore(path)
    try:
        probe(store)
    except StoreError:
        store.close()
        raise
    return store


def fallback_after_failure(choice: DataChoice, error: Exception,
                           places: Places | None = None) -> tuple[KitStore, DataChoice]:
    """Opened data failed while the window was being built: the installed data, with a notice. Raises the
    error again if there is nothing to fall back to (the failing data *is* the installed data)."""
    places = places or Places.default()
    if choice.origin != "pack":
        raise error
    notice = Notice("pack-set-aside", choice.version, "", str(error), "unusable")
    return _opened(places.installed), DataChoice(places.installed, "installed",
                                                 data_version_of(places.installed), notice)


def check_in_use(store: KitStore, choice: DataChoice | None, places: Places | None = None) -> str | None:
    """"Check the data's integrity": a pack in use is proved again (signature, checksum), then SQLite's full
    integrity check runs. None if sound, else what is wrong."""
    if choice is not None and choice.origin == "pack":
        from fiitdesk.kit import packs
        from fiitdesk.kit.packs import PackError

        places = places or Places.default()
        try:
            packs.prove_installed(packs.InstalledPack(choice.path.parent, choice.path.stem), places.trusted)
        except PackError as exc:
            return f"{choice.path} {exc}"
    result = store.integrity_check()
    return None if result == "ok" else result


# -- installing and undoing ---------------------------------------------------------------------------


def install(pack_file: Path, allow_downgrade: bool = False, progress: packs.Progress | None = None,
            cancelled: packs.Cancelled | None = None, places: Places | None = None) -> Installed:
    """Verify and install a pack; refuse older data unless the user confirmed the downgrade.

    Raises ``PackRefused``, ``OlderData``, ``InstallCancelled`` or ``InstallFailed``; in every case the data
    in use is the one used before, and no file of the refused pack is left behind.
    """
    places = places or Places.default()
    folder = places.packs
    created = _missing_folders(folder)
    try:
        return _install(pack_file, allow_downgrade, progress, cancelled, places)
    except BaseException:
        _unmake(created)  # a refused pack leaves no trace, not even empty folders
        raise


def _install(pack_file: Path, allow_downgrade: bool, progress: packs.Progress | None,
             cancelled: packs.Cancelled | None, places: Places) -> Installed:
    from fiitdesk.kit import packs
    from fiitdesk.kit.packs import PackError, ReadingCancelled

    folder = places.packs
    held = contextlib.ExitStack()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        held.enter_context(_locked(places.data_dir))
    except OSError as exc:
        raise InstallFailed(Path(exc.filename or folder), exc) from exc
    with held:
        _remove_leftovers(folder)
        try:
            verified = packs.verify_pack(pack_file, places.trusted, folder, places.installed, progress, cancelled)
        except PackError as exc:
            raise PackRefused(exc) from exc
        except ReadingCancelled as exc:
            raise InstallCancelled() from exc
        except OSError as exc:  # the streamed copy could not be written (a full disk): it was removed
            raise InstallFailed(Path(exc.filename or folder), exc) from exc
        try:
            return _commit(verified, allow_downgrade, places)
        finally:
            verified.database.unlink(missing_ok=True)


def _commit(verified: packs.VerifiedPack, allow_downgrade: bool, places: Places) -> Installed:
    from fiitdesk.kit import packs

    manifest = verified.manifest
    current = current_choice(places)
    older = version_key(manifest.data_version) < version_key(current.version)
    if older and not allow_downgrade:
        raise OlderData(current.version, manifest.data_version)
    builtin = data_version_of(places.installed)
    pack = packs.InstalledPack(places.packs, packs.pack_stem(manifest))
    in_use = current.origin == "pack" and current.path == pack.database
    written: list[Path] = []
    target = pack.database
    try:
        if not in_use:
            target = pack.database
            written.append(pack.database)  # before: a file half put in place is removed too
            os.replace(verified.database, pack.database)
        for path, content in ((pack.signature_file, verified.signature),
                              (pack.manifest_file, verified.raw_manifest)):
            target = path
            if not (in_use and path.exists()):
                written.append(path)
                files.write_atomically(path, content, 0o600)
        target = places.data_dir / POINTER
        _write_pointer(places.data_dir, {"active": pack.stem, "builtin_version": builtin,
                                         "downgrade": version_key(manifest.data_version) < version_key(builtin)})
    except OSError as exc:
        for path in written:
            path.unlink(missing_ok=True)
        raise InstallFailed(target, exc) from exc
    _remove_other_packs(places.packs, keep=pack.stem)
    return Installed(manifest, older, places.data_dir)


def _remove_leftovers(folder: Path) -> None:
    """Streamed copies and half-written files left by a killed install, in the packs folder and beside
    ``active.json`` (the lock is held: no install is running)."""
    for pattern in (".incoming-*", ".fiitdesk-*.tmp"):
        for leftover in [*folder.glob(pattern), *folder.parent.glob(pattern)]:
            with contextlib.suppress(OSError):
                leftover.unlink()


def _remove_other_packs(folder: Path, keep: str) -> None:
    """Older packs are no longer in use once the pointer moved; a file still open elsewhere (Windows) stays
    until the next install."""
    for path in folder.iterdir():
        if path.stem != keep and path.suffix in (".db", ".json", ".sig"):
            with contextlib.suppress(OSError):
                path.unlink()


def return_to_installed(places: Places | None = None) -> Uninstalled:
    """Undo imports: the data the program came with is used again, then the packs' files are removed.

    Raises ``UninstallFailed`` (nothing changed) or ``UninstallIncomplete`` (the installed data is in use
    again, some files remain); the message of each says which.
    """
    places = places or Places.default()
    if not places.data_dir.is_dir():
        return Uninstalled(0, False)
    was_in_use = current_choice(places).origin == "pack"
    try:
        with _locked(places.data_dir):
            try:
                _write_pointer(places.data_dir, {"active": None})
            except OSError as exc:
                raise UninstallFailed(places.data_dir / POINTER, exc) from exc
            removed, left, error = 0, [], None
            for path in sorted(places.packs.iterdir()) if places.packs.is_dir() else []:
                try:
                    path.unlink()
                    removed += 1
                except OSError as exc:
                    left.append(path)
                    error = exc
    except UninstallFailed:
        raise
    except OSError as exc:
        raise UninstallFailed(Path(exc.filename or places.data_dir), exc) from exc
    if left and error is not None:
        raise UninstallIncomplete(left, error)
    return Uninstalled(removed, was_in_use)
