"""Files the face reads from resources/: the sheet's style sheets and labels."""

from __future__ import annotations

from functools import cache

from fiitdesk import paths
from fiitdesk.kit.labels import LABELS


@cache
def sheet_css(high_contrast: bool) -> str:
    name = "sheet-contrast.css" if high_contrast else "sheet.css"
    return (paths.resources_dir() / "style" / name).read_text(encoding="utf-8")


def sheet_labels(language: str) -> dict[str, str]:
    return LABELS.get(language, LABELS["fr"])
