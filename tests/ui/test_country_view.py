"""A country's sheet: sections, copy links, web links, sources and notes, print."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from fiitdesk.ui.commands import pdf_text
from fiitdesk.ui.country_view import CountryView
from fiitdesk.ui.printing import write_pdf


def _view(qtbot, context, code: str) -> CountryView:
    view = CountryView(context.store, code, context)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    view.refresh()
    return view


def test_sheet_shows_sources_and_notes(qtbot, context) -> None:
    view = _view(qtbot, context, "BE")
    text = " ".join(view.browser.toPlainText().split())
    assert "Belgique" in text and "45 jours" in text
    assert "Source : Kit FIIT, OIM 2013 — situation 2012–2013" in text
    record = context.store.country("BE")
    noted = [r for r in (record["identification"], *record["permits"], *record["accommodation"],
                         *record["services"]) if r and r.get("note")]
    assert noted, "the Belgian chapter has notes for the reader"
    for item in noted:
        assert " ".join(item["note"].split())[:60] in text, "each note for the reader is on the sheet"
    assert text.count("⚠") >= len(noted)


def test_section_list_scrolls_to_the_section(qtbot, context) -> None:
    view = _view(qtbot, context, "FR")
    assert view.section_keys()[:3] == ["coverage", "summary", "permits"]
    bar = view.browser.verticalScrollBar()
    bar.setValue(0)
    index = view.section_keys().index("contacts")
    view.sections.setCurrentRow(index)
    view._scroll_to(view.sections.item(index))
    assert bar.value() > 0


def test_copy_link_copies_the_number(qtbot, context) -> None:
    view = _view(qtbot, context, "BE")
    messages: list[str] = []
    view.status.connect(messages.append)
    view.browser.anchorClicked.emit(QUrl("copy:+3232011690"))
    assert QGuiApplication.clipboard().text() == "+3232011690"
    assert messages and "+3232011690" in messages[0]
    assert 'href="copy:+3232011690"' in context.store.sheet_html("BE", "fr", "screen")


def test_web_link_asks_before_opening_anything(qtbot, context, monkeypatch) -> None:
    view = _view(qtbot, context, "BE")
    asked: list[str] = []
    opened: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: (asked.append(a[2]), QMessageBox.StandardButton.No)[1])
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url))
    view.browser.anchorClicked.emit(QUrl("web:http://www.payoke.be/"))
    assert asked and "http://www.payoke.be/" in asked[0] and opened == []


def test_country_without_chapter_says_what_the_kit_does_not_cover(qtbot, context) -> None:
    view = _view(qtbot, context, "DE")
    text = view.browser.toPlainText()
    assert "Pas d’information sur les permis de séjour ni sur la période de réflexion" in text
    assert "+ 49 30 263 911 7" in text
    assert "REM 2025 : cadre national" in text and "Étude REM 2025 — situation 2021–2023" in text


def test_hotline_only_country_renders_and_prints(qtbot, context, tmp_path: Path) -> None:
    """Malta: a number in the FIIT annex and a Tableau 1 row, but no chapter and no EMN coverage."""
    view = _view(qtbot, context, "MT")
    text = view.browser.toPlainText()
    assert "L’étude REM 2025 ne couvre pas ce pays" in text and "+356 2294 2000" in text
    document, footer = view.print_document()
    write_pdf(document, tmp_path / "mt.pdf", footer)
    printed = " ".join(pdf_text(tmp_path / "mt.pdf").split())
    assert "Malte" in printed and "2294 2000" in printed


def test_sheet_pdf_holds_the_facts(qtbot, context, tmp_path: Path) -> None:
    view = _view(qtbot, context, "GB")
    document, footer = view.print_document()
    pages = write_pdf(document, tmp_path / "gb.pdf", footer)
    text = " ".join(pdf_text(tmp_path / "gb.pdf").split())
    assert pages >= 2
    assert "45 jours" in text and "Période de réflexion" in text
    assert "réflexion" in text and "ﬂ" not in text, "no ligatures in PDF text"
    assert f"1 / {pages}" in text and "Kit FIIT, OIM 2013" in text, "page numbers and source in the footer"
    assert "[copier]" not in text, "copy links are for the screen only"


def test_every_sheet_reads_cleanly(qtbot, context) -> None:
    """No template slip reaches a user: every phone has its copy link, nothing looks like code."""
    for country in context.store.countries():
        html = context.store.sheet_html(country["code"], "fr", "screen")
        for marker in ("built-in method", "object at 0x", "Undefined", "None</", "{{", "{%"):
            assert marker not in html, (country["code"], marker)
        record = context.store.country(country["code"])
        phones = [p for k in record["contacts"] for p in k["phones"]] + record["hotlines"]
        assert html.count(">[copier]</a>") >= len(phones), country["code"]
