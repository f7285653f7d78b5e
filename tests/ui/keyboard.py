"""Typing as a keyboard does, in tests that drive the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def type_text(widget, text: str) -> None:
    """Character by character; accented letters go through sendKeyEvent (qtbot.keyClicks would abort on them,
    see TOOLCHAIN.md)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
