"""Installed data is proved again, not trusted: what is in the user's data folder counts only if it proves
itself at each opening; a pack that cannot be used is refused at install, or set aside with a notice; newer
built-in data takes over from a confirmed downgrade; installs are locked; every message tells the truth.

Driven through the command line (``fiitdesk.cli.main``), the trusted keys and the built-in database pointed
at the test's own (the program's ``paths`` functions are patched, as a test only can).
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fiitdesk import paths
from fiitdesk.cli import main
from fiitdesk.kit import packs
from tests.bounded import run_cli
from tests.conftest import ROOT
from tests.packmaker import altered_copy, with_version

PAYOKE = "+32 3 201 16 90"
PLANTED = "+32 9 999 99 99"


@pytest.fixture(scope="module")
def keys(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("installed-keys")
    private, _ = packs.generate_keys(folder)
    return private, folder


@pytest.fixture()
def user(monkeypatch, tmp_path, keys, built_db) -> Path:
    """The user's data folder, the trusted test key, the test's build as the program's own data."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(paths, "keys_dir", lambda: keys[1])
    monkeypatch.setattr(paths, "default_db_path", lambda: built_db)
    return tmp_path / "xdg" / "fiitdesk"


def cli(capsys, *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _pack(keys, source: Path, folder: Path, name: str, *sql: str, version: str | None = None) -> Path:
    database = altered_copy(source, folder / f"{name}.db", *sql)
    if version:
        with_version(database, database, version)
    target = folder / f"{name}.fiitpack"
    packs.build_pack(database, keys[0], target)
    return target


# -- planted files ----------------------------------------------------------------------------------


def _planted_database(built_db: Path, folder: Path) -> Path:
    return with_version(altered_copy(built_db, folder / "planted.db",
                                     f"UPDATE hotlines SET number = '{PLANTED}' WHERE organisation = 'Payoke'"),
                        folder / "planted.db", "2999.1.1")


@pytest.mark.parametrize("layout", ["manifest-only", "manifest-and-forged-signature"])
def test_hand_written_files_do_not_swap_the_data_in_use(capsys, user, built_db, tmp_path, layout: str) -> None:
    """Three files written by hand — a database, a manifest that describes it truthfully, a pointer —
    (and, the second time, a signature that is not the publisher's): the planted number is never shown."""
    planted = _planted_database(built_db, tmp_path)
    manifest = {"format": 1, "data_version": "2999.1.1", "created": "2026-12-01", "schema_version": 1,
                "source_documents": ["Kit FIIT"], "db_sha256": hashlib.sha256(planted.read_bytes()).hexdigest(),
                "db_size": planted.stat().st_size, "key_id": "0" * 16}
    stem = "2999.1.1" if layout == "manifest-only" else f"2999.1.1-{manifest['db_sha256'][:12]}"
    (user / "packs").mkdir(parents=True)
    (user / "packs" / f"{stem}.db").write_bytes(planted.read_bytes())
    (user / "packs" / f"{stem}.json").write_text(json.dumps(manifest))
    if layout != "manifest-only":
        (user / "packs" / f"{stem}.sig").write_bytes(b"\x01" * 64)
    (user / "active.json").write_text(json.dumps({"active": stem, "downgrade": True}))
    code, out, err = cli(capsys, "hotlines", "payoke")
    assert code == 0 and PAYOKE in out and PLANTED not in out
    assert "2999.1.1 was set aside" in err, "the user is told the pack was set aside"


def test_relative_xdg_data_home_is_ignored(capsys, monkeypatch, keys, built_db, tmp_path) -> None:
    """A relative XDG_DATA_HOME would make the data in use follow the current folder (a USB stick)."""
    home, stick = tmp_path / "home", tmp_path / "stick"
    home.mkdir()
    stick.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", "data")
    monkeypatch.chdir(stick)
    monkeypatch.setattr(paths, "keys_dir", lambda: keys[1])
    monkeypatch.setattr(paths, "default_db_path", lambda: built_db)
    assert paths.user_data_dir() == home / ".local" / "share" / "fiitdesk"
    pack = _pack(keys, built_db, tmp_path, "newer", version="2999.1.1")
    assert cli(capsys, "pack", "install", pack)[0] == 0
    assert (home / ".local" / "share" / "fiitdesk" / "active.json").exists() and not (stick / "data").exists()


# -- signed packs that cannot be used ---------------------------------------------------------------

NEVER_ENDING = ("ALTER TABLE countries RENAME TO countries_stored; "
                "CREATE VIEW countries AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                "SELECT c.* FROM countries_stored c, n;")
UNUSABLE = {
    "missing table": ("DROP TABLE glossary;", "glossary is missing"),
    "invalid JSON": ("UPDATE countries SET names_native = 'not json' WHERE code = 'BE';", "not valid JSON"),
    "never-ending view": (NEVER_ENDING, "view countries"),
    "view for a table": ("ALTER TABLE sources RENAME TO sources_stored; "
                         "CREATE VIEW sources AS SELECT * FROM sources_stored;", "view sources"),
    "trigger": ("CREATE TRIGGER t AFTER INSERT ON meta BEGIN SELECT 1; END;", "trigger t"),
}


@pytest.mark.parametrize("case", list(UNUSABLE))
def test_signed_but_unusable_pack_is_refused_at_install(capsys, user, keys, built_db, tmp_path, case: str) -> None:
    sql, reason = UNUSABLE[case]
    pack = _pack(keys, built_db, tmp_path, "broken", sql, version="2999.1.1")
    code, _, err = cli(capsys, "pack", "install", pack)
    assert code == 1 and "cannot be used by this FIIT Desk" in err and reason in err, err
    assert "nothing was changed" in err and not (user / "active.json").exists()
    assert cli(capsys, "countries")[0] == 0


def _install_unchecked(monkeypatch, capsys, pack: Path) -> None:
    """Install a pack as an earlier FIIT Desk would have, without the checks at install."""
    with monkeypatch.context() as patch:
        patch.setattr(packs, "check_database", lambda *args, **kwargs: None, raising=False)
        code, _, err = cli(capsys, "pack", "install", pack)
    assert code == 0, err


def test_installed_pack_that_fails_at_run_time_gives_way_with_a_notice(capsys, monkeypatch, user, keys, built_db,
                                                                      tmp_path) -> None:
    pack = _pack(keys, built_db, tmp_path, "bad-json", UNUSABLE["invalid JSON"][0], version="2999.1.1")
    _install_unchecked(monkeypatch, capsys, pack)
    code, out, err = cli(capsys, "countries")
    assert code == 0 and "Belgique" in out, err
    assert "2999.1.1 was set aside" in err and "names_native" not in out, err
    assert "pack uninstall" in err, "the notice says how to remove the pack"
    assert cli(capsys, "pack", "uninstall")[0] == 0
    assert cli(capsys, "countries")[2] == "", "no notice once the pack is removed"


def test_installed_pack_with_a_never_ending_view_does_not_hang(capsys, monkeypatch, user, keys, built_db,
                                                              tmp_path) -> None:
    pack = _pack(keys, built_db, tmp_path, "forever", NEVER_ENDING, version="2999.1.1")
    _install_unchecked(monkeypatch, capsys, pack)
    env = {"XDG_DATA_HOME": str(user.parent), "FIITDESK_TEST_KEYS": str(keys[1]),
           "FIITDESK_TEST_INSTALLED": str(built_db)}
    result = run_cli(["countries"], env, timeout=30)
    assert result.code == 0, f"hung or failed: {result}"
    assert "Belgique" in result.out and "view countries" in result.err


# -- versions ---------------------------------------------------------------------------------------


def test_version_reports_the_data_in_use(capsys, user, keys, built_db, tmp_path) -> None:
    pack = _pack(keys, built_db, tmp_path, "newer", version="2999.1.1")
    assert cli(capsys, "pack", "install", pack)[0] == 0
    with pytest.raises(SystemExit):
        main(["--version"])
    out = capsys.readouterr().out
    assert "data 2999.1.1" in out and "imported pack" in out, out


def test_newer_built_in_data_ends_a_confirmed_downgrade(capsys, monkeypatch, user, keys, built_db, tmp_path) -> None:
    older = _pack(keys, built_db, tmp_path, "older", version="2000.1.1")
    code, _, err = cli(capsys, "pack", "install", older)
    assert code == 1 and "older data" in err and "--allow-downgrade" in err
    assert cli(capsys, "pack", "install", older, "--allow-downgrade")[0] == 0
    assert "data 2000.1.1" in _version(capsys)
    # A program update arrives, with newer built-in data than the one the downgrade was confirmed against.
    update = with_version(built_db, tmp_path / "update.db", "2030.1.1")
    monkeypatch.setattr(paths, "default_db_path", lambda: update)
    code, _, err = cli(capsys, "countries")
    assert code == 0 and "newer data it came with (2030.1.1)" in err and "2000.1.1" in err
    assert "data 2030.1.1" in _version(capsys)
    assert cli(capsys, "countries")[2] == "", "said once; the old pack is no longer chosen"


def _version(capsys) -> str:
    with pytest.raises(SystemExit):
        main(["--version"])
    return capsys.readouterr().out


#: Two installs at once: the older pack's install is slowed between checking and writing.
SLOW_INSTALL = """
import os, sys, time
from pathlib import Path
import fiitdesk.paths as paths
from fiitdesk.kit import packs
paths.keys_dir = lambda: Path(os.environ["KEYS"])
paths.default_db_path = lambda: Path(os.environ["INSTALLED"])
real_verify = packs.verify_pack
def slow_verify(*args, **kwargs):
    result = real_verify(*args, **kwargs)
    if os.environ.get("SLOW"):
        print("verified, waiting", flush=True)
        time.sleep(2)
    return result
packs.verify_pack = slow_verify
from fiitdesk.cli import main
sys.exit(main(["pack", "install", sys.argv[1]]))
"""


def test_simultaneous_installs_leave_the_newest_pack_active(capsys, user, keys, built_db, tmp_path) -> None:
    older = _pack(keys, built_db, tmp_path, "p2027", version="2027.1.1")
    newer = _pack(keys, built_db, tmp_path, "p2028", version="2028.1.1")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KEYS": str(keys[1]), "INSTALLED": str(built_db),
           "XDG_DATA_HOME": str(user.parent)}
    slow = subprocess.Popen([sys.executable, "-c", SLOW_INSTALL, str(older)], env={**env, "SLOW": "1"},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(1.0)  # the older install is checking (or waiting for the lock) when the newer one starts
    fast = subprocess.run([sys.executable, "-c", SLOW_INSTALL, str(newer)], env=env, capture_output=True,
                          text=True, timeout=120)
    _, slow_err = slow.communicate(timeout=120)
    assert fast.returncode == 0, fast.stderr
    assert slow.returncode == 0 or "older data" in slow_err, slow_err
    assert "data 2028.1.1" in _version(capsys)


# -- messages that tell the truth -------------------------------------------------------------------


def test_uninstall_that_fails_midway_says_what_it_did(capsys, monkeypatch, user, keys, built_db, tmp_path) -> None:
    pack = _pack(keys, built_db, tmp_path, "newer", version="2999.1.1")
    assert cli(capsys, "pack", "install", pack)[0] == 0
    real_unlink = Path.unlink

    def stubborn(self: Path, *args, **kwargs) -> None:
        if self.suffix == ".db" and self.parent.name == "packs":
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        real_unlink(self, *args, **kwargs)

    monkeypatch.setattr(Path, "unlink", stubborn)
    code, _, err = cli(capsys, "pack", "uninstall")
    monkeypatch.undo()
    assert code == 1 and "nothing was changed" not in err
    assert "uses the data it was installed with again" in err and "could not be removed" in err and ".db" in err
    monkeypatch.setattr(paths, "keys_dir", lambda: keys[1])
    monkeypatch.setattr(paths, "default_db_path", lambda: built_db)
    monkeypatch.setenv("XDG_DATA_HOME", str(user.parent))
    assert "built in" in _version(capsys)


@pytest.mark.parametrize("failing_fsync", range(1, 8))
def test_full_disk_during_install_leaves_no_orphan_and_names_the_file(capsys, monkeypatch, user, keys, built_db,
                                                                     tmp_path, failing_fsync: int) -> None:
    """The disk fills at one moment or another of the install (the n-th flush to disk fails, as with
    ENOSPC): either the install is complete and in use, or the previous data stays in use, nothing of the
    new pack is left, and the message names a file."""
    first = _pack(keys, built_db, tmp_path, "first", version="2998.1.1")
    assert cli(capsys, "pack", "install", first)[0] == 0
    before = sorted(p.name for p in (user / "packs").iterdir())
    newer = _pack(keys, built_db, tmp_path, "newer", version="2999.1.1")
    calls = {"n": 0}
    real_fsync = os.fsync

    def full(fd: int) -> None:
        calls["n"] += 1
        if calls["n"] == failing_fsync:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", full)
    code, _, err = cli(capsys, "pack", "install", newer)
    monkeypatch.setattr(os, "fsync", real_fsync)
    if code == 0:  # the flush that failed was the folder's, after a rename had done its work: said as done
        assert "data 2999.1.1" in _version(capsys)
        assert len(list((user / "packs").iterdir())) == 3
        return
    assert code == 1 and "No space left on device" in err
    assert "cannot write /" in err, f"the message names the file: {err}"
    assert "has not changed" in err and "nothing was changed" not in err.split("refused")[0]
    assert sorted(p.name for p in (user / "packs").iterdir()) == before, "no orphan of the new pack"
    assert "data 2998.1.1" in _version(capsys)


def test_full_disk_for_real_one_process(keys, built_db, tmp_path) -> None:
    """The same with a real limit: every file the install writes may hold at most 1 MB (EFBIG)."""
    pack = _pack(keys, built_db, tmp_path, "newer", version="2999.1.1")
    env = {"XDG_DATA_HOME": str(tmp_path / "xdg"), "FIITDESK_TEST_KEYS": str(keys[1]),
           "FIITDESK_TEST_INSTALLED": str(built_db)}
    result = run_cli(["pack", "install", str(pack)], env, file_size=1 << 20)
    assert result.code == 1, result
    assert "File too large" in result.err and "cannot write /" in result.err and "has not changed" in result.err
    leftovers = list((tmp_path / "xdg").rglob("*")) if (tmp_path / "xdg").exists() else []
    assert not [p for p in leftovers if p.is_file()], leftovers


def test_opening_a_proved_pack_loads_no_build_time_library(capsys, user, keys, built_db, tmp_path) -> None:
    """The proof at each opening is cheap: no pydantic (60 ms to import), no sqlite-utils, no Jinja2."""
    pack = _pack(keys, built_db, tmp_path, "newer", version="2999.1.1")
    assert cli(capsys, "pack", "install", pack)[0] == 0
    probe = ("import sys, os\nfrom pathlib import Path\nimport fiitdesk.paths as p\n"
             f"p.keys_dir = lambda: Path({str(keys[1])!r})\np.default_db_path = lambda: Path({str(built_db)!r})\n"
             "from fiitdesk.cli import main\nstatus = main(['countries'])\n"
             "heavy = ('pydantic', 'sqlite_utils', 'jinja2', 'PySide6')\n"
             "print('LOADED', sorted(m for m in heavy if m in sys.modules))")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_DATA_HOME": str(user.parent)}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert "data 2999.1.1" in _version(capsys)
    assert result.stdout.strip().endswith("LOADED []"), result.stdout[-200:]
