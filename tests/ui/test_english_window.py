"""The window in English: its chrome from the Qt catalog (every string translated into French), country names
in English wherever a country is named, and the French original of a sheet a key or a click away."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QListWidget

from tests.conftest import ROOT

I18N = ROOT / "resources" / "i18n"
#: The French catalog has every string of the window; the English one (the source language) only the plural
#: forms, as lupdate -pluralonly makes it.
CATALOGS = {"fiitdesk_fr.ts": [], "fiitdesk_en.ts": ["-pluralonly"]}


def _messages(ts_text: str) -> dict[tuple[str, str], str | None]:
    """(context, source) → the translation, or None when the entry is unfinished."""
    found: dict[tuple[str, str], str | None] = {}
    for block in re.findall(r"<context>(.*?)</context>", ts_text, re.S):
        name = re.search(r"<name>(.*?)</name>", block).group(1)
        for message in re.findall(r"<message[^>]*>.*?</message>", block, re.S):
            source = re.search(r"<source>(.*?)</source>", message, re.S).group(1)
            finished = 'type="unfinished"' not in message and 'type="vanished"' not in message
            translation = re.search(r"<translation[^>]*>(.*?)</translation>", message, re.S)
            empty_form = "<numerusform></numerusform>" in message
            found[(name, source)] = translation.group(1) if finished and translation and not empty_form else None
    return found


@pytest.mark.parametrize("name", CATALOGS)
def test_the_window_catalogs_have_no_unfinished_entry(name: str) -> None:
    messages = _messages((I18N / name).read_text(encoding="utf-8"))
    unfinished = [key for key, text in messages.items() if not text]
    assert messages and not unfinished, f"translate these in resources/i18n/{name}: {unfinished}"


@pytest.mark.parametrize("name", CATALOGS)
def test_every_string_of_the_window_is_in_its_catalogs(tmp_path: Path, name: str) -> None:
    """lupdate over the code finds nothing the committed .ts lacks (`make translations`, then translate)."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    copy = tmp_path / name
    shutil.copy(I18N / name, copy)
    sources = sorted(str(p) for p in (ROOT / "fiitdesk" / "ui").glob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(copy), "-no-obsolete", *CATALOGS[name]], check=True,
                   capture_output=True)
    committed = _messages((I18N / name).read_text(encoding="utf-8"))
    refreshed = _messages(copy.read_text(encoding="utf-8"))
    assert set(refreshed) - set(committed) == set(), "strings in the code but not in the .ts"
    assert set(committed) - set(refreshed) == set(), "strings in the .ts the code no longer has"


def test_english_counts_say_number_and_numbers(qtbot, window) -> None:
    _english(window)
    finder = window.hotlines
    finder.query.setText("payoke")
    assert finder.count.text() == f"{len(finder.model.rows)} numbers" and len(finder.model.rows) > 1
    finder.query.setText("+44 800 555")
    assert finder.count.text() == "1 number"
    window.window_actions.french.trigger()
    assert finder.count.text() == "1 numéro"


def _english(window) -> None:
    window.window_actions.english.trigger()  # View → Interface language → English, as a user does
    assert window.context.language == "en"


def test_countries_are_named_in_english_in_every_list_and_tab(qtbot, window) -> None:
    _english(window)
    window.show_country("DE")
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Germany"
    window.show_view(window.countries)
    shown = [window.countries.tree.topLevelItem(0).child(i).text(0)
             for i in range(window.countries.tree.topLevelItem(0).childCount())]
    assert shown == ["Belgium (BE)", "France (FR)", "Hungary (HU)", "Italy (IT)", "United Kingdom (GB)"]
    finder = window.hotlines
    calling = [finder.calling_from.itemText(i) for i in range(1, finder.calling_from.count())]
    assert "Germany (DE)" in calling and "Allemagne (DE)" not in calling
    assert calling.index("Georgia (GE)") < calling.index("Germany (DE)") < calling.index("Greece (GR)")
    finder.calling_from.setCurrentIndex(finder.calling_from.findData("GB"))
    finder.query.setText("bruxelles")
    assert {finder.model.cell_text(row, 0) for row in finder.model.rows} == {"Belgium (BE)"}
    assert "From United Kingdom (GB) dial:" in finder.detail.text()
    window.show_view(window.compare)
    window.compare.set_selection(["BE", "DE"], ["employment"])
    headers = [window.compare.table.horizontalHeaderItem(i).text()
               for i in range(1, window.compare.table.columnCount())]
    assert headers == ["Belgium (BE)", "Germany (DE)"]
    assert window.compare.table.item(0, 0).text() == "Labour market integration"
    topics = [window.compare.topics.item(i).text() for i in range(window.compare.topics.count())]
    assert "Labour market integration" in topics and "EMN study 2025" in topics
    pickers = [window.compare.countries.item(i).text() for i in range(window.compare.countries.count())]
    assert pickers[:5] == ["Belgium (BE)", "France (FR)", "Italy (IT)", "Hungary (HU)", "United Kingdom (GB)"]
    assert pickers.index("Austria (AT)") < pickers.index("Germany (DE)"), "then alphabetical in English"
    practice = window.practices.list.item(0).text()
    assert practice.startswith("Belgium — "), practice


def test_the_export_dialog_names_the_countries_in_english(qtbot, window) -> None:
    _english(window)
    seen: list[str] = []

    def read_and_cancel() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, QDialog) and w.objectName() == "choose-sheets" and w.isVisible())
        listing = dialog.findChild(QListWidget, "sheet-countries")
        seen.extend(listing.item(i).text() for i in range(listing.count()))
        dialog.reject()

    QTimer.singleShot(0, read_and_cancel)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "United Kingdom (GB)" in seen and "Germany (DE)" in seen and "Allemagne (DE)" not in seen


def _heading_texts(view) -> str:
    return view.browser.toPlainText()


def test_ctrl_shift_o_shows_the_french_original_at_the_same_section_and_back(qtbot, window) -> None:
    _english(window)
    window.show_country("BE", "accommodation")
    view = window.country_views["BE"]
    assert view.original_bar.isVisible()
    assert view.original_note.text() == ("Unofficial English translation of the French kit text; "
                                         "the French original prevails.")
    qtbot.waitUntil(lambda: view.original_note.textFormat() == Qt.TextFormat.PlainText)  # once on screen
    english, french = "Facilities specialised in receiving victims of trafficking", \
        "Structures spécialisées dans l’accueil des victimes de la traite"
    assert english in _heading_texts(view) and french not in _heading_texts(view)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert view.showing_original
    assert french in _heading_texts(view) and english not in _heading_texts(view), "the kit's own French text"
    assert view.original_note.text() == "The French original of the kit text, which prevails."
    assert view.section_in_view() == "accommodation", "the reader stays at the section they were reading"
    assert view.sections.currentItem().data(256) == "accommodation"
    assert view.original_button.text() == "Back to the &translation"
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not view.showing_original and english in _heading_texts(view)
    assert view.section_in_view() == "accommodation"


def test_the_button_above_the_sheet_shows_the_original_and_back(qtbot, window) -> None:
    _english(window)
    window.show_country("IT", "contacts")
    view = window.country_views["IT"]
    assert view.original_button.text() == "Show the French &original"
    qtbot.mouseClick(view.original_button, Qt.MouseButton.LeftButton)
    assert view.showing_original and "Contacts" in _heading_texts(view)
    assert "est identifiée par" in _heading_texts(view), "the kit's own French text"
    assert view.section_in_view() == "contacts"
    qtbot.mouseClick(view.original_button, Qt.MouseButton.LeftButton)
    assert not view.showing_original and "Accommodation" in _heading_texts(view)


def test_in_french_the_sheet_is_the_original_and_no_bar_is_shown(qtbot, window) -> None:
    window.show_country("BE")
    view = window.country_views["BE"]
    assert not view.original_bar.isVisible()
    assert not window.window_actions.original.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not view.showing_original
    _english(window)
    assert window.window_actions.original.isEnabled()
    window.show_view(window.hotlines)
    assert not window.window_actions.original.isEnabled(), "only a country sheet has an original to show"


def test_going_back_to_french_leaves_the_original_mode(qtbot, window) -> None:
    _english(window)
    window.show_country("HU")
    view = window.country_views["HU"]
    view.toggle_original()
    assert view.showing_original
    window.window_actions.french.trigger()
    assert not view.showing_original and not view.original_bar.isVisible()
    assert "Permis de séjour" in _heading_texts(view)


def test_a_printed_translation_says_so_in_its_footer_and_the_original_does_not(qtbot, window) -> None:
    _english(window)
    window.show_country("FR")
    view = window.country_views["FR"]
    _, footer = view.print_document("essential")
    # The mark right after the title, so that a footer too long for its lines loses its end, never the mark.
    assert footer.startswith("FIIT Desk — France — essential sheet — unofficial English translation, the French "
                             "original prevails — Information from 2012–2013 (FIIT kit)")
    view.toggle_original()
    document, footer = view.print_document("essential")
    assert "unofficial translation" not in footer
    assert "Fiche essentielle" in document.toPlainText(), "what is printed is what is on screen: the original"
    window.window_actions.french.trigger()
    _, footer = window.country_views["FR"].print_document("full")
    assert footer.startswith("FIIT Desk — France — dossier complet — ") and "traduction" not in footer


def test_search_names_the_section_of_each_hit_in_english(qtbot, window) -> None:
    _english(window)
    window.open_search()
    window.search_dialog.field.setText("réflexion")
    texts = [window.search_dialog.results.item(i).text() for i in range(window.search_dialog.results.count())]
    assert any("[Residence permits]" in t for t in texts), texts[:3]
    assert any(t.startswith("Belgium — ") for t in texts) and not any(t.startswith("Belgique") for t in texts)
    window.search_dialog.reject()


def _footer_height(footer: str) -> float:
    """The height ``footer`` takes in the printed footer's box, measured as ``printing`` draws it."""
    from PySide6.QtCore import QBuffer, QIODevice, QRectF
    from PySide6.QtGui import QFont, QFontMetricsF, QPdfWriter

    from fiitdesk.ui import printing
    from fiitdesk.ui.fonts import document_font

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(96)  # as the printer's ScreenResolution
    printing.configure_a4(writer)
    width = writer.pageLayout().paintRectPixels(writer.resolution()).width()
    font = QFont(document_font(10.0))
    font.setPointSizeF(7.5)
    metrics = QFontMetricsF(font, writer)
    box = QRectF(0, 0, width - printing.PAGE_NUMBER_WIDTH, 1000)
    return metrics.boundingRect(box, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), footer).height()


def test_every_printed_footer_in_english_keeps_its_translation_mark_on_the_page(qtbot, window) -> None:
    """The footer box holds two lines; the longest footers (the whole card, several sheets) must fit in it, or
    the mark that the translation is unofficial would be cut off the page."""
    from fiitdesk.ui import printing

    _english(window)
    footers = [window.hotlines.print_document()[1], window.country_view("BE").print_document("essential")[1],
               window.country_view("GB").print_document("full")[1]]
    from fiitdesk.ui.sheets_pdf import sheets_document

    footers.append(sheets_document(window.context, [c["code"] for c in window.store.countries()], "full")[1])
    box = printing.FOOTER_HEIGHT - 6  # the text box paint_document draws the footer in: two lines
    assert _footer_height(" — ".join(footers[:2])) > box, "the measure sees a footer too long for the box"
    for footer in footers:
        assert "unofficial English translation, the French original prevails" in footer, footer
        assert "pas une information" not in footer, footer
        assert _footer_height(footer) <= box, footer
