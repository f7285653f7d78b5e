"""Compare: rows are attributes, columns countries; differences stand out; print and CSV."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt

from fiitdesk.ui.commands import pdf_text
from fiitdesk.ui.compare_view import DIFFERENT, MISSING, SAME, CompareView
from fiitdesk.ui.printing import write_pdf


def _row(view: CompareView, key: str) -> int:
    return next(i for i in range(view.table.rowCount()) if view.table.verticalHeaderItem(i).toolTip() == key)


def test_difference_stands_out_and_equality_reads_at_a_glance(qtbot, context) -> None:
    view = CompareView(context)
    qtbot.addWidget(view)
    view.set_selection(["BE", "FR"], ["permits", "framework"])
    assert view.table.columnCount() == 2
    reflection = _row(view, "reflection_period_days")
    assert view.table.verticalHeaderItem(reflection).text().startswith("≠")
    cell = view.table.item(reflection, 0)
    assert cell.background().color() == DIFFERENT and cell.data(Qt.ItemDataRole.UserRole) == "different"
    assert "45 jours" in cell.text() and "30 jours" in view.table.item(reflection, 1).text()
    same_rows = [i for i in range(view.table.rowCount()) if view.table.verticalHeaderItem(i).text().startswith("=")]
    for i in same_rows:
        assert view.table.item(i, 0).background().color() == SAME
        assert view.table.item(i, 0).data(Qt.ItemDataRole.UserRole) == "same"


def test_notes_and_missing_data_are_marked(qtbot, context) -> None:
    view = CompareView(context)
    qtbot.addWidget(view)
    view.set_selection(["IT", "DE"], ["permits"])
    reflection = _row(view, "reflection_period_days")
    italy, germany = view.table.item(reflection, 0), view.table.item(reflection, 1)
    assert "⚠" in italy.text() and "⚠" in italy.toolTip()
    assert germany.background().color() == MISSING and "ne donnent pas" in germany.text()


def test_unticking_everything_explains_what_to_do(qtbot, context) -> None:
    view = CompareView(context)
    qtbot.addWidget(view)
    view.set_selection([], None)
    assert view.table.rowCount() == 0 and view.result is None and view.legend.text()
    assert view.print_document() is None


def test_csv_export(qtbot, context, tmp_path: Path) -> None:
    view = CompareView(context)
    qtbot.addWidget(view)
    view.set_selection(["BE", "FR", "IT", "HU", "GB"])
    view.write_csv(tmp_path / "c.csv")
    with open(tmp_path / "c.csv", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:8] == ["topic", "key", "label", "BE", "FR", "IT", "HU", "GB"]
    reflection = next(r for r in rows if r[1] == "reflection_period_days")
    assert reflection[3].startswith("45 jours") and reflection[4].startswith("30 jours")


def test_printed_comparison_holds_the_values(qtbot, context, tmp_path: Path) -> None:
    view = CompareView(context)
    qtbot.addWidget(view)
    view.set_selection(["BE", "HU"], ["permits"])
    document, footer = view.print_document()
    write_pdf(document, tmp_path / "c.pdf", footer)
    text = " ".join(pdf_text(tmp_path / "c.pdf").split())
    assert "45 jours" in text and "30 jours" in text and "Kit FIIT, OIM 2013" in text
