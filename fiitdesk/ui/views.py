"""What the window asks of every view it shows in a tab, so that it never has to ask ``hasattr``."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtGui import QTextDocument


@runtime_checkable
class View(Protocol):
    """A tab's content: its title, its words in the interface language, a redraw for zoom and contrast."""

    def title(self) -> str: ...

    def retranslate(self) -> None: ...

    def refresh(self) -> None: ...


@runtime_checkable
class Printable(Protocol):
    """A view that has a printed form (the hotline finder's card, Compare's table, a practice)."""

    def print_document(self) -> tuple[QTextDocument, str] | None: ...
