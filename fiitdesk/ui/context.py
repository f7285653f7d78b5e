"""What every view needs to know about the session: the store, the settings, language, zoom, contrast."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fiitdesk.ui.settings import Settings


class SessionStore:
    """The kit's store in the session's language, whatever that is at the moment of each call.

    Every view keeps ``context.store``; each call goes to ``KitStore.with_language(settings.language)`` (a view
    of the same connection, made once per language), so that switching the language switches the content
    every view reads, with nothing to rebuild. A database without content in that language is read in
    French.
    """

    def __init__(self, store: Any, settings: Settings):
        self._store = store
        self._settings = settings

    @property
    def current(self) -> Any:
        try:
            return self._store.with_language(self._settings.language)
        except (AttributeError, ValueError):
            return self._store

    def __getattr__(self, name: str) -> Any:
        return getattr(self.current, name)


@dataclass
class AppContext:
    """Shared state of one running application; views read it, the main window changes it."""

    store: Any
    settings: Settings
    data: Any = None  # packs.DataChoice: which data is in use, and from where

    def __post_init__(self) -> None:
        if not isinstance(self.store, SessionStore):
            self.store = SessionStore(self.store, self.settings)

    @property
    def language(self) -> str:
        return self.settings.language

    @property
    def zoom(self) -> int:
        return self.settings.zoom

    @property
    def high_contrast(self) -> bool:
        return self.settings.high_contrast

    def source_labels(self, records: list[dict[str, Any]]) -> list[str]:
        """The labels ("Kit FIIT, OIM 2013 — situation 2012–2013") of the documents ``records`` cite."""
        docs = dict.fromkeys(r["source"]["doc"] for r in records if r.get("source"))
        return [self.store.sources[d]["label"] for d in docs if d in self.store.sources]

    def footer(self, title: str, sources: list[str]) -> str:
        """The line at the foot of every printed page: what it is, when its information dates from (which
        documents, which years), and which data version printed it."""
        from fiitdesk.kit.labels import information_dates, translated_footer, words

        records = [s for s in self.store.sources.values() if s["label"] in sources]
        dates = information_dates(records, self.language) or " · ".join(sources)
        version = f"{words(self.language)['data_version']} {self.store.meta.get('data_version', '?')}"
        # In another language than the kit's, the content is an unofficial translation: said right after the
        # title, so that a footer too long for its two lines loses the end, never this.
        translated = translated_footer(self.language)
        return " — ".join(filter(None, ["FIIT Desk", title, translated, dates, version]))
