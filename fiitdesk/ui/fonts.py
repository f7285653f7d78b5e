"""The font shipped with FIIT Desk (DejaVu Sans), loaded before anything is drawn or printed.

Without a font, Qt prints black boxes and says nothing (measured here): so the shipped font is loaded
explicitly, and its absence is an error the self-test reports rather than a silent blank page.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from fiitdesk import paths

FAMILY = "DejaVu Sans"
FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf")


class FontMissing(RuntimeError):
    pass


_loaded: list[str] = []


def load_fonts() -> str:
    """Register the shipped font files with Qt; return the family name."""
    if _loaded:
        return _loaded[0]
    folder = paths.resources_dir() / "fonts"
    for name in FILES:
        if QFontDatabase.addApplicationFont(str(folder / name)) < 0:
            raise FontMissing(f"the font {folder / name} could not be loaded; reinstall FIIT Desk")
    _loaded.append(FAMILY)
    return FAMILY


def document_font(point_size: float = 10.0) -> QFont:
    """The font for sheets on screen and paper, with ligatures off: PDF text reads "réflexion", not "réﬂexion"."""
    font = QFont(load_fonts())
    font.setPointSizeF(point_size)
    font.setFeature(QFont.Tag("liga"), 0)
    font.setFeature(QFont.Tag("clig"), 0)
    return font
