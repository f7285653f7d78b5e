"""pytest-qt fixtures: the real database, a FiitApplication, settings that never touch the user's."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from fiitdesk.ui.app import FiitApplication
from tests.conftest import ROOT

QMS = [ROOT / "resources" / "i18n" / f"fiitdesk_{language}.qm" for language in ("fr", "en")]


@pytest.fixture(scope="session")
def qapp_cls():
    return FiitApplication


@pytest.fixture(scope="session", autouse=True)
def _translations_compiled() -> None:
    """`make test` compiles the .qm; running pytest alone compiles it here."""
    for qm in QMS:
        source = qm.with_suffix(".ts")
        if not qm.exists() or qm.stat().st_mtime < source.stat().st_mtime:
            lrelease = Path(__import__("sys").executable).parent / "pyside6-lrelease"
            subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(qm)], check=True)


@pytest.fixture()
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture()
def context(qapp, store, settings_file: Path):
    from fiitdesk.ui.context import AppContext
    from fiitdesk.ui.fonts import load_fonts
    from fiitdesk.ui.settings import Settings

    load_fonts()
    settings = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    qapp.install_language(settings.language)
    yield AppContext(store, settings)
    qapp.install_language("fr")


@pytest.fixture()
def window(qtbot, qapp, context):
    from fiitdesk.ui.main_window import MainWindow

    main = MainWindow(context, qapp.install_language)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.first_painted):  # as a user, who acts once the window is on screen
        main.show()
    return main
