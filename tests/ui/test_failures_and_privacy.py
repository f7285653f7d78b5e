"""What goes wrong around the window: missing or damaged data, bad paths, no history (no network: see
tests/test_no_network.py, which proves it below Python)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QMessageBox

from fiitdesk.cli import main
from fiitdesk.ui.commands import pdf_text


@pytest.mark.parametrize("content", [None, b"garbage" * 500])
def test_gui_with_missing_or_damaged_database(qapp, monkeypatch, tmp_path: Path, content) -> None:
    from fiitdesk.ui import app as app_module

    db = tmp_path / "fiit.db"
    if content:
        db.write_bytes(content)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    assert app_module.run(SimpleNamespace(db=str(db))) == 1
    assert shown and str(db) in shown[0] and "make run" in shown[0]
    assert not config.exists(), "nothing is written when the application cannot start"
    assert (db.read_bytes() if content else None) == content


def test_cli_sheet_and_hotline_card(capsys, built_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "Clé USB" / "fiches BE FR.pdf"
    target.parent.mkdir()
    assert main(["--db", str(built_db), "sheet", "BE", "fr", "-o", str(target)]) == 0
    text = " ".join(pdf_text(target).split())
    assert "Belgique" in text and "France" in text and "45 jours" in text and "30 jours" in text
    card = tmp_path / "card.pdf"
    assert main(["--db", str(built_db), "hotline-card", "--country", "UK", "-o", str(card)]) == 0
    assert "+44800555111" in pdf_text(card).replace(" ", "")


def test_cli_pdf_errors_are_one_line(capsys, built_db: Path, tmp_path: Path) -> None:
    """Bad input is status 2, found before any work: an unknown country, a folder that does not exist."""
    assert main(["--db", str(built_db), "sheet", "ZZ", "-o", str(tmp_path / "x.pdf")]) == 2
    assert main(["--db", str(built_db), "sheet", "BE", "-o", str(tmp_path / "missing" / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 2 and "Traceback" not in err and not (tmp_path / "x.pdf").exists()
    assert "the folder of" in err.splitlines()[1] and "does not exist" in err.splitlines()[1]


def test_no_search_history_is_stored(window, settings_file: Path) -> None:
    window.hotlines.query.setText("Secret Search 0044")
    window.window_actions.search.trigger()
    window.search_dialog.field.setText("confidentiel recherche")
    window.search_dialog.reject()
    window.close()
    stored = settings_file.read_text(encoding="utf-8") if settings_file.exists() else ""
    assert "Secret" not in stored and "0044" not in stored and "confidentiel" not in stored


def test_damaged_settings_file_falls_back_to_defaults(qtbot, qapp, store, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from fiitdesk.ui.context import AppContext
    from fiitdesk.ui.main_window import MainWindow
    from fiitdesk.ui.settings import Settings

    path = tmp_path / "settings.ini"
    path.write_bytes(b"[General]\nzoom=banana\nlanguage=xx\nhigh_contrast=perhaps\ngeometry=@ByteArray(\\0\\1)\n"
                     b"calling_from=123\nlast_view=\x00\xff\n")
    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    assert (settings.zoom, settings.language, settings.high_contrast, settings.calling_from) == (0, "fr", False, "")
    window = MainWindow(AppContext(store, settings), qapp.install_language)
    qtbot.addWidget(window)
    assert window.current_view().objectName() == "hotlines"


def test_planted_open_tabs_in_the_settings_open_only_known_countries(qtbot, qapp, store, tmp_path: Path) -> None:
    """The tabs to reopen come from a file the user (or anyone) can edit: unknown codes, paths, markup,
    a thousand entries and duplicates open nothing but the known countries, once each."""
    from PySide6.QtCore import QSettings

    from fiitdesk.ui.context import AppContext
    from fiitdesk.ui.main_window import MainWindow
    from fiitdesk.ui.settings import Settings

    path = tmp_path / "settings.ini"
    planted = ",".join(["ZZ", "be", "../../etc/passwd", "<b>FR</b>", "BE", "B E", "", "é1"] + ["XX"] * 1000)
    path.write_text(f'[General]\nopen_countries="{planted}"\nlast_view=country-QQ\n', encoding="utf-8")
    window = MainWindow(AppContext(store, Settings(QSettings(str(path), QSettings.Format.IniFormat))),
                        qapp.install_language)
    qtbot.addWidget(window)
    countries = [window.tabs.widget(i).objectName() for i in range(window.tabs.count())
                 if window.tabs.widget(i).objectName().startswith("country-")]
    assert countries == ["country-BE"]
    assert window.current_view().objectName() == "hotlines", "an unknown last view falls back to the finder"


@pytest.mark.parametrize("language", ["xx", "", "EN ", "fr;rm -rf", "e" * 5000])
def test_unknown_language_is_one_line_and_writes_nothing(capsys, built_db: Path, tmp_path: Path,
                                                          language: str) -> None:
    """Status 2 and one short line naming the languages there are, even for a pasted page of text."""
    target = tmp_path / "x.pdf"
    assert main(["--db", str(built_db), "sheet", "BE", "--language", language, "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and "'fr', 'en'" in err
    assert len(err) < 300, "the refused value is not echoed whole"
    assert not target.exists()


@pytest.mark.parametrize("value", ["soon", "", "nan", "inf", "-inf", "1e999", "0x10", "1,5", "1" * 5000 + "x"])
def test_an_odd_benchmark_variable_in_the_environment_does_not_stop_the_window(qtbot, qapp, monkeypatch,
                                                                               built_db: Path, tmp_path: Path,
                                                                               value: str) -> None:
    """FIITDESK_BENCH_T0 (the benchmarks' start time) comes from the environment, which anyone can set:
    a value that is not a time opens the window as usual, without the benchmark's report."""
    from fiitdesk.ui.app import Session
    from fiitdesk.ui.settings import Settings

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("FIITDESK_BENCH_T0", value)
    session = Session(qapp, Settings(), built_db)
    window = session.open_window()
    qtbot.addWidget(window)
    assert window.isVisible()
