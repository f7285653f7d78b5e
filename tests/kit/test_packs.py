"""Signed data packs: a forged, damaged or foreign pack is refused and changes nothing; a valid one
updates the data and can be undone; an interrupted install leaves the previous data usable."""

from __future__ import annotations

import ast
import json
import os
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fiitdesk.kit import data, packs
from tests.conftest import ROOT
from tests.packmaker import sign_raw, with_version


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


@pytest.fixture()
def places(keys, built_db: Path, tmp_path: Path) -> data.Places:
    return data.Places(built_db, tmp_path / "user", keys[1])


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*")
            if p.is_file()} if folder.exists() else {}


def _refused(path: Path, places: data.Places) -> data.DataProblem:
    before = _snapshot(places.data_dir)
    with pytest.raises(data.DataProblem) as caught:
        data.install(path, places=places)
    assert _snapshot(places.data_dir) == before, "a refused pack changes nothing and leaves nothing"
    return caught.value


def _rewrite(source: Path, target: Path, **replace: bytes) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            new.writestr(name, replace.get(name.replace(".", "_"), old.read(name)))
    return target


def test_valid_pack_installs_is_used_and_can_be_undone(pack, keys, built_db, places) -> None:
    installed = data.install(pack, places=places)
    assert installed.manifest.db_sha256 == packs.sha256_file(built_db) and not installed.downgrade
    choice = data.current_choice(places)
    assert choice.origin == "pack" and choice.notice is None
    store, opened = data.open_data(places=places)
    assert opened.origin == "pack" and store.meta["data_version"] == installed.manifest.data_version
    store.close()
    kept = sorted(p.suffix for p in places.packs.iterdir())
    assert kept == [".db", ".json", ".sig"], "the signature is kept with the installed pack"
    assert data.return_to_installed(places).was_in_use
    assert data.current_choice(places).origin == "installed" and not list(places.packs.iterdir())


def test_unknown_key(pack, places, tmp_path) -> None:
    _, public = packs.generate_keys(tmp_path / "other")
    stranger = data.Places(places.installed, places.data_dir, packs.load_public_keys(public.parent))
    assert _refused(pack, stranger).code == "unknown-key"


def test_bad_signature(pack, places, tmp_path) -> None:
    with zipfile.ZipFile(pack) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    manifest["data_version"] = "2099.1.1.1"  # a forger raising the version, keeping the signature
    forged = _rewrite(pack, tmp_path / "forged.fiitpack",
                      manifest_json=json.dumps(manifest, sort_keys=True, indent=1).encode())
    assert _refused(forged, places).code == "signature"


def test_database_swapped_inside_a_signed_pack(pack, places, tmp_path) -> None:
    with zipfile.ZipFile(pack) as archive:
        database = bytearray(archive.read("fiit.db"))
    database[5000] ^= 0xFF  # one hotline digit, say
    swapped = _rewrite(pack, tmp_path / "swapped.fiitpack", fiit_db=bytes(database))
    assert _refused(swapped, places).code == "checksum"


def test_foreign_schema_even_if_signed(keys, pack, places, tmp_path) -> None:
    with zipfile.ZipFile(pack) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    manifest["schema_version"] = 999
    raw = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode()
    future = _rewrite(pack, tmp_path / "future.fiitpack", manifest_json=raw, manifest_sig=sign_raw(keys[0], raw))
    assert _refused(future, places).code == "schema"


def test_older_pack_needs_an_explicit_downgrade(keys, built_db, places, tmp_path) -> None:
    old = packs.build_pack(with_version(built_db, tmp_path / "old.db", "2000.1.1"), keys[0],
                           tmp_path / "old.fiitpack")
    refusal = _refused(tmp_path / "old.fiitpack", places)
    assert isinstance(refusal, data.OlderData)
    assert (refusal.offered, refusal.current) == ("2000.1.1", data.data_version_of(built_db))
    installed = data.install(tmp_path / "old.fiitpack", allow_downgrade=True, places=places)
    assert installed.downgrade and installed.manifest.data_version == old.data_version
    assert data.current_choice(places).version == "2000.1.1"


@pytest.mark.parametrize("keep", [0, 1, 22, 100, 1000, -1000, -22, -1])
def test_truncated_pack(pack, places, tmp_path, keep: int) -> None:
    content = pack.read_bytes()
    cut = tmp_path / "cut.fiitpack"
    cut.write_bytes(content[:keep] if keep >= 0 else content[:len(content) + keep])
    assert isinstance(_refused(cut, places), data.PackRefused)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(position=st.floats(0, 1, exclude_max=True), bit=st.integers(0, 7))
def test_any_flipped_bit_is_refused_or_changes_nothing_signed(pack, places, tmp_path, position: float,
                                                               bit: int) -> None:
    content = bytearray(pack.read_bytes())
    content[int(position * len(content))] ^= 1 << bit
    flipped = tmp_path / "flipped.fiitpack"
    flipped.write_bytes(bytes(content))
    data.return_to_installed(places)
    try:
        installed = data.install(flipped, places=places)
    except data.PackRefused:
        assert data.current_choice(places).origin == "installed"
        return
    # A flip in zip metadata that no reader looks at leaves the signed content intact: then it is the same pack.
    assert installed.manifest == data.install(pack, places=places).manifest


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=5000))
def test_random_bytes_are_refused(places, tmp_path, content: bytes) -> None:
    path = tmp_path / "random.fiitpack"
    path.write_bytes(content)
    with pytest.raises(data.PackRefused):
        data.install(path, places=places)


def test_damaged_imported_pack_falls_back_with_a_notice(pack, places) -> None:
    data.install(pack, places=places)
    installed = next(places.packs.glob("*.db"))
    damaged = bytearray(installed.read_bytes())
    damaged[len(damaged) // 2] ^= 0x40
    installed.write_bytes(bytes(damaged))
    store, choice = data.open_data(places=places)
    assert choice.origin == "installed" and store.path == places.installed
    assert choice.notice.kind == "pack-set-aside" and "checksum" in choice.notice.problem
    store.close()


def test_connections_and_files_are_closed_after_install_and_verify(pack, places, tmp_path) -> None:
    """On Windows an open file cannot be deleted or replaced: nothing of a pack may stay open."""
    data.install(pack, places=places)
    store, _ = data.open_data(places=places)
    store.close()
    data.return_to_installed(places)
    opened = [os.readlink(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd")
              if os.path.exists(f"/proc/self/fd/{fd}")]
    assert not [p for p in opened if str(places.data_dir) in p or str(pack) in p], opened


# -- a process killed during an install ------------------------------------------------------------

#: The child installs the pack and kills itself (SIGKILL, as a power cut would) at a chosen moment: before
#: the N-th block of the streamed database, or before the N-th file is put in place (os.replace: the database,
#: its signature, its manifest, then active.json, the commit point).
INSTALL = """
import os, signal, sys
from pathlib import Path
from fiitdesk.kit import data, packs
kind, target = sys.argv[4].split(":")
seen = {"block": 0, "replace": 0}
def count(what):
    seen[what] += 1
    if what == kind and seen[what] == int(target):
        print("killed at", sys.argv[4], flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
real_replace = os.replace
def replace(*args, **kwargs):
    count("replace")
    return real_replace(*args, **kwargs)
os.replace = replace
places = data.Places(Path(sys.argv[3]), Path(sys.argv[2]), packs.load_public_keys(Path(sys.argv[5])))
data.install(Path(sys.argv[1]), progress=lambda done, total: count("block"), places=places)
print("done", seen, flush=True)
"""

MOMENTS = ["block:1", "block:60", "replace:1", "replace:2", "replace:3", "replace:4"]


@pytest.fixture(scope="module")
def newer_pack(keys, built_db, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("newer")
    packs.build_pack(with_version(built_db, folder / "newer.db", "2999.1.1"), keys[0], folder / "newer.fiitpack")
    return folder / "newer.fiitpack"


def _install_killed_at(moment: str, pack: Path, places: data.Places, keys_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", INSTALL, str(pack), str(places.data_dir), str(places.installed),
                           moment, str(keys_dir)], capture_output=True, text=True, env=env, timeout=120)


@pytest.mark.parametrize("moment", MOMENTS)
def test_killed_install_leaves_the_previous_data_in_use(pack, newer_pack, keys, places, moment: str) -> None:
    """Install v1, then kill the install of v2 at a moment inside it (the child proves it was killed there,
    before the install finished): v1 stays in use, proved and sound; the next install cleans up."""
    first = data.install(pack, places=places).manifest.data_version
    result = _install_killed_at(moment, newer_pack, places, keys[0].parent)
    assert result.returncode == -signal.SIGKILL and f"killed at {moment}" in result.stdout, result.stdout
    choice = data.current_choice(places)
    assert (choice.origin, choice.version, choice.notice) == ("pack", first, None)
    store, _ = data.open_data(places=places)
    assert store.hotlines("payoke"), "the data in use answers"
    store.close()
    data.install(newer_pack, places=places)
    assert data.current_choice(places).version == "2999.1.1"
    names = sorted(p.name for p in places.packs.iterdir())
    assert len(names) == 3 and not [n for n in names if n.startswith(".")], f"left by the kill: {names}"


def test_an_install_not_killed_finishes(pack, newer_pack, keys, places) -> None:
    """The same child, asked to die at a moment that never comes, finishes: the moments above are inside."""
    data.install(pack, places=places)
    result = _install_killed_at("replace:5", newer_pack, places, keys[0].parent)
    assert result.returncode == 0, result.stderr
    seen = ast.literal_eval(result.stdout.split("done ", 1)[1])
    assert seen["replace"] == 4 and seen["block"] > 60, seen
    assert data.current_choice(places).version == "2999.1.1"
