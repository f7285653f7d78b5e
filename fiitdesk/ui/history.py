"""Back and forward across views and sections, as in a browser (Alt+←, Alt+→, the mouse's side buttons).

A place is a view (its object name: ``hotlines``, ``country-BE``…) and, inside a sheet, a section or anchor.
Pure Python: the window records places as the user moves and asks where "back" leads.
"""

from __future__ import annotations

from typing import NamedTuple


class Place(NamedTuple):
    view: str
    anchor: str = ""


class History:
    """Where the user has been; ``visit`` forgets the way forward, as every browser does."""

    LIMIT = 100

    def __init__(self) -> None:
        self.current: Place | None = None
        self._back: list[Place] = []
        self._forward: list[Place] = []

    def visit(self, place: Place) -> None:
        if place == self.current:
            return
        if self.current is not None and place.view == self.current.view and not self.current.anchor:
            self.current = place  # the first section shown in a newly opened sheet is the same visit
            return
        if self.current is not None:
            self._back.append(self.current)
            del self._back[:-self.LIMIT]
        self.current = place
        self._forward.clear()

    def back(self) -> Place | None:
        if not self._back:
            return None
        if self.current is not None:
            self._forward.append(self.current)
        self.current = self._back.pop()
        return self.current

    def forward(self) -> Place | None:
        if not self._forward:
            return None
        if self.current is not None:
            self._back.append(self.current)
        self.current = self._forward.pop()
        return self.current

    def forget(self, view: str) -> None:
        """A closed tab is no longer somewhere to go back to."""
        self._back = [p for p in self._back if p.view != view]
        self._forward = [p for p in self._forward if p.view != view]

    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)
