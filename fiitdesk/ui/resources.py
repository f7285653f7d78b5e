"""Files the face reads from resources/: the sheet's style sheets and labels."""

from __future__ import annotations

from functools import cache

from fiitdesk import paths
from fiitdesk.kit.labels import words


@cache
def sheet_css(high_contrast: bool) -> str:
    """The sheet's style; in high contrast, sheet-contrast.css follows and overrides its colours."""
    folder = paths.resources_dir() / "style"
    css = (folder / "sheet.css").read_text(encoding="utf-8")
    if high_contrast:
        css += "\n" + (folder / "sheet-contrast.css").read_text(encoding="utf-8")
    return css


def help_page(language: str) -> str:
    """The offline help (resources/help/help_LANG.html), French when the language has none."""
    folder = paths.resources_dir() / "help"
    page = folder / f"help_{language}.html"
    return (page if page.is_file() else folder / "help_fr.html").read_text(encoding="utf-8")


def sheet_labels(language: str) -> dict[str, str]:
    return words(language)
