"""No network, proved below Python: the self-test and the PDF commands run under ``strace -f -e
trace=connect``, and any connection to an inet address (IPv4 or IPv6), or to the print system's socket,
fails the test.

Replacing Python's ``socket`` (as an earlier test did) cannot see what Qt or a C library does — and it was
QPrinter's constructor, in C++, that asked CUPS for the default printer: 127.0.0.1:631, [::1]:631, or the
office print server named by ``CUPS_SERVER``. ``CUPS_SERVER`` points at a documentation address here, so a
connection to it would show in the trace. strace is installed by ``make test`` (Makefile ``testdeps``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

STRACE = shutil.which("strace")


@pytest.fixture(scope="module")
def strace() -> str:
    if STRACE is None:
        pytest.skip("strace is not installed ('make test' installs it as root or with sudo: apt-get install strace)")
    probe = subprocess.run([STRACE, "-f", "-qq", "-e", "trace=connect", "-o", os.devnull, "true"],
                           capture_output=True, text=True, timeout=60)
    if probe.returncode != 0:
        pytest.skip(f"strace cannot trace processes here ({probe.stderr.strip()})")
    return STRACE


def _connections(strace: str, tmp_path: Path, *args: str) -> list[str]:
    log = tmp_path / "connect.log"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "CUPS_SERVER": "192.0.2.1:631"}
    result = subprocess.run([strace, "-f", "-qq", "-e", "trace=connect", "-o", str(log), sys.executable, "-m",
                             "fiitdesk", *args], capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    calls = log.read_text().splitlines()
    return [line for line in calls if "AF_INET" in line or "cups" in line]


def test_self_test_makes_no_network_connection(strace: str, built_db: Path, tmp_path: Path) -> None:
    """The self-test uses every view and writes every sheet and the hotline card to PDF."""
    assert _connections(strace, tmp_path, "--db", str(built_db), "self-test") == []


def test_pdf_commands_make_no_network_connection(strace: str, built_db: Path, tmp_path: Path) -> None:
    assert _connections(strace, tmp_path, "--db", str(built_db), "sheet", "BE", "FR", "-o",
                        str(tmp_path / "sheets.pdf")) == []
    assert _connections(strace, tmp_path, "--db", str(built_db), "hotline-card", "-o",
                        str(tmp_path / "card.pdf")) == []
    assert (tmp_path / "sheets.pdf").stat().st_size > 10_000 and (tmp_path / "card.pdf").stat().st_size > 5_000
