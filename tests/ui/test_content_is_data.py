"""Content is data, never code: hostile text in the kit shows literally and loads nothing."""

from __future__ import annotations

from pathlib import Path

import yaml
from PySide6.QtCore import QUrl

from fiitdesk.kit.build import build_database
from fiitdesk.kit.store import KitStore
from fiitdesk.ui.context import AppContext
from fiitdesk.ui.country_view import CountryView, SheetBrowser

HOSTILE = ['<img src="http://evil.example/track.png">', '<a href="file:///etc/passwd">passwords</a>',
           "<script>alert(1)</script>", '<style>body { display: none }</style>']


def test_hostile_text_shows_literally_and_fetches_nothing(qtbot, kit_copy: Path, tmp_path: Path, monkeypatch,
                                                          context) -> None:
    path = kit_copy / "countries" / "BE.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["contacts"][0]["organisation"] = " ".join(HOSTILE)
    data["identification"]["text"] = HOSTILE[0]
    data["challenges"]["note"] = HOSTILE[1]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    database = tmp_path / "hostile.db"
    build_database(kit_copy, database)
    store = KitStore(database)

    html = store.sheet_html("BE", "fr", "screen")
    for snippet in HOSTILE:
        assert snippet not in html, "raw markup from the data reached the sheet"
    assert "&lt;img src=&#34;http://evil.example/track.png&#34;&gt;" in html

    requested: list[str] = []
    original = SheetBrowser.loadResource
    monkeypatch.setattr(SheetBrowser, "loadResource",
                        lambda self, kind, name: (requested.append(name.toString()), original(self, kind, name))[1])
    view = CountryView(store, "BE", AppContext(store, context.settings))
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    qtbot.wait(50)
    text = view.browser.toPlainText()
    for snippet in HOSTILE:
        assert snippet in text, "the text is shown as written"
    assert all(name.startswith("chart:") for name in requested), requested
    anchors = [QUrl(a).scheme() for a in view.browser.document().toHtml().split('href="')[1:]]
    assert "file" not in anchors and "http" not in anchors
    store.close()


def test_yaml_is_read_safely(kit_copy: Path) -> None:
    from fiitdesk.kit.sources import KitError, load_kit

    (kit_copy / "practices.yaml").write_text("!!python/object/apply:os.system ['touch /tmp/pwned']\n",
                                             encoding="utf-8")
    try:
        load_kit(kit_copy)
    except KitError as exc:
        assert "practices.yaml" in str(exc)
    assert not Path("/tmp/pwned").exists()
