"""The installers are built and their frozen programs tested, not assumed (slow: about two minutes).

build_installer.py itself runs the frozen self-test three times — the PyInstaller folder, the .deb unpacked
with dpkg -x through its launcher, and the portable .tar.xz unpacked under "Clé USB/FIIT Desk" — and fails
on any error or unexpected stderr line. This test runs it as a user would and checks what it delivers.
"""

from __future__ import annotations

import hashlib
import platform
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.skipif(platform.system() != "Linux", reason="Linux artefacts")]

BUDGET_MB = 40


@pytest.fixture(scope="module")
def build() -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, str(ROOT / "build_installer.py")], capture_output=True, text=True,
                            cwd=ROOT, timeout=1800)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return result


def test_frozen_self_tests_passed_everywhere(build) -> None:
    out = build.stdout
    assert "self-test passed: the frozen folder" in out
    assert "self-test passed: the .deb's launcher (dpkg -x)" in out
    assert "self-test passed: the portable folder in" in out and "Clé USB/FIIT Desk" in out


def test_artefacts_within_budget_with_checksums(build) -> None:
    dist = ROOT / "dist"
    debs, tarballs = list(dist.glob("fiitdesk_*_amd64.deb")), list(dist.glob("fiitdesk-*-linux-x86_64.tar.xz"))
    assert len(debs) == 1 and len(tarballs) == 1
    sums = dict(reversed(line.split("  ")) for line in (dist / "SHA256SUMS").read_text().splitlines())
    for artefact in (debs[0], tarballs[0]):
        assert artefact.stat().st_size <= BUDGET_MB * 1_000_000, artefact.name
        assert sums[artefact.name] == hashlib.sha256(artefact.read_bytes()).hexdigest()
        assert "0.1" in artefact.name and "data" in artefact.name, "program and data versions in the name"


def test_deb_declares_its_libraries_and_installs_under_opt(build) -> None:
    deb = next((ROOT / "dist").glob("*.deb"))
    info = subprocess.run(["dpkg-deb", "--info", str(deb)], capture_output=True, text=True, check=True).stdout
    for library in ("libxcb-cursor0", "libxkbcommon-x11-0", "libfontconfig1", "libegl1"):
        assert library in info
    contents = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True,
                              check=True).stdout
    assert "./opt/fiitdesk/fiitdesk" in contents and "./usr/bin/fiitdesk" in contents
    assert "./usr/share/applications/fiitdesk.desktop" in contents
