"""Signed data packs: the format, how a pack is signed, and how one is proved before anything trusts it.

A pack (``.fiitpack``) is a zip with exactly three members: ``manifest.json`` (data version, date, schema
version, source documents, size and SHA-256 of the database, the signing key's id), ``manifest.sig`` (the
Ed25519 signature of the manifest's exact bytes) and ``fiit.db``.

A pack is untrusted until its signature holds, so ``verify_pack`` reads it in an order that gives a hostile
file nothing to work with: the name must be a regular file (not ``/dev/zero``, not a FIFO) of bounded size;
the manifest and the signature are read with limits of a few KiB; the manifest is parsed into a validated
model (pydantic, imported only here: it stays out of the program's start-up); the key must be trusted and
the signature must hold — all before a byte of the database is read. The database is then streamed into a
temporary file while it is hashed (never held in memory), and must match the signed size and checksum, pass
SQLite's integrity check, be made like the program's own database, hold valid JSON and sheets that load
nothing. Reading can be followed (``progress``) and stopped (``cancelled``).

Once installed, a pack keeps its manifest and signature beside its database, and ``prove_installed`` checks
the three again at every opening: files in the user's folder prove nothing by being there.

Which pack is in use, installing and uninstalling are decisions, made in ``fiitdesk.kit.data``. Nothing here
imports Qt.
"""

from __future__ import annotations

import base64
import json
import os
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import Any

from fiitdesk.kit import files
from fiitdesk.kit.schema import SCHEMA_VERSION

FORMAT = 1
MANIFEST, SIGNATURE, DATABASE = "manifest.json", "manifest.sig", "fiit.db"
MAX_DATABASE_BYTES = 512 * 1024 * 1024
#: A pack is its compressed database and two small members: never larger than the database plus this.
PACK_OVERHEAD_BYTES = 1024 * 1024
MAX_MANIFEST_BYTES = 4096
SIGNATURE_BYTES = 64
SQLITE_HEADER = b"SQLite format 3\x00"
VERSION_PATTERN = r"^[0-9]{1,9}(\.[0-9]{1,9}){0,7}$"

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

#: Kept for callers that hashed files through this module; the one helper is fiitdesk.kit.files.sha256_file.
sha256_file = files.sha256_file


class PackError(Exception):
    """A pack was refused. ``code`` says which check failed (for the faces); the message says why, in words
    for the person who tried to import it."""

    def __init__(self, code: str, message: str):
        self.code = code
        super().__init__(message)


class ReadingCancelled(Exception):
    """The user stopped the reading of a pack; nothing was installed."""


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
        return json.dumps({"format": FORMAT, **asdict(self)}, ensure_ascii=False, sort_keys=True,
                          indent=1).encode("utf-8")


# -- the manifest -----------------------------------------------------------------------------------


@cache
def _manifest_model() -> type:
    """The manifest's schema, as a pydantic model built on first use (pydantic costs ~60 ms to import)."""
    from typing import Annotated, Literal

    from pydantic import BaseModel, ConfigDict, Field

    Text = Annotated[str, Field(min_length=1, max_length=300)]

    class ManifestModel(BaseModel):
        model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

        format: Literal[1]
        data_version: Annotated[str, Field(pattern=VERSION_PATTERN)]
        created: Annotated[str, Field(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
        schema_version: Annotated[int, Field(ge=1, le=100_000)]
        source_documents: Annotated[list[Text], Field(max_length=50)]
        db_sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
        db_size: Annotated[int, Field(ge=len(SQLITE_HEADER), le=MAX_DATABASE_BYTES)]
        key_id: Annotated[str, Field(pattern=r"^[0-9a-f]{16}$")]

    return ManifestModel


def _json_object(raw: bytes) -> dict[str, Any]:
    """The manifest's bytes as a JSON object: UTF-8, no repeated key, nesting refused rather than recursed."""

    def no_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [key for key, _ in pairs]
        if len(keys) != len(set(keys)):
            raise ValueError("a key is repeated")
        return dict(pairs)

    try:
        data = json.loads(raw.decode("utf-8"), object_pairs_hook=no_repeats)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PackError("manifest", f"the pack's manifest is not valid JSON ({type(exc).__name__})") from exc
    if not isinstance(data, dict):
        raise PackError("manifest", "the pack's manifest is not a JSON object")
    return data


def parse_manifest(raw: bytes) -> Manifest:
    """Validate a pack's manifest (every field, its type and form); the first problem is the reason given."""
    from pydantic import ValidationError

    data = _json_object(raw)
    if data.get("format") != FORMAT:
        raise PackError("format", "this pack uses a format this FIIT Desk does not know")
    try:
        model = _manifest_model().model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "manifest"
        raise PackError("manifest", f"the pack's manifest is not valid: {where}: {first['msg']}") from exc
    return Manifest(**model.model_dump(exclude={"format"}))


def _signed_manifest(raw: bytes) -> Manifest:
    """The manifest of an installed pack, once its signature holds: bytes this program validated with
    ``parse_manifest`` before installing them, so a plain reading (no pydantic at start-up) is enough."""
    data = _json_object(raw)
    data.pop("format", None)
    try:
        manifest = Manifest(**data)
    except TypeError as exc:
        raise PackError("manifest", "the installed pack's manifest is not one FIIT Desk wrote") from exc
    if not (isinstance(manifest.db_size, int) and isinstance(manifest.db_sha256, str)
            and isinstance(manifest.data_version, str)):
        raise PackError("manifest", "the installed pack's manifest is not one FIIT Desk wrote")
    return manifest


# -- keys ---------------------------------------------------------------------------------------------


def key_id(public_raw: bytes) -> str:
    import hashlib  # not at import: most runs of the program hash nothing

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
    files.write_atomically(public_path, base64.b64encode(public_raw) + b"\n")
    return private_path, public_path


def load_public_keys(folder: Path) -> dict[str, bytes]:
    """The trusted public keys: every ``*.pub`` (base64 of the raw 32 bytes) in ``folder``, by key id."""
    keys: dict[str, bytes] = {}
    for path in sorted(folder.glob("*.pub")) if folder.is_dir() else []:
        try:
            raw = base64.b64decode(files.read_bounded(path, 256).strip(), validate=True)
        except (OSError, ValueError):
            continue
        if len(raw) == 32:
            keys[key_id(raw)] = raw
    return keys


def _check_signature(manifest: Manifest, raw: bytes, signature: bytes, trusted: Mapping[str, bytes]) -> None:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    public_raw = trusted.get(manifest.key_id)
    if public_raw is None:
        raise PackError("unknown-key", "the pack is signed with a key this FIIT Desk does not trust "
                                       "(unknown publisher)")
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, raw)
    except InvalidSignature as exc:
        raise PackError("signature", "the pack's signature does not match: the file was altered or forged") from exc


# -- building -----------------------------------------------------------------------------------------


def build_pack(database: Path, private_key: Path, output: Path) -> Manifest:
    """Sign ``database`` (built from data/kit) into a pack at ``output``, written atomically."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        private = serialization.load_pem_private_key(files.read_bounded(private_key, 16384), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise PackError("key", f"cannot read the private key: {getattr(exc, 'strerror', None) or exc}") from exc
    if not isinstance(private, Ed25519PrivateKey):
        raise PackError("key", "the private key is not an Ed25519 key")
    public_raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    with files.read_only(database) as db:
        meta = dict(db.execute("SELECT key, value FROM meta"))
    manifest = Manifest(
        data_version=meta["data_version"], created=time.strftime("%Y-%m-%d", time.gmtime()),
        schema_version=int(meta["schema_version"]), source_documents=json.loads(meta["source_documents"]),
        db_sha256=files.sha256_file(database), db_size=database.stat().st_size, key_id=key_id(public_raw),
    )
    raw = manifest.to_json()
    parse_manifest(raw)  # what this program would refuse, it does not sign
    with files.replacing(output) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, raw)
        archive.writestr(SIGNATURE, private.sign(raw))
        archive.write(database, DATABASE)
    return manifest


# -- verifying ----------------------------------------------------------------------------------------


@dataclass
class VerifiedPack:
    """A pack that passed every check: its manifest (and exact signed bytes), and its database, streamed
    into a temporary file that the caller moves into place or deletes."""

    manifest: Manifest
    raw_manifest: bytes
    signature: bytes
    database: Path


def _damaged(exc: BaseException) -> PackError:
    return PackError("damaged", "this file is not a FIIT Desk data pack, or it is damaged or incomplete "
                                f"({type(exc).__name__})")


def _read_member(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    info = archive.getinfo(name)
    if info.file_size > limit:
        raise PackError("too-large", f"the pack's {name} is larger than {limit} bytes: not a FIIT Desk pack")
    with archive.open(info) as member:
        data = member.read(limit + 1)
    if len(data) > limit:
        raise PackError("too-large", f"the pack's {name} is larger than {limit} bytes: not a FIIT Desk pack")
    return data


def _open_pack(path: Path) -> Any:
    try:
        return files.open_regular(path, MAX_DATABASE_BYTES + PACK_OVERHEAD_BYTES)
    except FileNotFoundError as exc:
        raise PackError("missing", "the file does not exist") from exc
    except files.UnsafeFile as exc:
        code = "not-regular" if exc.reason == "not a regular file" else "too-large"
        raise PackError(code, f"this is not a FIIT Desk data pack ({exc.reason})") from exc
    except OSError as exc:
        raise PackError("unreadable", f"the file cannot be read ({exc.strerror or exc})") from exc


def _stream_database(archive: zipfile.ZipFile, manifest: Manifest, workdir: Path,
                     progress: Progress | None, cancelled: Cancelled | None) -> Path:
    """Copy the database member into ``workdir`` while hashing it; refuse it as soon as it goes wrong."""
    info = archive.getinfo(DATABASE)
    if info.file_size != manifest.db_size:
        raise PackError("checksum", "the database inside the pack does not have the size its signed manifest gives")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise PackError("damaged", "the pack's database is compressed in a way FIIT Desk does not read")
    handle, name = tempfile.mkstemp(prefix=".incoming-", suffix=".db", dir=workdir)
    target = Path(name)
    import hashlib

    digest, done = hashlib.sha256(), 0
    try:
        with os.fdopen(handle, "wb") as out, archive.open(info) as member:
            while True:
                if cancelled is not None and cancelled():
                    raise ReadingCancelled()
                try:
                    block = member.read(files.BLOCK)
                except Exception as exc:  # a hostile or damaged deflate stream fails in many ways
                    raise _damaged(exc) from exc
                if not block:
                    break
                done += len(block)
                if done > manifest.db_size:
                    raise PackError("checksum", "the database inside the pack is larger than its signed manifest says")
                digest.update(block)
                out.write(block)
                if progress is not None:
                    progress(done, manifest.db_size)
            out.flush()
            os.fsync(out.fileno())
        if done != manifest.db_size or digest.hexdigest() != manifest.db_sha256:
            raise PackError("checksum", "the database inside the pack does not match its signed manifest")
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target


def verify_pack(path: Path, trusted: Mapping[str, bytes], workdir: Path, reference: Path,
                progress: Progress | None = None, cancelled: Cancelled | None = None) -> VerifiedPack:
    """Every check, in the order that trusts nothing unproved; raise ``PackError`` with the first reason.

    ``reference`` is the program's own database: a pack must be made like it. ``workdir`` receives the
    streamed database (on the same file system as its final place, so that installing it is a rename).
    """
    with _open_pack(path) as handle:
        try:
            archive = zipfile.ZipFile(handle)
        except Exception as exc:
            raise _damaged(exc) from exc
        with archive:
            try:
                names = sorted(info.filename for info in archive.infolist())
                if names != sorted([MANIFEST, SIGNATURE, DATABASE]):
                    raise PackError("not-a-pack", "this is not a FIIT Desk data pack (it holds other files than "
                                                  "manifest.json, manifest.sig and fiit.db)")
                raw = _read_member(archive, MANIFEST, MAX_MANIFEST_BYTES)
                signature = _read_member(archive, SIGNATURE, SIGNATURE_BYTES)
            except (PackError, ReadingCancelled):
                raise
            except Exception as exc:
                raise _damaged(exc) from exc
            manifest = parse_manifest(raw)
            _check_signature(manifest, raw, signature, trusted)
            if manifest.schema_version != SCHEMA_VERSION:
                raise PackError("schema", f"the pack was made for another version of FIIT Desk (data schema "
                                          f"{manifest.schema_version}, this program reads {SCHEMA_VERSION})")
            database = _stream_database(archive, manifest, workdir, progress, cancelled)
    try:
        check_database(database, reference)
    except BaseException:
        database.unlink(missing_ok=True)
        raise
    return VerifiedPack(manifest, raw, signature, database)


def check_database(database: Path, reference: Path) -> None:
    """A signed database must also be usable: SQLite's integrity check, the program's schema version and
    structure, valid JSON, and sheets that load nothing (``fiitdesk.kit.structure``)."""
    from fiitdesk.kit import structure
    from fiitdesk.kit.store import JSON_COLUMNS

    with files.open_regular(database) as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise PackError("not-sqlite", "the database inside the pack is not an SQLite file")
    try:
        with files.read_only(database) as db:
            result = db.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                raise PackError("damaged", f"the database inside the pack is damaged ({result})")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version != SCHEMA_VERSION:
                raise PackError("schema", f"the database inside the pack has schema {version}, this program "
                                          f"reads {SCHEMA_VERSION}")
            try:
                with files.read_only(reference) as own:
                    problems = structure.differences(db, own)
            except (OSError, sqlite3.Error) as exc:
                raise PackError("reference", "FIIT Desk's own data cannot be read to check the pack against "
                                             "it; reinstall FIIT Desk") from exc
            problems = problems or structure.invalid_json(db, JSON_COLUMNS) or structure.loading_sheets(db)
    except sqlite3.DatabaseError as exc:
        raise PackError("damaged", f"the database inside the pack is damaged ({exc})") from exc
    if problems:
        raise PackError("structure", "the database inside the pack cannot be used by this FIIT Desk: "
                                     + "; ".join(problems[:3]))


# -- an installed pack, proved again ------------------------------------------------------------------


@dataclass(frozen=True)
class InstalledPack:
    """The three files of an installed pack, named by its stem."""

    folder: Path
    stem: str

    @property
    def database(self) -> Path:
        return self.folder / f"{self.stem}.db"

    @property
    def manifest_file(self) -> Path:
        return self.folder / f"{self.stem}.json"

    @property
    def signature_file(self) -> Path:
        return self.folder / f"{self.stem}.sig"

    def files(self) -> list[Path]:
        return [self.database, self.signature_file, self.manifest_file]


def pack_stem(manifest: Manifest) -> str:
    """Files of different contents never share a name, so installing never replaces a file in use."""
    return f"{manifest.data_version}-{manifest.db_sha256[:12]}"


def prove_installed(pack: InstalledPack, trusted: Mapping[str, bytes]) -> Manifest:
    """Check an installed pack as if it had just arrived: manifest, signature, key, size and checksum."""
    try:
        raw = files.read_bounded(pack.manifest_file, MAX_MANIFEST_BYTES)
        signature = files.read_bounded(pack.signature_file, SIGNATURE_BYTES)
    except FileNotFoundError as exc:
        raise PackError("missing", "its manifest or signature is missing") from exc
    except OSError as exc:
        raise PackError("unreadable", f"its manifest cannot be read ({exc.strerror or exc})") from exc
    manifest = _signed_manifest(raw)
    _check_signature(manifest, raw, signature, trusted)
    try:
        size = os.stat(pack.database).st_size
        if size != manifest.db_size:
            raise PackError("checksum", "its database does not have the size its manifest gives "
                                        "(damaged or incomplete)")
        if files.sha256_file(pack.database) != manifest.db_sha256:
            raise PackError("checksum", "its database does not match the checksum of its manifest "
                                        "(damaged or altered)")
    except FileNotFoundError as exc:
        raise PackError("missing", "its database is missing") from exc
    except OSError as exc:
        raise PackError("unreadable", f"its database cannot be read ({exc.strerror or exc})") from exc
    if pack_stem(manifest) != pack.stem:
        raise PackError("manifest", "it is not stored under its own name")
    return manifest
