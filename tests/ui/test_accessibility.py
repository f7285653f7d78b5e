"""Every control a user can reach has a name a screen reader can say, in every view of the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit,
               QTextEdit, QTabBar)


def _inside_combo(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox) or type(parent).__name__ == "QComboBoxPrivateContainer":
            return True
        parent = parent.parentWidget()
    return False


def _nameless(root: QWidget) -> list[str]:
    """Interactive, focusable widgets under ``root`` with no accessible name and no visible text to say."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if widget.parent() is not None and type(widget.parent()).__name__ in {"QScrollBar", "QTabBar"}:
            continue
        if widget.objectName().startswith("qt_") or _inside_combo(widget):  # Qt's own parts: a combo's popup,
            continue                                                         # a tab bar's scroll buttons
        text = widget.text().replace("&", "").strip() if isinstance(widget, QAbstractButton) else ""
        if not widget.accessibleName().strip() and not text:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(root).__name__}")
    return missing


def test_every_control_of_every_view_has_an_accessible_name(qtbot, window) -> None:
    views = [window.tabs.widget(i) for i in range(window.tabs.count())]
    missing = []
    for view in views:
        window.tabs.setCurrentWidget(view)
        missing += _nameless(view)
    missing += _nameless(window.search_dialog)
    missing += [m for m in _nameless(window) if "tabs" not in m]
    assert not missing, "\n".join(sorted(set(missing)))


def test_tab_moves_through_the_finder_in_reading_order(qtbot, window) -> None:
    """Tab goes from the search field onward, never back to the menu bar or into a hidden view."""
    qtbot.keyClick(window, Qt.Key.Key_F2)
    start = window.focusWidget()
    seen = [start]
    for _ in range(12):
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Tab)
        seen.append(window.focusWidget())
    visible = [w for w in seen if w is not None]
    assert all(w.isVisible() for w in visible)
    assert all(window.hotlines.isAncestorOf(w) or w in (window.tabs.tabBar(),) for w in visible)


def test_the_walk_finds_a_nameless_control(qtbot) -> None:
    """The check itself: a field without a name is reported, one with a name is not."""
    root = QWidget()
    qtbot.addWidget(root)
    named, nameless = QLineEdit(root), QLineEdit(root)
    named.setAccessibleName("Search")
    nameless.setObjectName("forgotten")
    assert _nameless(root) == ["QLineEdit 'forgotten' in QWidget"]
