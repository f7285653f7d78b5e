"""Compare reads at a glance: a few words per cell, the full note and source below, signs beside colours."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fiitdesk.cli import main as cli_main
from fiitdesk.kit.compare import SHORT_CHARS
from fiitdesk.ui.commands import pdf_text
from fiitdesk.ui.compare_view import STATE_ROLE, CompareView, colours
from fiitdesk.ui.printing import write_pdf
from tests.ui.screen import on_screen


def _shown(qtbot, context) -> CompareView:
    return on_screen(qtbot, CompareView(context), 1300, 700)


def _row(view: CompareView, key: str) -> int:
    return next(i for i in range(view.table.rowCount())
                if (view.table.item(i, 0).data(Qt.ItemDataRole.UserRole) or {}).get("key") == key)


def _tick_only(qtbot, widget, keys: list[str]) -> None:
    """As a user does: arrow to each item and press Space to tick or untick it."""
    widget.setFocus()
    for i in range(widget.count()):
        item = widget.item(i)
        wanted = item.data(Qt.ItemDataRole.UserRole) in keys
        if (item.checkState() == Qt.CheckState.Checked) != wanted:
            widget.setCurrentRow(i)
            qtbot.keyClick(widget, Qt.Key.Key_Space)


def _click_cell(qtbot, view: CompareView, row: int, col: int) -> None:
    view.table.scrollTo(view.table.model().index(row, col))
    rect = view.table.visualRect(view.table.model().index(row, col))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_topics_can_be_cleared_and_chosen_by_keyboard(qtbot, context) -> None:
    view = _shown(qtbot, context)
    qtbot.mouseClick(view.topics_none, Qt.MouseButton.LeftButton)
    assert view.result is None and view.table.rowCount() == 0 and view.legend.text()
    _tick_only(qtbot, view.topics, ["permits"])
    assert {row["topic"] for row in view.result["rows"]} == {"permits"}
    qtbot.mouseClick(view.topics_all, Qt.MouseButton.LeftButton)
    assert len({row["topic"] for row in view.result["rows"]}) == view.topics.count()


def test_a_cell_shows_a_few_words_and_the_pane_below_the_rest(qtbot, context) -> None:
    view = _shown(qtbot, context)
    _tick_only(qtbot, view.countries, ["BE", "IT"])
    _tick_only(qtbot, view.topics, ["permits"])
    row = _row(view, "reflection_period_days")
    italy = view.table.item(row, 2)
    full = view.result["rows"][[r["key"] for r in view.result["rows"]].index("reflection_period_days")]
    note = full["values"]["IT"]["note"]
    assert note and note not in italy.text(), "the note is below, not in the cell"
    assert italy.text().endswith("⚠") and len(italy.text()) <= SHORT_CHARS + 3
    assert "45 jours" in view.table.item(row, 1).text()
    _click_cell(qtbot, view, row, 2)
    shown = view.detail.toPlainText()
    assert note in shown and "Kit FIIT, OIM 2013" in shown and "Italie" in shown


def test_why_reveals_the_curators_evidence_only_on_request(qtbot, context) -> None:
    view = _shown(qtbot, context)
    _tick_only(qtbot, view.countries, ["FR", "BE"])
    _tick_only(qtbot, view.topics, ["framework"])
    row = _row(view, "national_action_plan")
    _click_cell(qtbot, view, row, 1)
    cell = view.table.item(row, 1).data(Qt.ItemDataRole.UserRole)
    assert cell["evidence"] and cell["evidence"] not in view.detail.toPlainText()
    assert cell["evidence"] not in view.table.item(row, 1).text()
    assert view.why.isEnabled()
    qtbot.mouseClick(view.why, Qt.MouseButton.LeftButton)
    assert " ".join(cell["evidence"].split())[:80] in " ".join(view.detail.toPlainText().split())
    _click_cell(qtbot, view, row, 2)
    assert not view.why.isChecked(), "another cell starts with its evidence hidden"


def test_rows_say_same_different_or_no_data_by_sign_and_colour(qtbot, context) -> None:
    view = _shown(qtbot, context)
    _tick_only(qtbot, view.countries, ["BE", "FR", "DE"])
    _tick_only(qtbot, view.topics, ["permits", "emn"])
    reflection = _row(view, "reflection_period_days")
    label = view.table.item(reflection, 0)
    assert label.text().startswith("≠") and "Période de réflexion (jours)" in label.text()
    germany = view.table.item(reflection, 3)
    assert germany.data(STATE_ROLE) == "missing" and "∅" in germany.text()
    assert germany.background().color() == colours(False, "missing")[0]
    assert view.table.item(reflection, 1).background().color() == colours(False, "different")[0]
    assert view.table.wordWrap() and not label.text().endswith("…"), "labels are read in full, wrapped"


def test_high_contrast_recolours_the_table(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F3)
    view = window.compare
    view.set_selection(["BE", "DE"], ["permits"])
    row = _row(view, "reflection_period_days")
    germany = (row, 2)
    assert view.table.item(*germany).background().color() == colours(False, "missing")[0]
    window.window_actions.contrast.trigger()
    try:
        assert view.table.item(*germany).background().color() == colours(True, "missing")[0]
        assert colours(True, "missing") != colours(False, "missing")
    finally:
        window.window_actions.contrast.trigger()


def test_window_csv_and_command_line_csv_are_the_same_bytes(qtbot, context, tmp_path: Path, capsysbinary,
                                                            built_db: Path) -> None:
    view = _shown(qtbot, context)
    view.set_selection(["BE", "FR", "IT", "HU", "GB"])
    view.write_csv(tmp_path / "window.csv")
    assert cli_main(["--db", str(built_db), "compare", "BE", "FR", "IT", "HU", "GB", "--csv"]) == 0
    command_line = capsysbinary.readouterr().out
    window_bytes = (tmp_path / "window.csv").read_bytes()
    assert window_bytes == command_line
    assert window_bytes.startswith(b"\xef\xbb\xbftopic,key,label,BE,FR,IT,HU,GB")
    text = window_bytes.decode("utf-8-sig")
    reflection = next(line for line in text.splitlines() if ",reflection_period_days," in line)
    assert "45 jours" in reflection and "30 jours" in reflection


def test_unticking_everything_explains_what_to_do(qtbot, context) -> None:
    view = _shown(qtbot, context)
    qtbot.mouseClick(view.countries_none, Qt.MouseButton.LeftButton)
    assert view.table.rowCount() == 0 and view.result is None and view.legend.text()
    assert view.print_document() is None


def test_printed_comparison_holds_the_values_and_signs(qtbot, context, tmp_path: Path) -> None:
    view = _shown(qtbot, context)
    view.set_selection(["BE", "HU"], ["permits"])
    document, footer = view.print_document()
    write_pdf(document, tmp_path / "c.pdf", footer)
    text = " ".join(pdf_text(tmp_path / "c.pdf").split())
    assert "45 jours" in text and "30 jours" in text and "Kit FIIT, OIM 2013" in text and "≠" in text
    QApplication.processEvents()


def test_changing_the_topics_leaves_no_row_covered_by_an_old_topic_heading(qtbot, context) -> None:
    """A topic's heading spans its row; after another choice of topics, a value row in its place must show
    its cells (it used to stay spanned, its values hidden under an empty heading)."""
    view = _shown(qtbot, context)
    _tick_only(qtbot, view.countries, ["BE", "FR"])
    _tick_only(qtbot, view.topics, ["identification", "permits"])
    _tick_only(qtbot, view.topics, ["permits"])
    for r in range(view.table.rowCount()):
        data = view.table.item(r, 0).data(Qt.ItemDataRole.UserRole) or {}
        if "key" in data:
            assert view.table.columnSpan(r, 0) == 1, data["key"]
            assert view.table.item(r, 1).text(), f"{data['key']}: its value is hidden"
