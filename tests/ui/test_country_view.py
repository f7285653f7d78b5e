"""A country's sheet: sections, copy links, web links, sources and notes, print."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from fiitdesk.ui.commands import pdf_text
from fiitdesk.ui.country_view import CountryView
from fiitdesk.ui.printing import write_pdf
from tests.ui.screen import sheet_on_screen


def _view(qtbot, context, code: str) -> CountryView:
    view = sheet_on_screen(qtbot, context, code)
    qtbot.waitUntil(lambda: view.browser.whole)  # on screen, its first screen first, then all of it
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
    document, footer = view.print_document("full")
    pages = write_pdf(document, tmp_path / "gb.pdf", footer)
    text = " ".join(pdf_text(tmp_path / "gb.pdf").split())
    assert pages >= 2
    assert "45 jours" in text and "Période de réflexion" in text
    assert "réflexion" in text and "ﬂ" not in text, "no ligatures in PDF text"
    assert f"1 / {pages}" in text, "page numbers in the footer"
    footer_dates = "— Informations de 2012–2013 (kit FIIT) — données"
    assert text.count(footer_dates) == pages, "every page's footer says when its information dates from"
    assert "[copier]" not in text and "Pourquoi" not in text, "copy links and evidence are for the screen only"


def test_every_sheet_reads_cleanly(qtbot, context) -> None:
    """No template slip reaches a user: every phone has its copy link, nothing looks like code."""
    for country in context.store.countries():
        html = context.store.sheet_html(country["code"], "fr", "screen")
        for marker in ("built-in method", "object at 0x", "Undefined", "None</", "{{", "{%"):
            assert marker not in html, (country["code"], marker)
        record = context.store.country(country["code"])
        phones = [p for k in record["contacts"] for p in k["phones"]] + record["hotlines"]
        assert html.count(">[copier]</a>") >= len(phones), country["code"]


def _why_links(view: CountryView) -> list[str]:
    from fiitdesk.kit import evidence

    return [f"why:{ident}" for ident in evidence.ids(view.browser.page())]


def _framework_evidence(context, code: str) -> str:
    """The evidence of the sheet's first « Pourquoi ? » (Belgium's national action plan mark)."""
    return " ".join(context.store.country(code)["framework"]["national_action_plan"]["evidence"].split())[:50]


def test_why_reveals_the_evidence_when_clicked(qtbot, context) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor

    view = _view(qtbot, context, "BE")
    evidence = _framework_evidence(context, "BE")
    assert "Pourquoi ?" in view.browser.toPlainText()
    assert evidence not in " ".join(view.browser.toPlainText().split()), "evidence is shown only on request"
    from fiitdesk.kit.evidence import evidence_id

    full = context.store.country("BE")["framework"]["national_action_plan"]["evidence"]
    link = f"why:{evidence_id(full)}"
    assert link in _why_links(view)
    assert view.browser.select_link(link)
    cursor = view.browser.textCursor()
    view.browser.ensureCursorVisible()
    inside = QTextCursor(view.browser.document())
    inside.setPosition(cursor.selectionStart() + 2)
    where = view.browser.cursorRect(inside).center()
    qtbot.mouseClick(view.browser.viewport(), Qt.MouseButton.LeftButton, pos=where)
    shown = " ".join(view.browser.toPlainText().split())
    assert evidence in shown and "Pourquoi cette note" in shown
    assert view.browser.textCursor().charFormat().anchorHref() == link, "the focus stays on the link"
    view.browser.ensureCursorVisible()
    again = QTextCursor(view.browser.document())
    again.setPosition(view.browser.textCursor().selectionStart() + 2)
    qtbot.mouseClick(view.browser.viewport(), Qt.MouseButton.LeftButton, pos=view.browser.cursorRect(again).center())
    assert evidence not in " ".join(view.browser.toPlainText().split()), "a second click hides it again"


def _evidence_by_id(context, code: str) -> dict[str, str]:
    """Every piece of evidence of a country's record, by the id its « Pourquoi ? » link carries."""
    from fiitdesk.kit.evidence import evidence_id

    found: dict[str, str] = {}

    def walk(node) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("evidence"), str):
                found[evidence_id(node["evidence"])] = node["evidence"]
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(context.store.country(code))
    return found


def test_why_opens_with_the_keyboard(qtbot, context) -> None:
    from PySide6.QtCore import Qt

    view = _view(qtbot, context, "BE")
    view.browser.setFocus()
    for _ in range(60):  # Tab from link to link, as a keyboard user does, until the first « Pourquoi ? »
        qtbot.keyClick(view.browser, Qt.Key.Key_Tab)
        if view.browser.textCursor().charFormat().anchorHref().startswith("why:"):
            break
    href = view.browser.textCursor().charFormat().anchorHref()
    assert href.startswith("why:")
    evidence = " ".join(_evidence_by_id(context, "BE")[href.removeprefix("why:")].split())[:50]
    assert evidence not in " ".join(view.browser.toPlainText().split())
    qtbot.keyClick(view.browser, Qt.Key.Key_Return)
    assert evidence in " ".join(view.browser.toPlainText().split())
    qtbot.keyClick(view.browser, Qt.Key.Key_Return)
    assert evidence not in " ".join(view.browser.toPlainText().split())


def test_every_note_on_screen_offers_its_evidence(context) -> None:
    """Wherever a record has both a note and evidence, the screen sheet offers « Pourquoi ? » for it."""
    from fiitdesk.kit import evidence as disclosure

    for country in context.store.countries():
        code = country["code"]
        html = context.store.sheet_html(code, "fr", "screen")
        offered = set(disclosure.ids(html))
        record = context.store.country(code)
        wanted = {disclosure.evidence_id(m["evidence"]) for m in record["framework"].values()}
        assert wanted <= offered, code
        printed = [context.store.sheet_html(code, "fr", "print"), *context.store.essential_levels(code, "fr")]
        assert not any("why:" in page for page in printed), "printed forms carry no evidence"


def test_show_anchor_opens_the_sheet_at_a_contact(qtbot, context) -> None:
    view = _view(qtbot, context, "FR")
    contact = context.store.country("FR")["contacts"][7]
    assert contact["position"] == 7
    bar = view.browser.verticalScrollBar()
    bar.setValue(0)
    assert view.show_anchor("contact-7")
    top = view.browser.cursorForPosition(view.browser.viewport().rect().topLeft()).position()
    assert bar.value() > 0
    assert contact["organisation"] in view.browser.toPlainText()[top:top + 200], "the contact is at the top"
    assert view.show_anchor("contacts") and view.sections.currentItem().text() == "Contacts"
    assert view.show_anchor("contact-99") is False


def test_practices_and_glossary_show_the_pages_the_build_rendered(qtbot, context) -> None:
    from fiitdesk.ui.glossary_view import GlossaryView
    from fiitdesk.ui.practices_view import PracticesView

    practices = PracticesView(context)
    qtbot.addWidget(practices)
    first = context.store.practices()[0]
    assert practices.browser.page() == context.store.page_html("practice", first["id"], "fr", "screen")
    assert first["title"] in practices.browser.toPlainText() and "Source :" in practices.browser.toPlainText()
    glossary = GlossaryView(context)
    qtbot.addWidget(glossary)
    term = context.store.glossary()[0]
    assert term["term"] in glossary.browser.toPlainText() and "Source :" in glossary.browser.toPlainText()
    document, _ = glossary.print_document()
    assert all(t["term"] in document.toPlainText() for t in context.store.glossary())


def test_charts_come_into_the_sheet_once_its_text_is_on_screen(qtbot, context) -> None:
    """The charts are drawn after the text has been painted (they cost ~40 ms at start-up), and then they are
    there: real pictures at the places the sheet names, not the one-pixel blank an unknown name gets."""
    from PySide6.QtGui import QImage, QTextDocument

    view = _view(qtbot, context, "BE")
    names = [f"chart:BE/{key}" for key in context.store.sheet_charts("BE")]
    assert names, "Belgium's sheet has charts"
    html = context.store.sheet_html("BE", "fr", "screen")
    assert all(name in html for name in names)

    def drawn(name: str) -> bool:
        image = view.browser.document().resource(QTextDocument.ResourceType.ImageResource.value, QUrl(name))
        return isinstance(image, QImage) and image.width() > 100

    qtbot.waitUntil(lambda: all(drawn(name) for name in names), timeout=5000)
    assert "Belgique" in view.browser.toPlainText()
