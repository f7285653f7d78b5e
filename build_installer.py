"""One command from a clean checkout to finished, tested installers:  python build_installer.py

Steps: set up the environment (the Makefile's, plus PyInstaller), rebuild the database from data/kit,
compile the translations, freeze the application one-folder with the spec in resources/installer/, run
the frozen self-test (failing on any unexpected line on stderr), then make the platform's artefacts:

- Linux (built and tested here): a .deb (installs under /opt/fiitdesk, `fiitdesk` on the PATH, a desktop
  entry and icon, declares the system libraries it needs), unpacked with `dpkg -x` and self-tested; and a
  portable .tar.xz, unpacked into a folder named like a USB stick ("Clé USB/FIIT Desk") and self-tested,
  checking that it writes nothing next to itself.
- Windows (written, untested here): the Inno Setup script resources/installer/fiitdesk.iss compiled when
  `iscc` is on the PATH, otherwise a portable .zip of the folder.
- macOS (written, untested here): the .app bundle from the spec and a .dmg when `hdiutil` is present.

Every artefact is printed with its size and SHA-256 and listed in dist/SHA256SUMS.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
INSTALLER = ROOT / "resources" / "installer"
BUILD = ROOT / "build" / "installer"
DIST = ROOT / "dist"
VENV_PYTHON = ROOT / ".venv" / ("Scripts/python.exe" if os.name == "nt" else "bin/python")

#: What the offscreen platform says on every window it shows; anything else on stderr fails the build.
EXPECTED_STDERR = ("This plugin does not support propagateSizeHints()",)

#: Debian packages of the libraries the frozen Qt loads from the system (X11/xcb, GL, fonts, printing).
DEB_DEPENDS = ["libc6 (>= 2.34)", "libegl1", "libgl1", "libopengl0", "libxkbcommon0", "libxkbcommon-x11-0",
               "libfontconfig1", "libfreetype6", "libpng16-16", "zlib1g", "libexpat1", "libzstd1", "libdbus-1-3",
               "libglib2.0-0", "libx11-6", "libx11-xcb1", "libxext6", "libxrender1", "libxcb1", "libxcb-cursor0",
               "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0", "libxcb-shape0",
               "libxcb-randr0", "libxcb-xkb1", "libxcb-glx0", "libcups2"]


class BuildFailed(Exception):
    pass


def say(text: str) -> None:
    print(f"[build] {text}", flush=True)


def run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(command, check=True, **kwargs)


# -- environment ------------------------------------------------------------------------------------


def ensure_environment() -> None:
    """Run inside the project's venv with PyInstaller; set it up (as `make run` would) if needed."""
    in_venv = Path(sys.prefix).resolve() == (ROOT / ".venv").resolve()
    try:
        import PyInstaller  # noqa: F401

        has_pyinstaller = True
    except ImportError:
        has_pyinstaller = False
    if in_venv and has_pyinstaller:
        return
    if not VENV_PYTHON.exists():
        say("setting up the environment (make sysdeps db)")
        run(["make", "-C", str(ROOT), "sysdeps", "db"])
    if subprocess.run([str(VENV_PYTHON), "-c", "import PyInstaller"], capture_output=True).returncode:
        say("installing PyInstaller (the 'build' extra)")
        run([str(VENV_PYTHON), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[build]"])
    os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), str(Path(__file__).resolve()), *sys.argv[1:]])


def versions() -> tuple[str, str]:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    sys.path.insert(0, str(ROOT))
    from fiitdesk.kit.build import build_database

    say("rebuilding data/fiit.db from data/kit")
    meta = build_database(ROOT / "data" / "kit", ROOT / "data" / "fiit.db")
    return version, meta["data_version"]


def compile_translations() -> None:
    lrelease = Path(sys.executable).parent / ("pyside6-lrelease.exe" if os.name == "nt" else "pyside6-lrelease")
    for language in ("fr", "en"):  # English: only its plural forms
        source = ROOT / "resources" / "i18n" / f"fiitdesk_{language}.ts"
        run([str(lrelease), "-silent", str(source), "-qm", str(source.with_suffix(".qm"))])


# -- freezing and testing ---------------------------------------------------------------------------


def freeze(spec: Path, name: str) -> Path:
    """PyInstaller one-folder build from ``spec``; returns the folder."""
    work, dist = BUILD / "work" / name, BUILD / "dist" / name
    say(f"PyInstaller: {spec.name}")
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--workpath", str(work), "--distpath", str(dist), str(spec)])
    return dist / "fiitdesk"


def executable(folder: Path) -> Path:
    return folder / ("fiitdesk.exe" if os.name == "nt" else "fiitdesk")


def frozen_self_test(program: Path, label: str) -> None:
    """Run the frozen program's self-test offscreen; any failure or unexpected stderr line fails the build."""
    with tempfile.TemporaryDirectory(prefix="fiitdesk-home-") as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": home, "XDG_CONFIG_HOME": home,
               "APPDATA": home, "PYTHONPATH": ""}
        env.pop("PYTHONHOME", None)
        result = subprocess.run([str(program), "self-test"], capture_output=True, text=True, env=env,
                                cwd=home, timeout=600)
        version = subprocess.run([str(program), "--version"], capture_output=True, text=True, env=env,
                                 cwd=home, timeout=120)
    unexpected = [line for line in result.stderr.splitlines() if line.strip() and line not in EXPECTED_STDERR]
    if result.returncode != 0 or unexpected or "self-test: passed" not in result.stdout:
        raise BuildFailed(f"self-test of {label} failed (status {result.returncode}):\n{result.stdout}\n"
                          f"unexpected stderr:\n" + "\n".join(unexpected))
    frozen_pack_check(program, label)
    say(f"self-test passed: {label} ({version.stdout.strip()})")


def frozen_pack_check(program: Path, label: str) -> None:
    """The frozen program verifies a real pack (every check: pydantic, signature, streamed database, schema)
    and refuses a hostile one with its reason: the pack code works frozen, not only from a checkout."""
    from fiitdesk.kit import packs

    with tempfile.TemporaryDirectory(prefix="fiitdesk-pack-") as tmp:
        private, public = packs.generate_keys(Path(tmp) / "keys")
        pack = Path(tmp) / "real.fiitpack"
        packs.build_pack(ROOT / "data" / "fiit.db", private, pack)
        hostile = Path(tmp) / "zero.fiitpack"
        hostile.symlink_to(os.devnull) if os.name != "nt" else hostile.write_bytes(b"not a pack")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": tmp, "APPDATA": tmp, "PYTHONPATH": ""}
        good = subprocess.run([str(program), "pack", "verify", str(pack), "--keys", str(public.parent)],
                              capture_output=True, text=True, env=env, cwd=tmp, timeout=300)
        bad = subprocess.run([str(program), "pack", "verify", str(hostile), "--keys", str(public.parent)],
                             capture_output=True, text=True, env=env, cwd=tmp, timeout=300)
    if good.returncode != 0 or "valid pack" not in good.stdout:
        raise BuildFailed(f"{label}: the frozen program cannot verify a valid pack:\n{good.stdout}{good.stderr}")
    if bad.returncode != 1 or "refused" not in bad.stderr or "internal error" in bad.stderr:
        raise BuildFailed(f"{label}: the frozen program does not refuse a hostile pack cleanly:\n{bad.stderr}")


# -- Linux artefacts --------------------------------------------------------------------------------


def make_deb(folder: Path, version: str, data_version: str) -> Path:
    stage = BUILD / "deb"
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(folder, stage / "opt" / "fiitdesk", symlinks=True)
    launcher = stage / "usr" / "bin" / "fiitdesk"
    launcher.parent.mkdir(parents=True)
    # Relative to where the launcher is, so it also runs from an unpacked copy (dpkg -x into a folder).
    launcher.write_text('#!/bin/sh\nhere="$(dirname "$(readlink -f "$0")")"\n'
                        'exec "$here/../../opt/fiitdesk/fiitdesk" "$@"\n', encoding="utf-8")
    launcher.chmod(0o755)
    applications = stage / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    (applications / "fiitdesk.desktop").write_text((INSTALLER / "fiitdesk.desktop").read_text(encoding="utf-8"),
                                                   encoding="utf-8")
    icons = stage / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps"
    icons.mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / "fiitdesk.png", icons / "fiitdesk.png")
    control = stage / "DEBIAN" / "control"
    control.parent.mkdir()
    size_kb = sum(f.stat().st_size for f in stage.rglob("*") if f.is_file()) // 1024
    control.write_text(
        f"Package: fiitdesk\nVersion: {version}+data{data_version}\nSection: misc\nPriority: optional\n"
        f"Architecture: amd64\nInstalled-Size: {size_kb}\nDepends: {', '.join(DEB_DEPENDS)}\n"
        "Maintainer: FIIT Desk <fiitdesk@invalid.example>\n"
        "Description: offline reference kit for people who assist victims of trafficking\n"
        " FIIT Desk shows each country's rules and services for victims of trafficking, compares\n"
        " countries and finds emergency numbers, from the IOM FIIT information kit (2013).\n"
        " It never connects to a network.\n", encoding="utf-8")
    target = DIST / f"fiitdesk_{version}+data{data_version}_amd64.deb"
    run(["fakeroot", "dpkg-deb", "-Zxz", "--build", str(stage), str(target)], stdout=subprocess.DEVNULL)
    return target


def make_tarxz(folder: Path, version: str, data_version: str) -> Path:
    name = f"fiitdesk-{version}-data{data_version}-linux-x86_64"
    target = DIST / f"{name}.tar.xz"
    with tarfile.open(target, "w:xz", preset=9) as archive:
        archive.add(folder, arcname=name)
    return target


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file()}


def test_deb(deb: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="fiitdesk-deb-") as tmp:
        run(["dpkg", "-x", str(deb), tmp])
        frozen_self_test(Path(tmp) / "usr" / "bin" / "fiitdesk", "the .deb's launcher (dpkg -x)")
        desktop = (Path(tmp) / "usr" / "share" / "applications" / "fiitdesk.desktop").read_text(encoding="utf-8")
        if "Exec=fiitdesk" not in desktop:
            raise BuildFailed("the .deb's desktop entry does not start fiitdesk")


def test_portable(archive: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="fiitdesk-usb-") as tmp:
        stick = Path(tmp) / "Clé USB" / "FIIT Desk"
        stick.mkdir(parents=True)
        with tarfile.open(archive) as tar:
            tar.extractall(stick, filter="tar")
        folder = next(stick.iterdir())
        before = snapshot(folder)
        frozen_self_test(executable(folder), f"the portable folder in '{folder}'")
        if snapshot(folder) != before:
            raise BuildFailed("the portable folder wrote files next to itself")


# -- Windows and macOS artefacts (untested here) ----------------------------------------------------


def make_windows(folder: Path, version: str, data_version: str) -> list[Path]:
    iscc = shutil.which("iscc") or shutil.which("ISCC.exe")
    if iscc:
        run([iscc, f"/DAppVersion={version}", f"/DDataVersion={data_version}", f"/DSourceDir={folder}",
             f"/O{DIST}", str(INSTALLER / "fiitdesk.iss")])
        return sorted(DIST.glob("fiitdesk-*-setup.exe"))
    target = DIST / f"fiitdesk-{version}-data{data_version}-windows-portable.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in folder.rglob("*"):
            archive.write(path, Path(f"FIIT Desk {version}") / path.relative_to(folder))
    return [target]


def make_macos(version: str, data_version: str) -> list[Path]:
    bundle = BUILD / "dist" / "app" / "FIIT Desk.app"
    if not bundle.exists():
        raise BuildFailed("the .app bundle was not produced by PyInstaller")
    if not shutil.which("hdiutil"):
        target = DIST / f"fiitdesk-{version}-data{data_version}-macos.zip"
        shutil.make_archive(str(target.with_suffix("")), "zip", bundle.parent, bundle.name)
        return [target]
    target = DIST / f"fiitdesk-{version}-data{data_version}-macos.dmg"
    run(["hdiutil", "create", "-volname", "FIIT Desk", "-srcfolder", str(bundle), "-ov", "-format", "UDZO",
         str(target)])
    return [target]


# -- checksums --------------------------------------------------------------------------------------


def write_checksums(artefacts: list[Path]) -> None:
    from fiitdesk.kit.packs import sha256_file

    lines = [f"{sha256_file(a)}  {a.name}" for a in artefacts]
    (DIST / "SHA256SUMS").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for artefact, line in zip(artefacts, lines, strict=True):
        print(f"{artefact.name:70} {artefact.stat().st_size / 1e6:7.1f} MB  sha256 {line.split()[0]}")
    print(f"{'SHA256SUMS':70} written to {DIST}")


def folder_mb(folder: Path) -> float:
    """Size on disk, counting each file once (PyInstaller links shared libraries into _internal/)."""
    return sum(f.lstat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-tests", action="store_true", help="do not self-test the artefacts (not for release)")
    args = parser.parse_args()
    ensure_environment()
    started = time.perf_counter()
    try:
        version, data_version = versions()
        compile_translations()
        DIST.mkdir(exist_ok=True)
        for old in DIST.iterdir():
            if old.is_file():
                old.unlink()
        folder = freeze(INSTALLER / "fiitdesk.spec", "app")
        say(f"one-folder application: {folder_mb(folder):.1f} MB")
        if not args.skip_tests:
            frozen_self_test(executable(folder), "the frozen folder")
        system = platform.system()
        if system == "Linux":
            deb = make_deb(folder, version, data_version)
            tarxz = make_tarxz(folder, version, data_version)
            artefacts = [deb, tarxz]
            if not args.skip_tests:
                test_deb(deb)
                test_portable(tarxz)
        elif system == "Windows":
            artefacts = make_windows(folder, version, data_version)
        elif system == "Darwin":
            artefacts = make_macos(version, data_version)
        else:
            raise BuildFailed(f"no installer recipe for {system}")
        write_checksums(artefacts)
    except (BuildFailed, subprocess.CalledProcessError) as exc:
        print(f"build_installer.py: {exc}", file=sys.stderr)
        return 1
    say(f"done in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
