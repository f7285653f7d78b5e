"""What every view needs to know about the session: the store, the settings, language, zoom, contrast."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fiitdesk.ui.settings import Settings


@dataclass
class AppContext:
    """Shared state of one running application; views read it, the main window changes it."""

    store: Any
    settings: Settings
    data: Any = None  # kit.data.DataChoice: which data is in use, and from where

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
        from fiitdesk.kit.labels import information_dates, words

        records = [s for s in self.store.sources.values() if s["label"] in sources]
        dates = information_dates(records, self.language) or " · ".join(sources)
        version = f"{words(self.language)['data_version']} {self.store.meta.get('data_version', '?')}"
        return f"FIIT Desk — {title} — {dates} — {version}"
