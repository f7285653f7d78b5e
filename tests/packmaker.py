"""Packs for tests: real ones signed with a test key, and hostile ones made by hand.

Only interfaces that every version of FIIT Desk has are used (``packs.build_pack``, ``packs.generate_keys``),
so that each attack test also shows what the code it replaced did.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

from fiitdesk.kit import packs


def altered_copy(source: Path, target: Path, *sql: str) -> Path:
    """A copy of a kit database with SQL applied (a hostile or broken variant of the real data); the target
    may be the source, changed in place."""
    if Path(source).resolve() != Path(target).resolve():
        shutil.copy(source, target)
    db = sqlite3.connect(target)
    try:
        for statement in sql:
            db.executescript(statement)
        db.commit()
    finally:
        db.close()
    return target


def with_version(source: Path, target: Path, version: str) -> Path:
    return altered_copy(source, target, f"UPDATE meta SET value = '{version}' WHERE key = 'data_version'")


def signed(database: Path, private_key: Path, output: Path) -> Path:
    packs.build_pack(database, private_key, output)
    return output


def sign_raw(private_key: Path, raw: bytes) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return serialization.load_pem_private_key(private_key.read_bytes(), None).sign(raw)


def zip_of(output: Path, members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(output, "w", compression) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return output


def members(pack: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(pack) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def manifest_of(pack: Path) -> dict:
    return json.loads(members(pack)["manifest.json"])


#: A database member of this many MB of zeros: 0.4 MB on disk, 400 MB for whoever holds it in memory.
ZEROS_MB = 400
_MB = 1 << 20
_NOT_A_DATABASE = {"manifest.sig": b"x" * 64, "fiit.db": b"SQLite format 3\x00"}


def huge_manifest_pack(output: Path) -> Path:
    """A 50 MB manifest that deflates to almost nothing: a reader that does not bound it holds 50 MB."""
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("manifest.json", "w") as member:
            for _ in range(50):
                member.write(b"[" + b" " * _MB)
        for name, content in _NOT_A_DATABASE.items():
            archive.writestr(name, content)
    return output


def nested_manifest_pack(output: Path) -> Path:
    """A manifest nested 1 500 deep: small, but it overflows a recursive JSON reader."""
    return zip_of(output, {"manifest.json": b"[" * 1500 + b"]" * 1500, **_NOT_A_DATABASE})


def zero_database_pack(output: Path, private_key: Path, key_id: str) -> Path:
    """A pack signed by ``private_key`` whose manifest truly describes its database member: ZEROS_MB MB of
    zeros, so every check before the database is read passes."""
    from fiitdesk.kit.schema import SCHEMA_VERSION

    block = b"\0" * _MB
    digest = hashlib.sha256()
    for _ in range(ZEROS_MB):
        digest.update(block)
    manifest = {"format": 1, "data_version": "2999.1.1", "created": "2026-12-01", "schema_version": SCHEMA_VERSION,
                "source_documents": ["Kit FIIT"], "db_sha256": digest.hexdigest(), "db_size": ZEROS_MB * _MB,
                "key_id": key_id}
    raw = json.dumps(manifest, sort_keys=True).encode()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", raw)
        archive.writestr("manifest.sig", sign_raw(private_key, raw))
        with archive.open("fiit.db", "w", force_zip64=True) as member:
            for _ in range(ZEROS_MB):
                member.write(block)
    return output
