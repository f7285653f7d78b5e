"""What every view needs to know about the session: the store, the settings, language, zoom, contrast — and
the kit's content asked for in the interface language.

Views never ask the store for content directly but through the methods below, so that everything they show
follows the interface language from one place. This is also the one place where the window meets the
language-aware store: a store method that takes ``language`` is given the interface language (see
``_in_language``), one that does not yet is asked as before.
"""

from __future__ import annotations

import inspect
from functools import cache
from typing import Any

from fiitdesk.kit import labels
from fiitdesk.kit.labels import ORIGINAL_LANGUAGE
from fiitdesk.ui.settings import Settings


@cache
def _parameters(kind: type, name: str) -> frozenset[str]:
    try:
        return frozenset(inspect.signature(getattr(kind, name)).parameters)
    except (TypeError, ValueError):
        return frozenset()


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


class AppContext:
    """Shared state of one running application; views read it, the main window changes it.

    ``data`` is the ``kit.data.DataChoice``: which data is in use, and from where.
    """

    def __init__(self, store: Any, settings: Settings, data: Any = None):
        self.store = store if isinstance(store, SessionStore) else SessionStore(store, settings)
        self.settings = settings
        self.data = data

    @property
    def language(self) -> str:
        return self.settings.language

    @property
    def zoom(self) -> int:
        return self.settings.zoom

    @property
    def high_contrast(self) -> bool:
        return self.settings.high_contrast

    @property
    def translated(self) -> bool:
        """Whether the kit's content is shown in a translation (any language but the kit's own French)."""
        return self.language != ORIGINAL_LANGUAGE

    # -- words ------------------------------------------------------------------------------------------

    def country_name(self, code: str) -> str:
        """A country's name in the interface language (CLDR through the build): tabs, lists, titles."""
        country = next((c for c in self.store.countries() if c["code"] == code), None)
        return labels.country_name(country, self.language) if country else code

    def countries_by_name(self) -> list[dict[str, Any]]:
        """Every country, in the interface language's alphabetical order of their names."""
        from fiitdesk.kit.navigation import fold

        return sorted(self.store.countries(), key=lambda c: fold(labels.country_name(c, self.language)))

    def source_labels(self, records: list[dict[str, Any]]) -> list[str]:
        """The labels ("Kit FIIT, OIM 2013 — situation 2012–2013") of the documents ``records`` cite."""
        docs = dict.fromkeys(r["source"]["doc"] for r in records if r.get("source"))
        return [self.store.sources[d]["label"] for d in docs if d in self.store.sources]

    def footer(self, title: str, sources: list[str], original: bool = False) -> str:
        """The line at the foot of every printed page: what it is, when its information dates from (which
        documents, which years), which data version printed it, and — for a translation — that it is an
        unofficial one and the French original prevails (``original``: the page is the French original)."""
        records = [s for s in self.store.sources.values() if s["label"] in sources]
        dates = labels.information_dates(records, self.language) or " · ".join(sources)
        version = f"{labels.say('data_version', self.language)} {self.store.meta.get('data_version', '?')}"
        # A translation says so right after the title, so that a footer too long for its two lines loses
        # the end, never this.
        translated = labels.say("translation_footer", self.language) if self.translated and not original else ""
        return " — ".join(filter(None, ["FIIT Desk", title, translated, dates, version]))

    # -- the kit's content, in the interface language ---------------------------------------------------

    def _in_language(self, name: str, *args: Any, **kwargs: Any) -> Any:
        """Ask the store's ``name``, in the interface language when that method takes a ``language``."""
        store = getattr(self.store, "current", self.store)  # the store in the session's language
        if "language" in _parameters(type(store), name):
            kwargs.setdefault("language", self.language)
        return getattr(store, name)(*args, **kwargs)

    def sheet_html(self, code: str, medium: str = "screen", original: bool = False) -> str:
        """A country sheet as the build rendered it; ``original``: the French original of a translated one."""
        return self.store.sheet_html(code, self.language, medium, original=original and self.translated)

    def essential_levels(self, code: str, original: bool = False) -> list[str]:
        """The essential sheet of ``code`` at each budget level; ``original``: the French original."""
        return self.store.essential_levels(code, ORIGINAL_LANGUAGE if original else self.language)

    def page_html(self, kind: str, key: str, medium: str = "screen") -> str:
        return self.store.page_html(kind, key, self.language, medium)

    def country(self, code: str) -> dict[str, Any]:
        return self._in_language("country", code)

    def compare(self, codes: list[str], topics: list[str] | None = None) -> dict[str, Any]:
        return self._in_language("compare", codes, topics)

    def hotlines(self, text: str = "", **filters: Any) -> list[dict[str, Any]]:
        return self._in_language("hotlines", text, **filters)

    def search(self, text: str, limit: int = 50) -> list[dict[str, Any]]:
        return self._in_language("search", text, limit=limit)

    def glossary(self, text: str = "") -> list[dict[str, Any]]:
        return self._in_language("glossary", text)

    def practices(self) -> list[dict[str, Any]]:
        return self._in_language("practices")
