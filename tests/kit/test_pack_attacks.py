"""A pack is untrusted until its signature holds: hostile files are refused, with their reason, in bounded
memory and without hanging — driven as a user would, through ``fiitdesk pack verify`` / ``pack install``.

Each attack runs in a child process with a memory ceiling and a hang guard (``tests.bounded``): if an
attack worked, the test fails instead of the machine. The peak memory asserted is the child's own, as the
kernel measured it; the time refusing takes is measured by ``bench/packs.py``, not here.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from fiitdesk.kit import packs
from tests.bounded import run_cli
from tests.packmaker import (
    huge_manifest_pack,
    manifest_of,
    members,
    nested_manifest_pack,
    sign_raw,
    zero_database_pack,
    zip_of,
)

#: A FIIT Desk process checking a pack needs 20–45 MB here (VmHWM); an attack that works costs hundreds.
PEAK_MB = 100


@pytest.fixture(scope="module")
def keys(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("attack-keys")
    private, _ = packs.generate_keys(folder)
    return private, folder


@pytest.fixture(scope="module")
def real_pack(keys, built_db, tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("real") / "real.fiitpack"
    packs.build_pack(built_db, keys[0], target)
    return target


def _env(keys: tuple[Path, Path], built_db: Path, home: Path) -> dict[str, str]:
    return {"FIITDESK_TEST_KEYS": str(keys[1]), "FIITDESK_TEST_INSTALLED": str(built_db),
            "XDG_DATA_HOME": str(home / "data"), "HOME": str(home)}


def _verify(pack: Path | str, keys, built_db, home: Path, timeout: float = 60):
    result = run_cli(["pack", "verify", str(pack), "--keys", str(keys[1])], _env(keys, built_db, home), timeout)
    assert result.code is not None, f"verifying {pack} did not end within {timeout} s"
    return result


def _refused(result, reason: str) -> None:
    assert result.code == 1, (result.code, result.err)
    assert "refused" in result.err and reason in result.err, result.err
    assert result.err.count("\n") == 1 and "internal error" not in result.err and "Traceback" not in result.err
    assert result.peak_mb < PEAK_MB, f"refusing took {result.peak_mb:.0f} MB"


def test_a_valid_pack_verifies_in_bounded_memory(real_pack, keys, built_db, tmp_path) -> None:
    """The floor: the real pack, fully checked (its database streamed, hashed, integrity-checked)."""
    result = _verify(real_pack, keys, built_db, tmp_path)
    assert result.code == 0 and "valid pack" in result.out, result.err
    assert result.peak_mb < PEAK_MB


def test_symlink_to_dev_zero_is_refused_without_reading_it(keys, built_db, tmp_path) -> None:
    link = tmp_path / "zero.fiitpack"
    link.symlink_to("/dev/zero")
    _refused(_verify(link, keys, built_db, tmp_path), "not a regular file")


def test_fifo_is_refused_without_blocking(keys, built_db, tmp_path) -> None:
    fifo = tmp_path / "pipe.fiitpack"
    os.mkfifo(fifo)
    _refused(_verify(fifo, keys, built_db, tmp_path, timeout=30), "not a regular file")


def test_huge_manifest_is_refused_by_its_size(keys, built_db, tmp_path) -> None:
    """50 MB of manifest that compresses to almost nothing: never read past a few KiB."""
    pack = huge_manifest_pack(tmp_path / "big.fiitpack")
    _refused(_verify(pack, keys, built_db, tmp_path), "larger than 4096 bytes")


def test_deeply_nested_manifest_is_refused_with_its_reason(keys, built_db, tmp_path) -> None:
    pack = nested_manifest_pack(tmp_path / "nested.fiitpack")
    _refused(_verify(pack, keys, built_db, tmp_path), "manifest is not valid JSON")


@pytest.mark.parametrize(("field", "value"), [("data_version", 20270101), ("key_id", ["a", "b"]),
                                              ("schema_version", "1"), ("db_size", 1.5), ("format", [1])])
def test_manifest_of_the_wrong_types_is_refused_naming_the_field(real_pack, keys, built_db, tmp_path,
                                                                 field: str, value: object) -> None:
    """Even signed with a trusted key, a manifest whose field has the wrong type is refused by its schema."""
    manifest = manifest_of(real_pack)
    manifest[field] = value
    raw = json.dumps(manifest, sort_keys=True).encode()
    parts = members(real_pack)
    pack = zip_of(tmp_path / "typed.fiitpack", {**parts, "manifest.json": raw,
                                                 "manifest.sig": sign_raw(keys[0], raw)})
    result = _verify(pack, keys, built_db, tmp_path)
    _refused(result, "format" if field == "format" else field)


def test_database_is_not_read_before_the_key_is_trusted(keys, built_db, tmp_path) -> None:
    stranger, _ = packs.generate_keys(tmp_path / "stranger")
    stranger_id = stranger.name.split("-")[1].split(".")[0]
    pack = zero_database_pack(tmp_path / "stranger.fiitpack", stranger, stranger_id)
    _refused(_verify(pack, keys, built_db, tmp_path), "does not trust")


def test_database_is_streamed_while_hashed_never_held_in_memory(keys, built_db, tmp_path) -> None:
    """A trusted, correctly signed pack whose 400 MB database matches its manifest but is not SQLite: read
    to the end and hashed (so every check before it passed), in the memory of a small pack."""
    key_id = next(iter(packs.load_public_keys(keys[1])))
    pack = zero_database_pack(tmp_path / "zeros.fiitpack", keys[0], key_id)
    _refused(_verify(pack, keys, built_db, tmp_path, timeout=120), "not an SQLite file")


def test_refused_install_through_the_command_line_changes_nothing(keys, built_db, tmp_path) -> None:
    link = tmp_path / "zero.fiitpack"
    link.symlink_to("/dev/zero")
    result = run_cli(["pack", "install", str(link)], _env(keys, built_db, tmp_path))
    assert result.code == 1 and "not a regular file" in result.err and "nothing was changed" in result.err
    assert not (tmp_path / "data").exists(), "not even an empty folder is left"
