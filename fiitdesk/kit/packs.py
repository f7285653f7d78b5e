"""Signed data packs: how new data reaches offices without internet, and why a forged one is refused.

A pack (``.fiitpack``) is a zip with three members: ``manifest.json`` (data version, date, schema version,
source documents, size and SHA-256 of the database, the signing key's id), ``manifest.sig`` (an Ed25519
signature of the manifest's exact bytes) and ``fiit.db``. A pack is installed only if its key is one of the
public keys shipped in resources/keys, the signature matches, the schema is the one this program reads,
the database matches the manifest byte for byte, and SQLite's own integrity check passes.

Installing is atomic: the database and its manifest are written under temporary names, flushed, renamed
into ``<user data>/packs/``, and only then does ``active.json`` (itself replaced atomically) point at them.
A process killed at any moment leaves the previous data in use. Nothing here imports Qt.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import sqlite3
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fiitdesk.kit.schema import SCHEMA_VERSION

FORMAT = 1
MANIFEST, SIGNATURE, DATABASE = "manifest.json", "manifest.sig", "fiit.db"
MAX_DATABASE_BYTES = 512 * 1024 * 1024
SQLITE_HEADER = b"SQLite format 3\x00"


class PackError(Exception):
    """A pack was refused; the message says why, in words for the person who tried to import it."""


@dataclass(frozen=True)
class Manifest:
    data_version: str
    created: str
    schema_version: int
    source_documents: list[str]
    db_sha256: str
    db_size: int
    key_id: str

    def to_json(self) -> bytes:
        return json.dumps({"format": FORMAT, **self.__dict__}, ensure_ascii=False, sort_keys=True,
                          indent=1).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes) -> Manifest:
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.pop("format") != FORMAT:
                raise PackError("this pack uses a format this FIIT Desk does not know")
            manifest = cls(**data)
        except PackError:
            raise
        except (ValueError, TypeError, KeyError, UnicodeDecodeError) as exc:
            raise PackError(f"the pack's manifest cannot be read ({type(exc).__name__})") from exc
        if not isinstance(manifest.schema_version, int) or not isinstance(manifest.db_size, int):
            raise PackError("the pack's manifest cannot be read (wrong types)")
        return manifest


def version_key(version: str) -> tuple[int, ...]:
    """'2026.11.23.1' → (2026, 11, 23, 1): data versions compare as numbers, not text."""
    try:
        return tuple(int(part) for part in version.split("."))
    except (AttributeError, ValueError):
        return (-1,)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# -- keys ---------------------------------------------------------------------------------------------


def key_id(public_raw: bytes) -> str:
    return hashlib.sha256(public_raw).hexdigest()[:16]


def generate_keys(out_dir: Path) -> tuple[Path, Path]:
    """A new Ed25519 key pair: the private key (keep it off the repository) and the public key to ship."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    out_dir.mkdir(parents=True, exist_ok=True)
    private = Ed25519PrivateKey.generate()
    public_raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    ident = key_id(public_raw)
    private_path = out_dir / f"fiitdesk-{ident}.private.pem"
    public_path = out_dir / f"fiitdesk-{ident}.pub"
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    public_path.write_text(base64.b64encode(public_raw).decode("ascii") + "\n", encoding="ascii")
    return private_path, public_path


def load_public_keys(folder: Path) -> dict[str, bytes]:
    """The trusted public keys: every ``*.pub`` (base64 of the raw 32 bytes) in ``folder``, by key id."""
    keys: dict[str, bytes] = {}
    for path in sorted(folder.glob("*.pub")) if folder.is_dir() else []:
        try:
            raw = base64.b64decode(path.read_text(encoding="ascii").strip(), validate=True)
        except (ValueError, UnicodeDecodeError):
            continue
        if len(raw) == 32:
            keys[key_id(raw)] = raw
    return keys


# -- building -----------------------------------------------------------------------------------------


def build_pack(database: Path, private_key: Path, output: Path) -> Manifest:
    """Sign ``database`` (built from data/kit) into a pack at ``output``, written atomically."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        private = serialization.load_pem_private_key(private_key.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise PackError(f"cannot read the private key {private_key}: {exc}") from exc
    if not isinstance(private, Ed25519PrivateKey):
        raise PackError(f"{private_key} is not an Ed25519 private key")
    public_raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    with sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True) as db:
        meta = dict(db.execute("SELECT key, value FROM meta"))
    manifest = Manifest(
        data_version=meta["data_version"], created=time.strftime("%Y-%m-%d", time.gmtime()),
        schema_version=int(meta["schema_version"]), source_documents=json.loads(meta["source_documents"]),
        db_sha256=sha256_file(database), db_size=database.stat().st_size, key_id=key_id(public_raw),
    )
    raw = manifest.to_json()
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp_name = tempfile.mkstemp(prefix=".pack-", dir=output.parent)
    os.close(handle)
    try:
        with zipfile.ZipFile(tmp_name, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, raw)
            archive.writestr(SIGNATURE, private.sign(raw))
            archive.write(database, DATABASE)
        os.replace(tmp_name, output)
    finally:
        Path(tmp_name).unlink(missing_ok=True)
    return manifest


# -- verifying ----------------------------------------------------------------------------------------


@dataclass
class VerifiedPack:
    manifest: Manifest
    database: bytes


def verify_pack(path: Path, trusted: dict[str, bytes]) -> VerifiedPack:
    """Every check, in order; raise ``PackError`` with the first reason to refuse."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if not {MANIFEST, SIGNATURE, DATABASE} <= names:
                raise PackError("this is not a FIIT Desk data pack (members missing)")
            if archive.getinfo(DATABASE).file_size > MAX_DATABASE_BYTES:
                raise PackError("the pack's database is implausibly large")
            raw, signature = archive.read(MANIFEST), archive.read(SIGNATURE)
            database = archive.read(DATABASE)
    except PackError:
        raise
    except FileNotFoundError as exc:
        raise PackError(f"{path} does not exist") from exc
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, RuntimeError) as exc:
        raise PackError("this file is not a FIIT Desk data pack, or it is damaged or incomplete") from exc
    except Exception as exc:
        raise PackError("this file is not a FIIT Desk data pack, or it is damaged or incomplete") from exc
    manifest = Manifest.from_json(raw)
    public_raw = trusted.get(manifest.key_id)
    if public_raw is None:
        raise PackError("the pack is signed with a key this FIIT Desk does not trust (unknown publisher)")
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, raw)
    except InvalidSignature as exc:
        raise PackError("the pack's signature does not match: the file was altered or forged") from exc
    if manifest.schema_version != SCHEMA_VERSION:
        raise PackError(f"the pack was made for another version of FIIT Desk (data schema "
                        f"{manifest.schema_version}, this program reads {SCHEMA_VERSION})")
    if len(database) != manifest.db_size or hashlib.sha256(database).hexdigest() != manifest.db_sha256:
        raise PackError("the database inside the pack does not match its signed manifest")
    _check_sqlite(database)
    return VerifiedPack(manifest, database)


def _check_sqlite(database: bytes) -> None:
    if not database.startswith(SQLITE_HEADER):
        raise PackError("the database inside the pack is not an SQLite file")
    with tempfile.TemporaryDirectory(prefix="fiitdesk-check-") as tmp:
        path = Path(tmp) / "check.db"
        path.write_bytes(database)
        try:
            with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as db:
                result = db.execute("PRAGMA integrity_check").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise PackError(f"the database inside the pack is damaged ({exc})") from exc
    if result != "ok":
        raise PackError(f"the database inside the pack is damaged ({result})")


# -- installing and choosing --------------------------------------------------------------------------


def _write_atomically(target: Path, content: bytes) -> None:
    handle, tmp_name = tempfile.mkstemp(prefix=f".{target.name}-", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp_name, target)
    finally:
        Path(tmp_name).unlink(missing_ok=True)


def installed_packs(data_dir: Path) -> list[tuple[Manifest, Path]]:
    """Installed packs, newest data first (unreadable leftovers are ignored)."""
    found = []
    for manifest_path in (data_dir / "packs").glob("*.json"):
        try:
            manifest = Manifest.from_json(manifest_path.read_bytes())
        except (PackError, OSError):
            continue
        database = manifest_path.with_suffix(".db")
        if database.exists():
            found.append((manifest, database))
    return sorted(found, key=lambda item: version_key(item[0].data_version), reverse=True)


def install_pack(path: Path, data_dir: Path, trusted: dict[str, bytes], current_version: str,
                 allow_downgrade: bool = False) -> Manifest:
    """Verify and install a pack; refuse an older one unless the user confirmed the downgrade."""
    pack = verify_pack(path, trusted)
    version = pack.manifest.data_version
    if version_key(version) < version_key(current_version) and not allow_downgrade:
        raise PackError(f"the pack holds older data ({version}) than the data in use ({current_version}); "
                        "confirm the downgrade to install it anyway")
    folder = data_dir / "packs"
    folder.mkdir(parents=True, exist_ok=True)
    stem = "".join(c for c in version if c.isalnum() or c in ".-") or "pack"
    _write_atomically(folder / f"{stem}.db", pack.database)
    _write_atomically(folder / f"{stem}.json", pack.manifest.to_json())
    pointer = {"active": stem, "downgrade": version_key(version) < version_key(current_version)}
    _write_atomically(data_dir / "active.json", json.dumps(pointer).encode("utf-8"))
    return pack.manifest


def return_to_installed(data_dir: Path) -> None:
    """Undo imports: the data shipped with the program is used again (the packs are removed)."""
    _write_atomically_if_dir(data_dir, json.dumps({"active": None}).encode("utf-8"))
    for item in (data_dir / "packs").glob("*") if (data_dir / "packs").is_dir() else []:
        item.unlink(missing_ok=True)


def _write_atomically_if_dir(data_dir: Path, content: bytes) -> None:
    if data_dir.is_dir():
        _write_atomically(data_dir / "active.json", content)


@dataclass
class DataChoice:
    """Which database the program opens, where it comes from, and what the user must be told."""

    path: Path
    origin: str  # "installed" or "pack"
    version: str
    notice: str | None = None
    manifest: Any = None


def quick_check(path: Path, expected_sha256: str | None = None, expected_size: int | None = None) -> str | None:
    """A fast check at start: exists, size, SQLite header, and the manifest's checksum when there is one.

    Returns None if the file looks sound, else the reason. SQLite's full integrity check runs on demand.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    if header != SQLITE_HEADER:
        return "is not an SQLite database (damaged)"
    if expected_size is not None and size != expected_size:
        return "does not have the size its manifest gives (damaged or incomplete)"
    if expected_sha256 is not None and sha256_file(path) != expected_sha256:
        return "does not match the checksum of its manifest (damaged or altered)"
    return None


def choose_database(installed: Path, installed_version: str, data_dir: Path) -> DataChoice:
    """The newest sound data: an imported pack newer than the installed data, else the installed data."""
    active, downgrade = None, False
    try:
        pointer = json.loads((data_dir / "active.json").read_text(encoding="utf-8"))
        active, downgrade = pointer.get("active"), pointer.get("downgrade") is True
    except (OSError, ValueError, AttributeError):
        active = None
    notice = None
    if active:
        for manifest, database in installed_packs(data_dir):
            if database.stem != active:
                continue
            problem = quick_check(database, manifest.db_sha256, manifest.db_size)
            if problem:
                notice = (f"The imported data pack {manifest.data_version} {problem}; FIIT Desk uses the data "
                          "it was installed with. Import the pack again to use it.")
                break
            if downgrade or version_key(manifest.data_version) >= version_key(installed_version):
                return DataChoice(database, "pack", manifest.data_version, None, manifest)
            break
    return DataChoice(installed, "installed", installed_version, notice)


def data_version_of(database: Path) -> str:
    """The data version a database says it holds ("0" if it cannot say: damaged or missing)."""
    try:
        with sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True) as db:
            row = db.execute("SELECT value FROM meta WHERE key = 'data_version'").fetchone()
        return str(row[0]) if row else "0"
    except sqlite3.Error:
        return "0"


def resolve(installed: Path, data_dir: Path) -> DataChoice:
    """What the program opens when no --db is given."""
    return choose_database(installed, data_version_of(installed), data_dir)
