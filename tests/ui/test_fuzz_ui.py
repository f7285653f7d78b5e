"""The finder, search everywhere and the settings file, fed anything: no exception, nothing lost."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSettings

from fiitdesk.ui.settings import ZOOM_RANGE, Settings

SLOW_OK = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]


def _shown(window) -> list[tuple[str, str, str]]:
    return [(r["country"], r["organisation"], r["number"]) for r in window.hotlines.model.rows]


@settings(max_examples=150, deadline=None, suppress_health_check=SLOW_OK)
@given(st.text(max_size=60))
def test_finder_and_search_accept_any_text(window, text: str) -> None:
    """Any text: the finder shows some of the numbers (never one it does not have) and says something about
    them; the same text gives the same answer; search everywhere lists exactly what the kit finds."""
    window.hotlines.query.setText("")
    everything = set(_shown(window))
    window.hotlines.query.setText(text)
    answer = _shown(window)
    assert set(answer) <= everything and len(answer) == window.hotlines.model.rowCount()
    assert window.hotlines.detail.text(), "the detail line always says something"
    window.hotlines.query.setText("")
    window.hotlines.query.setText(text)
    assert _shown(window) == answer
    window.search_dialog.field.setText(text)
    expected = window.context.store.search(text, limit=60)
    assert window.search_dialog.results.count() == len(expected)
    if expected:
        assert expected[0]["title"] in window.search_dialog.results.item(0).text()


@settings(max_examples=150, deadline=None, suppress_health_check=SLOW_OK)
@given(st.binary(max_size=400))
def test_garbage_settings_file_gives_defaults(tmp_path: Path, garbage: bytes) -> None:
    path = tmp_path / "settings.ini"
    path.write_bytes(garbage)
    loaded = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    assert loaded.language in ("fr", "en")
    assert ZOOM_RANGE[0] <= loaded.zoom <= ZOOM_RANGE[1]
    assert isinstance(loaded.high_contrast, bool) and isinstance(loaded.last_view, str)
    assert loaded.calling_from == "" or (len(loaded.calling_from) == 2 and loaded.calling_from.isupper())


def test_missing_settings_folder_is_created_when_saving(qapp, store, tmp_path: Path) -> None:
    path = tmp_path / "not" / "yet" / "there" / "settings.ini"
    loaded = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    assert loaded.zoom == 0
    loaded.zoom = 3
    loaded.sync()
    assert Settings(QSettings(str(path), QSettings.Format.IniFormat)).zoom == 3
