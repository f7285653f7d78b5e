"""File → Import data pack…: a valid pack is installed and the data reopened; a bad one changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from fiitdesk.kit import packs


@pytest.fixture()
def user_data(monkeypatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg" / "fiitdesk"


@pytest.fixture()
def signed(built_db: Path, tmp_path: Path) -> tuple[Path, dict]:
    private, public = packs.generate_keys(tmp_path / "keys")
    target = tmp_path / "fiit.fiitpack"
    packs.build_pack(built_db, private, target)
    return target, packs.load_public_keys(public.parent)


class FakeSession:
    def __init__(self) -> None:
        self.reloaded = 0

    def reload(self) -> None:
        self.reloaded += 1


def test_valid_pack_is_installed_and_the_data_reopened(window, signed, user_data, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    window.session = FakeSession()
    assert window.import_pack(signed[0], trusted=signed[1]) is True
    assert window.session.reloaded == 1
    assert list((user_data / "packs").glob("*.db")), "installed in the user's data folder"


def test_forged_pack_is_refused_with_the_reason(window, signed, user_data, monkeypatch, tmp_path: Path) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    window.session = FakeSession()
    junk = tmp_path / "junk.fiitpack"
    junk.write_bytes(signed[0].read_bytes()[:-500])
    assert window.import_pack(junk, trusted=signed[1]) is False
    assert warnings and "rien n’a été modifié" in warnings[0], "the French interface gives the reason"
    assert window.session.reloaded == 0 and not user_data.exists()


def test_about_says_which_data_is_in_use(window) -> None:
    assert "installées avec FIIT Desk" in window.about_text() or "installed with" in window.about_text()
