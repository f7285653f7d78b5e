"""The Qt binding itself: a PySide6 release that loses references to None would crash long sessions.

PySide6 6.12.0 did exactly that (every void call decremented None's reference count); pyproject.toml
excludes it, and this test fails if a future version brings the bug back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QLineEdit


def test_void_calls_do_not_eat_references_to_none(qapp) -> None:
    label, field = QLabel(), QLineEdit()
    before = sys.getrefcount(None)
    for i in range(500):
        label.setText(str(i))
        field.setPlaceholderText(str(i))
    assert sys.getrefcount(None) - before > -50
