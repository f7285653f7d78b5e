"""Putting a view in front of the test as a user has it: shown, at a laptop's size, closed after the test."""

from __future__ import annotations

from typing import Any

from fiitdesk.ui.country_view import CountryView


def on_screen(qtbot: Any, widget: Any, width: int, height: int) -> Any:
    """``widget`` shown at ``width`` × ``height`` (qtbot closes it when the test ends)."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    return widget


def sheet_on_screen(qtbot: Any, context: Any, code: str, width: int = 1000, height: int = 700) -> CountryView:
    """A country's sheet shown and loaded, its first screen laid out (the rest follows once painted)."""
    view = on_screen(qtbot, CountryView(context.store, code, context), width, height)
    view.refresh()
    return view
