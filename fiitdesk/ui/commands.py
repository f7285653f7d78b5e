"""Command-line commands that need Qt but no screen: PDFs, the self-test, screenshots.

They draw offscreen, so they work on a server or in CI exactly as on a laptop. The self-test is what the
installer build runs on the frozen program: it fails on any error and on any unexpected Qt warning.
The ``*_command`` functions are the command line's handlers (``fiitdesk.cli`` dispatches to them and turns
their failures into one line and a status); they keep their settings in memory, so they leave nothing on
disk but the files they were asked to write.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fiitdesk.errors import BadInput, Unusable, shown
from fiitdesk.kit import files
from fiitdesk.ui.app import make_app, open_store


class CommandFailed(Unusable):
    """A headless command could not do its job; the message is for the user (exit status 1)."""


def _context(db: str | None, language: str = "fr") -> Any:
    from fiitdesk.kit.store import StoreError
    from fiitdesk.ui.context import AppContext
    from fiitdesk.ui.fonts import load_fonts
    from fiitdesk.ui.settings import Settings

    app = make_app(headless=True)
    load_fonts()
    try:
        store = open_store(Path(db) if db else None)
    except StoreError as exc:
        raise CommandFailed(str(exc)) from exc
    settings = Settings(MemorySettings())
    settings.language = language
    app.install_language(language)
    return AppContext(store, settings)


class MemorySettings:
    """Settings for headless commands: in memory only, so they never touch the user's preferences and leave
    no file behind (what ``Settings`` asks of a QSettings, and no more)."""

    def __init__(self) -> None:
        self._values: dict[str, object] = {}

    def value(self, key: str, default: object = None) -> object:
        return self._values.get(key, default)

    def setValue(self, key: str, value: object) -> None:
        self._values[key] = value

    def sync(self) -> None:
        pass

    def fileName(self) -> str:
        return ""


def write_sheets_pdf(db: str | None, codes: list[str], output: Path, language: str = "fr",
                     form: str = "essential") -> int:
    """Country sheets to ``output``: the one-page essential sheet of each, or (``form`` "full") the dossier."""
    from fiitdesk.kit.store import UnknownCountry
    from fiitdesk.ui.printing import PrintFailed, write_pdf
    from fiitdesk.ui.sheets_pdf import sheets_document

    context = _context(db, language)
    try:
        resolved = [context.store.resolve_country(c) for c in codes]
    except UnknownCountry as exc:
        raise BadInput(str(exc)) from exc
    document, footer = sheets_document(context, list(dict.fromkeys(resolved)), form)
    try:
        return write_pdf(document, output, footer)
    except PrintFailed as exc:
        raise CommandFailed(_pdf_failure(exc, output)) from exc


def _pdf_failure(exc: Any, output: Path) -> str:
    return f"cannot write the PDF {shown(output)}: {exc.reason or 'the file could not be written'}; no PDF was written"


def write_hotline_card_pdf(db: str | None, country: str | None, output: Path, language: str = "fr",
                           calling_from: str | None = None) -> int:
    from fiitdesk.kit import card
    from fiitdesk.kit.store import UnknownCountry
    from fiitdesk.ui import printing
    from fiitdesk.ui.sheets_pdf import hotline_card_document

    context = _context(db, language)
    store = context.store
    try:
        code = store.resolve_country(country) if country else None
        origin = store.resolve_country(calling_from) if calling_from else None
    except UnknownCountry as exc:
        raise BadInput(str(exc)) from exc
    chosen = card.country_card(store, code, origin, language) if code else card.whole_card(store, origin, language)
    document, footer = hotline_card_document(context, chosen)
    try:
        return printing.write_pdf(document, output, footer)
    except printing.PrintFailed as exc:
        raise CommandFailed(_pdf_failure(exc, output)) from exc


def pdf_text(path: Path) -> str:
    """The text of a PDF as a reader's copy-paste would get it (QtPdf), for checks."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    status = document.load(str(path))
    if status != QPdfDocument.Error.None_:
        raise CommandFailed(f"{shown(path)}: not a readable PDF ({status.name})")
    text = "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))
    document.close()
    return text


# -- self-test ----------------------------------------------------------------------------------------


class _StderrCapture:
    """Captures what Qt writes to standard error (its warnings) while the self-test runs.

    Done at the file-descriptor level rather than with qInstallMessageHandler, whose previous-handler
    return value trips a reference-counting bug in PySide6 at interpreter exit.
    """

    IGNORED = ("This plugin does not support propagateSizeHints",)

    def __enter__(self) -> _StderrCapture:
        sys.stderr.flush()
        self._file = tempfile.TemporaryFile()
        self._saved = os.dup(2)
        os.dup2(self._file.fileno(), 2)
        return self

    def __exit__(self, *exc: object) -> None:
        sys.stderr.flush()
        os.dup2(self._saved, 2)
        os.close(self._saved)
        self._file.seek(0)
        lines = self._file.read().decode("utf-8", "replace").splitlines()
        self._file.close()
        self.messages = [line for line in lines if line.strip() and not line.startswith(self.IGNORED)]


def self_test(db: str | None, out: Callable[[str], None] = print) -> int:
    """Open the window offscreen and use every part of it; 0 if all went well, 1 otherwise."""
    from fiitdesk.ui.main_window import MainWindow

    started = time.perf_counter()
    capture = _StderrCapture()
    failures: list[str] = []

    def check(condition: bool, what: str) -> None:
        if not condition:
            failures.append(what)

    try:
        capture.__enter__()
        context = _context(db, "fr")
        app = make_app(headless=True)
        store = context.store
        window = MainWindow(context, app.install_language)
        window.show()
        app.processEvents()
        countries = store.countries()
        for country in countries:
            window.show_country(country["code"])
            view = window.country_views[country["code"]]
            sections = view.section_keys()
            check(bool(sections), f"{country['code']}: the sheet has no section")
            for key in sections:
                view.show_section(key)
            check(country["name"] in view.browser.toPlainText(), f"{country['code']}: sheet lacks its name")
        out(f"sheets: {len(countries)} countries, every section visited")
        for view in (window.hotlines, window.compare, window.practices, window.glossary):
            window.show_view(view)
        check(window.glossary.list.count() == 21, "glossary: not the 21 terms of the EMN study")
        window.compare.set_selection([c["code"] for c in countries])
        check(window.compare.table.rowCount() > 20, "compare: too few rows for all countries")
        check(window.compare.table.columnCount() == len(countries) + 1,  # the first column holds the labels
              "compare: not a column per country")
        out(f"compare: {window.compare.table.rowCount()} rows × {window.compare.table.columnCount() - 1} countries")
        for query, expected in (("Allemagne", "DE"), ("payoke", "BE"), ("+44 800 555", "GB")):
            window.hotlines.query.setText(query)
            found = {row["country"] for row in window.hotlines.model.rows}
            check(found == {expected}, f"hotlines: {query!r} found {sorted(found)}, expected {expected}")
        out("hotlines: country, organisation and digit searches answered")
        before = (window.hotlines.copy_button.text(), window.window_actions.file_menu.title(), window.tabs.tabText(0))
        check(before[1] == "&Fichier", f"language: the interface is not in French ({before[1]!r})")
        window.set_language("en")
        after = (window.hotlines.copy_button.text(), window.window_actions.file_menu.title(), window.tabs.tabText(0))
        check(all(a != b for a, b in zip(after, before, strict=True)),
              f"language: switching to English left {after}")
        window.show_country("BE")
        sheet = window.country_views["BE"]
        window.window_actions.original.trigger()
        french = sheet.context.store.with_language("fr").country("BE")["identification"]["text"]
        check(sheet.showing_original and " ".join(french.split())[:40] in " ".join(sheet.browser.toPlainText().split()),
              "language: the French original of a sheet is not shown in English")
        window.window_actions.original.trigger()
        from fiitdesk.kit.sections import title as section_title

        check(not sheet.showing_original and section_title("permits", "en") in sheet.browser.toPlainText(),
              "language: back from the French original failed")
        window.set_language("fr")
        again = (window.hotlines.copy_button.text(), window.window_actions.file_menu.title(), window.tabs.tabText(0))
        check(again == before, "language: switching back to French failed")
        out("language: French → English (the French original of a sheet and back) → French")
        with tempfile.TemporaryDirectory(prefix="fiitdesk-selftest-") as tmp:
            _check_pdfs(context, Path(tmp), check, out)
        window.close()
    except Exception as exc:
        failures.append(f"{type(exc).__name__}: {exc}")
    finally:
        capture.__exit__()
    failures += [f"unexpected message on stderr: {m}" for m in capture.messages]
    for failure in failures:
        out(f"FAIL {failure}")
    out(f"self-test: {'FAILED' if failures else 'passed'} in {time.perf_counter() - started:.1f} s")
    return 1 if failures else 0


def _check_pdfs(context: Any, folder: Path, check: Callable[[bool, str], None], out: Callable[[str], None]) -> None:
    from fiitdesk.ui.printing import write_pdf
    from fiitdesk.ui.sheets_pdf import sheets_document

    store = context.store
    pages = 0
    for country in store.countries():
        code = country["code"]
        document, footer = sheets_document(context, [code], "full")
        path = folder / f"{code}.pdf"
        pages += write_pdf(document, path, footer)
        text = " ".join(pdf_text(path).split())
        record = store.country(code)
        check("ﬂ" not in text and "ﬁ" not in text, f"{code}: the PDF text has ligatures")
        reflection = next((p for p in record["permits"] if p["stage"] == "reflection_period"), None)
        if reflection and reflection["duration_text"]:
            check(" ".join(reflection["duration_text"].split()) in text,
                  f"{code}: the PDF lacks the reflection period {reflection['duration_text']!r}")
        if record["contacts"]:
            check(record["contacts"][0]["organisation"].split()[0] in text,
                  f"{code}: the PDF lacks the first contact {record['contacts'][0]['organisation']!r}")
        elif record["hotlines"]:
            check(record["hotlines"][0]["number"].split()[-1] in text, f"{code}: the PDF lacks its hotline")
        essential = folder / f"{code}-essential.pdf"
        sheet, sheet_footer = sheets_document(context, [code], "essential")
        one_page = write_pdf(sheet, essential, sheet_footer)
        check(one_page == 1, f"{code}: the essential sheet has {one_page} pages, not one")
    card = folder / "hotlines.pdf"
    write_hotline_card_pdf(str(store.path), None, card)
    card_text = pdf_text(card)
    check("+44 800 555" in card_text.replace("\u202f", " "), "hotline card: the UK number is missing")
    out(f"pdf: {len(store.countries())} full dossiers ({pages} pages), as many one-page essential sheets and "
        "the hotline card written and read back")


# -- screenshots --------------------------------------------------------------------------------------


#: The views also pictured in another language (NAME-en.png): enough to show that each part reads in it.
TRANSLATED_SHOTS = frozenset({"country-sheet", "country-original", "hotline-finder", "hotline-card", "compare",
                              "search"})


def settle(window: Any, limit_s: float = 5.0) -> None:
    """Let the window finish what it does after a paint (a sheet's rest and its charts), as a person
    looking at it would wait a moment: a picture taken at once would show the charts' empty place."""
    import time

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    end = time.monotonic() + limit_s
    app.processEvents()
    while time.monotonic() < end and not all(view.settled for view in window.country_views.values()
                                              if view.isVisible()):
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()


def screenshots(db: str | None, folder: Path, language: str = "fr") -> list[Path]:
    """A PNG of each main view, for the README and for looking at the application as a person would; in a
    language other than French, those of ``TRANSLATED_SHOTS``, named with the language (``compare-en.png``)."""
    from fiitdesk.ui.main_window import MainWindow

    context = _context(db, language)
    app = make_app(headless=True)
    window = MainWindow(context, app.install_language)
    window.resize(1280, 800)
    window.show()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CommandFailed(f"cannot make the folder {shown(folder)}: {exc.strerror or exc}") from exc
    shots: list[Path] = []

    def target(name: str) -> Path | None:
        if language == "fr":
            return folder / f"{name}.png"
        return folder / f"{name}-{language}.png" if name in TRANSLATED_SHOTS else None

    def shoot(name: str, widget: Any = None) -> None:
        """The PNG is made in memory and written by the kit's one atomic writer: under exactly the name
        asked for, complete or not at all."""
        from PySide6.QtCore import QBuffer, QIODevice

        path = target(name)
        if path is None:
            return
        settle(window)
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not (widget or window).grab().save(buffer, "PNG"):
            raise CommandFailed(f"cannot draw the screenshot {name}")
        try:
            files.write_atomically(path, bytes(buffer.data().data()))
        except OSError as exc:
            raise CommandFailed(f"cannot write {shown(path)}: {exc.strerror or exc}") from exc
        shots.append(path)

    window.show_country("BE")
    shoot("country-sheet")
    if context.translated:  # the same sheet with its French original shown (Ctrl+Shift+O)
        window.show_country("BE", "permits")
        window.toggle_original()
        shoot("country-original")
        window.toggle_original()
    window.show_country("BE", "challenges")
    from fiitdesk.kit import evidence

    sheet = window.country_views["BE"].browser
    opened = evidence.ids(sheet.page())[:1]
    for ident in opened:  # a note with its « Pourquoi ? » opened
        sheet.toggle_evidence(ident)
    shoot("country-why")
    for ident in opened:
        sheet.toggle_evidence(ident)
    window.show_country("BE", "permits")
    shoot("country-permits")
    window.show_country("FR", "figures")
    shoot("country-figures")
    window.show_view(window.hotlines)
    window.resize(1366, 740)  # the finder as a 1366×768 laptop shows it, under its panel
    window.hotlines.query.setText("bruxelles")
    calling_from = window.hotlines.calling_from
    calling_from.setCurrentIndex(max(0, calling_from.findData("FR")))
    window.hotlines.copy_selected()
    shoot("hotline-finder")
    card_path = target("hotline-card")
    if card_path is not None:
        shots.append(_card_picture(context, card_path))
    window.hotlines.query.clear()
    calling_from.setCurrentIndex(0)
    window.resize(1280, 800)
    window.show_view(window.compare)
    window.compare.set_selection(["BE", "FR", "IT", "HU", "GB"], ["permits", "framework"])
    shoot("compare")
    window.show_view(window.practices)
    shoot("practices")
    window.show_view(window.glossary)
    window.glossary.field.setText("identification")
    shoot("glossary")
    window.glossary.field.clear()
    window.show_country("FR", "emn_overview")
    shoot("country-emn")
    window.open_search()
    window.search_dialog.field.setText("hébergement mineurs")
    shoot("search", window.search_dialog)
    window.search_dialog.reject()
    window.show_country("HR")
    shoot("country-without-chapter")
    window.close()
    return shots


def _card_picture(context: Any, path: Path) -> Path:
    """The whole hotline card, calling from Belgium, as a picture of its A4 page at 96 dpi.

    Drawn straight into an image, as on paper but for the footer: QtPdf's renderer reserves gigabytes of
    address space and traps under a memory limit (measured: tests/ui/test_cli_files.py)."""
    from PySide6.QtCore import QRectF, QSizeF
    from PySide6.QtGui import QColor, QImage, QPainter

    from fiitdesk.kit import card
    from fiitdesk.ui.sheets_pdf import hotline_card_document

    document, _footer = hotline_card_document(context, card.whole_card(context.store, "BE", context.language))
    width, height, margin = 794, 1123, 57  # A4 at 96 dpi, 15 mm margins
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    document.documentLayout().setPaintDevice(image)
    document.setPageSize(QSizeF(width - 2 * margin, height - 2 * margin))
    painter = QPainter(image)
    painter.translate(margin, margin)
    document.drawContents(painter, QRectF(0, 0, width - 2 * margin, height - 2 * margin))
    painter.end()
    if not image.save(str(path)):
        raise CommandFailed(f"cannot write {shown(path)}")
    return path


# -- the command line's handlers (fiitdesk.cli dispatches to them) -------------------------------------


def sheet_command(args: Any) -> int:
    pages = write_sheets_pdf(args.db, args.countries, Path(args.output), args.language,
                             "full" if args.full else "essential")
    print(f"{shown(args.output)}: {pages} page(s)")
    return 0


def hotline_card_command(args: Any) -> int:
    pages = write_hotline_card_pdf(args.db, args.country, Path(args.output), args.language, args.calling_from)
    print(f"{shown(args.output)}: {pages} page(s)")
    return 0


def self_test_command(args: Any) -> int:
    return self_test(args.db)


def screenshots_command(args: Any) -> int:
    for path in screenshots(args.db, Path(args.out), args.language):
        print(shown(path))
    return 0
