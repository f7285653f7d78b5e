"""Packs for tests: real ones signed with a test key, and hostile ones made by hand.

Only interfaces that every version of FIIT Desk has are used (``packs.build_pack``, ``packs.generate_keys``),
so that each attack test also shows what the code it replaced did.
"""

from __future__ import annotations

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
