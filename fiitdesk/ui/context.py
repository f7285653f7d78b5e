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
        """The line at the foot of every printed page: what it is, from which documents, which data."""
        meta = self.store.meta
        return f"FIIT Desk — {title} — {' · '.join(sources)} — données {meta.get('data_version', '?')}"
