"""The user's preferences, kept in their configuration folder (never next to the program).

Only presentation is stored: window geometry, last view, zoom, language, contrast, "calling from", the
printed form of a country sheet last chosen (essential sheet or full dossier).
Nothing a user searches for is ever written. A damaged or hand-edited settings file never stops the
application: every value is checked on reading and replaced by its default when it does not fit.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from fiitdesk.kit.labels import LANGUAGES  # the one list of languages (content, sheets, interface)

ZOOM_RANGE = (-4, 12)
SHEET_FORMS = ("essential", "full")


class Settings:
    """Typed, validated access to QSettings."""

    def __init__(self, qsettings: QSettings | None = None):
        self._s = qsettings or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                         "FIIT Desk", "fiitdesk")

    def _get(self, key: str, default: object) -> object:
        try:
            return self._s.value(key, default)
        except Exception:
            return default

    def _text(self, key: str, default: str, allowed: tuple[str, ...] | None = None) -> str:
        value = self._get(key, default)
        if not isinstance(value, str) or (allowed is not None and value not in allowed):
            return default
        return value

    def _int(self, key: str, default: int, low: int, high: int) -> int:
        value = self._get(key, default)
        try:
            number = int(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return default
        return number if low <= number <= high else default

    def _bool(self, key: str, default: bool) -> bool:
        value = self._get(key, default)
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false"):
            return value.lower() == "true"
        return default

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._get(key, None)
        return value if isinstance(value, QByteArray) else None

    def _set(self, key: str, value: object) -> None:
        self._s.setValue(key, value)

    # -- the preferences ----------------------------------------------------------------------------

    @property
    def language(self) -> str:
        return self._text("language", "fr", LANGUAGES)

    @language.setter
    def language(self, value: str) -> None:
        if value in LANGUAGES:
            self._set("language", value)

    @property
    def zoom(self) -> int:
        return self._int("zoom", 0, *ZOOM_RANGE)

    @zoom.setter
    def zoom(self, value: int) -> None:
        self._set("zoom", max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], int(value))))

    @property
    def high_contrast(self) -> bool:
        return self._bool("high_contrast", False)

    @high_contrast.setter
    def high_contrast(self, value: bool) -> None:
        self._set("high_contrast", bool(value))

    @property
    def last_view(self) -> str:
        return self._text("last_view", "")

    @last_view.setter
    def last_view(self, value: str) -> None:
        self._set("last_view", str(value))

    @property
    def calling_from(self) -> str:
        value = self._text("calling_from", "")
        return value if len(value) == 2 and value.isalpha() and value.isupper() else ""

    @calling_from.setter
    def calling_from(self, value: str) -> None:
        self._set("calling_from", value or "")

    @property
    def open_countries(self) -> list[str]:
        """The country tabs open when the window closed (codes only: no trace of what was searched)."""
        raw = self._get("open_countries", "")
        text = raw if isinstance(raw, str) else ",".join(str(r) for r in raw) if isinstance(raw, list) else ""
        codes = dict.fromkeys(part.strip().upper() for part in text.split(","))
        return [c for c in codes if len(c) == 2 and c.isalpha()][:40]

    @open_countries.setter
    def open_countries(self, codes: list[str]) -> None:
        self._set("open_countries", ",".join(codes))

    @property
    def sheet_form(self) -> str:
        return self._text("sheet_form", "essential", SHEET_FORMS)

    @sheet_form.setter
    def sheet_form(self, value: str) -> None:
        if value in SHEET_FORMS:
            self._set("sheet_form", value)

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._set("geometry", value)

    def sync(self) -> None:
        self._s.sync()

    @property
    def file_name(self) -> str:
        return self._s.fileName()
