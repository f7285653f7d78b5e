"""Signed data packs: a forged, damaged or foreign pack is refused and changes nothing; a valid one
updates the data and can be undone; an interrupted install leaves the previous data usable."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fiitdesk.kit import packs
from fiitdesk.kit.schema import SCHEMA_VERSION
from fiitdesk.kit.store import KitStore
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def keys(tmp_path_factory) -> tuple[Path, dict[str, bytes]]:
    folder = tmp_path_factory.mktemp("keys")
    private, _ = packs.generate_keys(folder)
    assert oct(private.stat().st_mode & 0o777) == "0o600", "the private key is readable by its owner only"
    return private, packs.load_public_keys(folder)


@pytest.fixture(scope="module")
def pack(keys, built_db: Path, tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("pack") / "fiit.fiitpack"
    packs.build_pack(built_db, keys[0], target)
    return target


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _refused(path: Path, trusted: dict, data_dir: Path, current: str = "0") -> str:
    before = _snapshot(data_dir)
    with pytest.raises(packs.PackError) as caught:
        packs.install_pack(path, data_dir, trusted, current)
    assert _snapshot(data_dir) == before, "a refused pack changes nothing"
    return str(caught.value)


def _rewrite(source: Path, target: Path, **replace: bytes) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            new.writestr(name, replace.get(name.replace(".", "_"), old.read(name)))
    return target


def test_valid_pack_installs_is_used_and_can_be_undone(pack, keys, built_db, tmp_path) -> None:
    data_dir = tmp_path / "user"
    manifest = packs.verify_pack(pack, keys[1]).manifest
    assert manifest.schema_version == SCHEMA_VERSION and manifest.db_sha256 == packs.sha256_file(built_db)
    packs.install_pack(pack, data_dir, keys[1], "2000.1.1")
    choice = packs.choose_database(built_db, "2000.1.1", data_dir)
    assert choice.origin == "pack" and choice.notice is None
    assert KitStore(choice.path).meta["data_version"] == manifest.data_version
    packs.return_to_installed(data_dir)
    assert packs.choose_database(built_db, "2000.1.1", data_dir).origin == "installed"


def test_unknown_key(pack, tmp_path) -> None:
    _, public = packs.generate_keys(tmp_path / "other")
    assert "does not trust" in _refused(pack, packs.load_public_keys(public.parent), tmp_path / "user")


def test_bad_signature(pack, keys, tmp_path) -> None:
    with zipfile.ZipFile(pack) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    manifest["data_version"] = "2099.1.1.1"  # a forger raising the version, keeping the signature
    forged = _rewrite(pack, tmp_path / "forged.fiitpack",
                      manifest_json=json.dumps(manifest, sort_keys=True, indent=1).encode())
    assert "signature does not match" in _refused(forged, keys[1], tmp_path / "user")


def test_database_swapped_inside_a_signed_pack(pack, keys, tmp_path) -> None:
    with zipfile.ZipFile(pack) as archive:
        database = bytearray(archive.read("fiit.db"))
    database[5000] ^= 0xFF  # one hotline digit, say
    swapped = _rewrite(pack, tmp_path / "swapped.fiitpack", fiit_db=bytes(database))
    assert "does not match its signed manifest" in _refused(swapped, keys[1], tmp_path / "user")


def test_foreign_schema_even_if_signed(keys, built_db, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(packs, "SCHEMA_VERSION", 999)
    packs.build_pack(built_db, keys[0], tmp_path / "new.fiitpack")  # meta says 1: sign a manifest of schema 1
    monkeypatch.undo()
    with zipfile.ZipFile(tmp_path / "new.fiitpack") as archive:
        manifest = json.loads(archive.read("manifest.json"))
    manifest["schema_version"] = 999
    raw = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode()
    from cryptography.hazmat.primitives import serialization

    signature = serialization.load_pem_private_key(keys[0].read_bytes(), None).sign(raw)
    future = _rewrite(tmp_path / "new.fiitpack", tmp_path / "future.fiitpack", manifest_json=raw,
                      manifest_sig=signature)
    assert "another version of FIIT Desk" in _refused(future, keys[1], tmp_path / "user")


def test_older_pack_needs_an_explicit_downgrade(pack, keys, built_db, tmp_path) -> None:
    data_dir = tmp_path / "user"
    assert "older data" in _refused(pack, keys[1], data_dir, current="2999.1.1")
    packs.install_pack(pack, data_dir, keys[1], "2999.1.1", allow_downgrade=True)
    assert packs.choose_database(built_db, "2999.1.1", data_dir).origin == "pack"


@pytest.mark.parametrize("keep", [0, 1, 22, 100, 1000, -1000, -22, -1])
def test_truncated_pack(pack, keys, tmp_path, keep: int) -> None:
    data = pack.read_bytes()
    cut = tmp_path / "cut.fiitpack"
    cut.write_bytes(data[:keep] if keep >= 0 else data[:len(data) + keep])
    _refused(cut, keys[1], tmp_path / "user")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(position=st.floats(0, 1, exclude_max=True), bit=st.integers(0, 7))
def test_any_flipped_bit_is_refused(pack, keys, tmp_path, position: float, bit: int) -> None:
    data = bytearray(pack.read_bytes())
    index = int(position * len(data))
    data[index] ^= 1 << bit
    flipped = tmp_path / "flipped.fiitpack"
    flipped.write_bytes(bytes(data))
    data_dir = tmp_path / "user"
    data_dir.mkdir(exist_ok=True)
    try:
        packs.install_pack(flipped, data_dir, keys[1], "0")
    except packs.PackError:
        return
    # A flip in zip metadata that no reader looks at leaves the signed content intact: then it is the same pack.
    assert packs.verify_pack(flipped, keys[1]).database == packs.verify_pack(pack, keys[1]).database


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=5000))
def test_random_bytes_are_refused(keys, tmp_path, data: bytes) -> None:
    path = tmp_path / "random.fiitpack"
    path.write_bytes(data)
    with pytest.raises(packs.PackError):
        packs.verify_pack(path, keys[1])


def test_damaged_imported_pack_falls_back_with_a_notice(pack, keys, built_db, tmp_path) -> None:
    data_dir = tmp_path / "user"
    packs.install_pack(pack, data_dir, keys[1], "0")
    installed = next((data_dir / "packs").glob("*.db"))
    damaged = bytearray(installed.read_bytes())
    damaged[len(damaged) // 2] ^= 0x40
    installed.write_bytes(bytes(damaged))
    choice = packs.choose_database(built_db, "0", data_dir)
    assert choice.origin == "installed" and choice.path == built_db
    assert "damaged" in choice.notice or "altered" in choice.notice


INSTALL = """
import sys
from pathlib import Path
from fiitdesk.kit import packs
keys = packs.load_public_keys(Path(sys.argv[3]))
print("start", flush=True)
packs.install_pack(Path(sys.argv[1]), Path(sys.argv[2]), keys, "0")
print("done", flush=True)
"""


@pytest.mark.parametrize("delay", [0.0, 0.05, 0.12, 0.2, 0.3, 0.5])
def test_killed_install_leaves_usable_data(pack, keys, built_db, tmp_path, delay: float) -> None:
    """Install v1, then kill the install of the same pack at some moment: the data in use stays sound."""
    data_dir = tmp_path / "user"
    packs.install_pack(pack, data_dir, keys[1], "0")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-c", INSTALL, str(pack), str(data_dir), str(keys[0].parent)],
                               stdout=subprocess.PIPE, env=env)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait()
    choice = packs.choose_database(built_db, "0", data_dir)
    assert choice.notice is None and packs.quick_check(choice.path) is None
    assert KitStore(choice.path).hotlines("payoke")
