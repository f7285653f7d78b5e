"""File → Import data pack…: read and checked off the window's thread, with progress, and can be stopped; a
valid pack is installed and the data reopened; a bad one changes nothing; the window always opens."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

from fiitdesk import paths
from fiitdesk.kit import data, packs
from tests.packmaker import altered_copy, with_version


@pytest.fixture()
def user_data(monkeypatch, tmp_path: Path, built_db: Path) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(paths, "default_db_path", lambda: built_db)
    return tmp_path / "xdg" / "fiitdesk"


@pytest.fixture()
def signed(built_db: Path, tmp_path: Path) -> tuple[Path, dict, Path]:
    private, public = packs.generate_keys(tmp_path / "keys")
    target = tmp_path / "fiit.fiitpack"
    packs.build_pack(with_version(built_db, tmp_path / "newer.db", "2999.1.1"), private, target)
    return target, packs.load_public_keys(public.parent), private


class FakeSession:
    def __init__(self) -> None:
        self.reloaded = 0

    def reload(self) -> None:
        self.reloaded += 1


@pytest.fixture()
def messages(monkeypatch) -> dict[str, list[str]]:
    said: dict[str, list[str]] = {"information": [], "warning": [], "question": []}
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said["information"].append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said["warning"].append(a[2]))
    return said


def test_valid_pack_is_installed_off_the_window_thread(window, signed, user_data, messages, monkeypatch) -> None:
    threads: list[bool] = []
    real_install = data.install

    def install(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real_install(*args, **kwargs)

    monkeypatch.setattr(data, "install", install)
    window.session = FakeSession()
    assert window.import_pack(signed[0], trusted=signed[1]) is True
    assert threads == [False], "the pack was read and checked on a worker thread"
    assert window.session.reloaded == 1 and "2999.1.1" in messages["information"][0]
    assert list((user_data / "packs").glob("*.db")), "installed in the user's data folder"


def test_import_can_be_stopped_and_then_changes_nothing(qtbot, window, signed, user_data, messages,
                                                       monkeypatch) -> None:
    """Cancel in the progress dialog, while the database is being read: stopped, nothing changed."""
    pressed = threading.Event()
    real_install = data.install

    def held(path, allow_downgrade, progress, cancelled, places=None):
        def slow_progress(done: int, total: int) -> None:
            progress(done, total)
            pressed.wait(20)  # the first block waits for the user's click

        return real_install(path, allow_downgrade, slow_progress, cancelled, places=places)

    def press_cancel() -> None:
        dialog = window.findChild(QProgressDialog, "import-progress")
        dialog.findChild(QPushButton).click()
        pressed.set()

    monkeypatch.setattr(data, "install", held)
    QTimer.singleShot(300, press_cancel)
    window.session = FakeSession()
    assert window.import_pack(signed[0], trusted=signed[1]) is False
    assert messages["warning"] and "L’importation a été arrêtée ; rien n’a été modifié." in messages["warning"][0]
    assert window.session.reloaded == 0 and not user_data.exists()


def test_forged_pack_is_refused_with_the_reason(window, signed, user_data, messages, tmp_path: Path) -> None:
    window.session = FakeSession()
    junk = tmp_path / "junk.fiitpack"
    junk.write_bytes(signed[0].read_bytes()[:-500])
    assert window.import_pack(junk, trusted=signed[1]) is False
    assert messages["warning"] and "rien n’a été modifié" in messages["warning"][0], "the French interface"
    assert "endommagé ou incomplet" in messages["warning"][0], "and the reason, in French"
    assert window.session.reloaded == 0 and not user_data.exists()


def test_downgrade_is_asked_with_both_versions(window, signed, user_data, messages, monkeypatch, built_db,
                                               tmp_path) -> None:
    older = tmp_path / "older.fiitpack"
    packs.build_pack(with_version(built_db, tmp_path / "older.db", "2000.1.1"), signed[2], older)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: (messages["question"].append(a[2]), answers.pop(0))[1])
    window.session = FakeSession()
    assert window.import_pack(older, trusted=signed[1]) is False
    assert "2000.1.1" in messages["question"][0] and data.data_version_of(built_db) in messages["question"][0]
    assert "rien n’a été modifié" in messages["information"][-1] and not (user_data / "active.json").exists()
    assert window.import_pack(older, trusted=signed[1]) is True
    assert data.current_choice(data.Places(built_db, user_data, signed[1])).version == "2000.1.1"


def test_installed_message_shows_manifest_fields_as_text(window, user_data, messages, monkeypatch, tmp_path) -> None:
    """The message that says what was installed holds the manifest's fields: escaped, never markup."""
    hostile = packs.Manifest('<img src="/dev/zero">', "<b>2026</b>", 1, [], "0" * 64, 16, "0" * 16)
    monkeypatch.setattr(data, "install", lambda *a, **k: data.Installed(hostile, False, tmp_path))
    window.session = FakeSession()
    assert window.import_pack(tmp_path / "any.fiitpack") is True
    said = messages["information"][0]
    assert "<img" not in said and "<b>2026" not in said and "&lt;img src=\"/dev/zero\"&gt;" in said


def test_about_says_which_data_is_in_use(window) -> None:
    text = window.about_text()
    assert "En service : les données installées avec FIIT Desk" in text
    assert "Kit FIIT, OIM 2013" in text and "à la date de 2013" in text and "à la date de 2021–2023" in text


def test_window_opens_on_the_installed_data_when_a_pack_fails_while_it_is_built(qapp, monkeypatch, user_data,
                                                                               signed, built_db, tmp_path) -> None:
    """A pack that passed its checks (an earlier FIIT Desk installed it) but breaks the window: the window
    opens on the installed data, says so, and offers the way back."""
    from fiitdesk.ui.app import Session
    from fiitdesk.ui.settings import Settings

    broken = altered_copy(built_db, tmp_path / "broken.db", "UPDATE sheets SET html = 'not json' "
                          "WHERE medium = 'sections' AND country = 'IT'")
    with_version(broken, broken, "2999.1.1")
    packs.build_pack(broken, signed[2], tmp_path / "broken.fiitpack")
    monkeypatch.setattr(paths, "keys_dir", lambda: signed[2].parent)
    with monkeypatch.context() as earlier_version:  # installed by a FIIT Desk that did not check sheets
        earlier_version.setattr(packs, "check_database", lambda *args: None)
        data.install(tmp_path / "broken.fiitpack")
    notices: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: notices.append(a[2]))
    from PySide6.QtCore import QSettings

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.last_view = "country-IT"
    qapp.install_language(settings.language)
    session = Session(qapp, settings, None)
    window = session.open_window()
    qapp.processEvents()
    assert window.context.data.origin == "installed" and window.store.path == built_db
    assert notices and "2999.1.1" in notices[0] and "Revenir aux données installées" in notices[0]
    assert window.window_actions.uninstall.isEnabled() and window.window_actions.uninstall.text()
    window.close()
    window.store.close()


def test_relative_xdg_config_home_is_ignored(qapp, monkeypatch, tmp_path) -> None:
    from fiitdesk.ui.settings import Settings

    monkeypatch.setenv("XDG_CONFIG_HOME", "config")
    monkeypatch.chdir(tmp_path)
    name = Settings().file_name
    assert Path(name).is_absolute() and not name.startswith(str(tmp_path)), name
