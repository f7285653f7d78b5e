"""Content is data, never code: hostile text in the kit shows literally, and no HTML a database holds can
read a file, open a link or crash the program — on screen, on paper, in tooltips, in About."""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox

from fiitdesk.kit.build import build_database
from fiitdesk.kit.store import KitStore
from fiitdesk.ui.context import AppContext
from fiitdesk.ui.country_view import CountryView, SheetBrowser
from fiitdesk.ui.printing import write_pdf
from tests.bounded import run_cli
from tests.conftest import KIT_DIR
from tests.packmaker import altered_copy
from tests.ui.screen import sheet_on_screen

HOSTILE = ['<img src="http://evil.example/track.png">', '<a href="file:///etc/passwd">passwords</a>',
           "<script>alert(1)</script>", '<style>body { display: none }</style>', '<img src="/dev/zero">']


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory) -> Path:
    """The real kit with hostile text in a contact, a note, a hotline and a source's title."""
    folder = tmp_path_factory.mktemp("hostile")
    kit = folder / "kit"
    shutil.copytree(KIT_DIR, kit)

    def edit(path: Path, change) -> None:
        content = yaml.safe_load(path.read_text(encoding="utf-8"))
        change(content)
        path.write_text(yaml.safe_dump(content, allow_unicode=True, sort_keys=False), encoding="utf-8")

    def be(country: dict) -> None:
        country["contacts"][0]["organisation"] = " ".join(HOSTILE)
        country["identification"]["text"] = HOSTILE[0]
        country["challenges"]["note"] = HOSTILE[1]
        country["permits"][0]["note"] = HOSTILE[4] + " note"

    edit(kit / "countries" / "BE.yaml", be)
    edit(kit / "hotlines.yaml", lambda rows: rows[0].update(organisation=HOSTILE[4] + " " + HOSTILE[1]))
    edit(kit / "sources.yaml", lambda rows: rows[0].update(title=HOSTILE[4] + HOSTILE[1]))
    build_database(kit, folder / "hostile.db")
    return folder / "hostile.db"


@pytest.fixture(scope="module")
def red_png(tmp_path_factory) -> Path:
    """A local picture: if a document loads it, red shows on screen and an image appears in the PDF."""
    path = tmp_path_factory.mktemp("picture") / "private photo.png"
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(path))
    return path


@pytest.fixture(scope="module")
def raw_html_db(built_db: Path, red_png: Path, tmp_path_factory) -> Path:
    """A database (a --db file, or a pack's) whose stored sheets carry raw HTML naming local files."""
    tags = f'<img src="{red_png}" width="300" height="200"><img src="/dev/zero">'
    return altered_copy(built_db, tmp_path_factory.mktemp("raw") / "raw.db",
                        f"UPDATE sheets SET html = replace(html, '<body>', '<body>{tags}') "
                        "WHERE medium IN ('screen', 'print')")


def _red(image: QImage) -> int:
    return sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
               if image.pixelColor(x, y).red() > 200 and image.pixelColor(x, y).green() < 60)


def _view(qtbot, store, context, code: str = "HU") -> CountryView:
    view = sheet_on_screen(qtbot, AppContext(store, context.settings), code)
    qtbot.wait(50)
    return view


def test_hostile_text_shows_literally_and_fetches_nothing(qtbot, hostile_db: Path, monkeypatch, context) -> None:
    store = KitStore(hostile_db)
    html = store.sheet_html("BE", "fr", "screen")
    for snippet in HOSTILE:
        assert snippet not in html, "raw markup from the data reached the sheet"
    assert "&lt;img src=&#34;http://evil.example/track.png&#34;&gt;" in html
    requested: list[str] = []
    original = SheetBrowser.loadResource
    monkeypatch.setattr(SheetBrowser, "loadResource",
                        lambda self, kind, name: (requested.append(name.toString()), original(self, kind, name))[1])
    view = _view(qtbot, store, context, "BE")
    text = view.browser.toPlainText()
    for snippet in HOSTILE:
        assert snippet in text, "the text is shown as written"
    assert all(name.startswith("chart:") for name in requested), requested
    anchors = [QUrl(a).scheme() for a in view.browser.document().toHtml().split('href="')[1:]]
    assert "file" not in anchors and "http" not in anchors
    store.close()


def test_a_local_file_named_in_stored_html_is_never_shown(qtbot, raw_html_db: Path, built_db: Path, context) -> None:
    store = KitStore(raw_html_db)
    view = _view(qtbot, store, context)
    assert _red(view.browser.grab().toImage()) == 0, "the picture named by the database was read and shown"
    resource = view.browser.document().resource(QTextDocument.ResourceType.ImageResource.value, QUrl("/dev/zero"))
    assert resource is not None and not isinstance(resource, (bytes, str))
    store.close()


def test_a_local_file_named_in_stored_html_never_reaches_a_pdf(qtbot, raw_html_db: Path, built_db: Path,
                                                              context, tmp_path: Path) -> None:
    """The PDF a social worker hands over holds the sheet's own images (its charts), nothing from the disk."""
    def images_in_pdf(database: Path) -> list[tuple[int, int]]:
        """The size of every picture in the PDF, but the one-pixel blanks drawn for names not loaded."""
        store = KitStore(database)
        view = _view(qtbot, store, context)
        target = tmp_path / f"{database.stem}.pdf"
        document, footer = view.print_document("full")  # the dossier has the charts; the one-page sheet none
        write_pdf(document, target, footer)
        content = target.read_bytes()
        store.close()
        sizes = []
        for header in re.findall(rb"<<[^>]*/Subtype\s*/Image[^>]*>>", content):
            width, height = (int(re.search(rb"/%s\s+(\d+)" % key, header).group(1)) for key in (b"Width", b"Height"))
            if (width, height) != (1, 1):
                sizes.append((width, height))
        return sorted(sizes)

    clean = images_in_pdf(built_db)
    assert clean, "the clean sheet's own chart is in its PDF"
    assert images_in_pdf(raw_html_db) == clean, "a picture named by the database reached the PDF"


def test_dev_zero_named_in_stored_html_does_not_stop_the_program(raw_html_db: Path, tmp_path: Path) -> None:
    """Before: std::bad_alloc, at every start, since the last view (a country sheet) is remembered."""
    config = tmp_path / "config" / "FIIT Desk"
    config.mkdir(parents=True)
    (config / "fiitdesk.ini").write_text("[General]\nlast_view=country-HU\n", encoding="utf-8")
    env = {"XDG_CONFIG_HOME": str(tmp_path / "config"), "FIITDESK_BENCH_T0": repr(time.time())}
    start = run_cli(["--db", str(raw_html_db), "gui"], env, timeout=120)
    assert start.code == 0 and "first-paint" in start.out, start
    printed = run_cli(["--db", str(raw_html_db), "sheet", "HU", "-o", str(tmp_path / "hu.pdf")], timeout=120)
    assert printed.code == 0 and (tmp_path / "hu.pdf").stat().st_size > 10_000, printed


def test_tooltips_show_data_as_text(qtbot, hostile_db: Path, context) -> None:
    """A tooltip whose text looks like HTML is HTML to Qt, and its document loads files: data is escaped."""
    from fiitdesk.ui.compare_view import CompareView
    from fiitdesk.ui.hotline_finder import HotlineFinder

    store = KitStore(hostile_db)
    hostile_context = AppContext(store, context.settings)
    finder = HotlineFinder(hostile_context)
    qtbot.addWidget(finder)
    tips = [finder.model.data(finder.model.index(row, 1), Qt.ItemDataRole.ToolTipRole)
            for row in range(finder.model.rowCount())]
    compare = CompareView(hostile_context)
    qtbot.addWidget(compare)
    compare.set_selection(["BE", "FR"], ["permits"])
    tips += [compare.table.item(r, c).toolTip() for r in range(compare.table.rowCount())
             for c in range(compare.table.columnCount()) if compare.table.item(r, c) is not None]
    hostile = [tip for tip in tips if "dev/zero" in tip]
    assert hostile, "the hostile hotline has a tooltip"
    # Compare keeps a cell's note for the pane below it, which shows data as the words it is.
    cells = [(r, c) for r in range(compare.table.rowCount()) for c in range(1, compare.table.columnCount())
             if compare.table.item(r, c) is not None]
    noted = next(rc for rc in cells if "dev/zero" in str(compare.table.item(*rc).data(Qt.ItemDataRole.UserRole)))
    compare.table.setCurrentCell(*noted)
    assert '<img src="/dev/zero">' in compare.detail.toPlainText(), "the note shown as the words it is"
    for tip in hostile:
        assert "<img" not in tip
        document = QTextDocument()
        document.setHtml(tip)
        assert '<img src="/dev/zero">' in document.toPlainText(), "shown as the words it is"
    store.close()


def test_about_shows_data_as_text_and_opens_no_link_by_itself(qtbot, qapp, hostile_db: Path, context,
                                                             monkeypatch) -> None:
    from fiitdesk.ui.main_window import MainWindow

    store = KitStore(hostile_db)
    window = MainWindow(AppContext(store, context.settings), qapp.install_language)
    qtbot.addWidget(window)
    text = window.about_text()
    assert '<img src="/dev/zero">' not in text and '<a href="file' not in text
    assert "&lt;img src=&quot;/dev/zero&quot;&gt;" in text
    assert "2013" in text and "2021–2023" in text, "when the information dates from (the sources' as_of)"
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    window.about()
    label = shown[0].findChild(QLabel, "qt_msgbox_label")
    assert label is not None and not label.openExternalLinks()
    store.close()


def test_a_link_from_content_to_a_local_file_is_not_opened(qtbot, context, monkeypatch) -> None:
    view = CountryView(context.store, "BE", context)
    qtbot.addWidget(view)
    asked, opened, warned = [], [], []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: (asked.append(a[2]), QMessageBox.StandardButton.Yes)[1])
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url))
    for link in ("web:file:///etc/passwd", "web:javascript:alert(1)", "web:fiitdesk://x"):
        view.browser.anchorClicked.emit(QUrl(link))
    assert opened == [] and asked == [] and len(warned) == 3
    view.browser.anchorClicked.emit(QUrl("web:www.payoke.be"))
    assert asked and [u.toString() for u in opened] == ["http://www.payoke.be"], "a web address, once agreed"


def test_yaml_is_read_safely(kit_copy: Path) -> None:
    from fiitdesk.kit.sources import KitError, load_kit

    marker = kit_copy / "pwned"
    (kit_copy / "practices.yaml").write_text(f"!!python/object/apply:os.system ['touch {marker}']\n",
                                             encoding="utf-8")
    with pytest.raises(KitError) as caught:
        load_kit(kit_copy)
    assert "practices.yaml" in str(caught.value)
    assert not marker.exists() and not os.path.exists("/tmp/pwned")
