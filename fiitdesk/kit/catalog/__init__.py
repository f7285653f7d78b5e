"""Every word the kit's renderers say — sheets, the card, Compare, the command line's text, the search index's
section names — keyed, each language beside the other, in a few catalogs by what they serve.

Read them through ``fiitdesk.kit.labels`` (``words``, ``say``), never from here: that is the one lookup.
A key is in one catalog only (the merge refuses a duplicate, so a word cannot be said two ways), and each
entry has every language of ``LANGUAGES`` (``tests/kit/test_catalog.py``). The window's own chrome (menus,
buttons) is not here but in Qt Linguist's ``resources/i18n/fiitdesk_fr.ts``, the Qt convention.
"""

from __future__ import annotations

from fiitdesk.kit.catalog import compare, directory, sheet, terminal

#: The interface languages, the first being the kit's own (the French original).
LANGUAGES = ("fr", "en")

CATALOGS: dict[str, dict[str, dict[str, str]]] = {
    "sheet": sheet.ENTRIES,
    "directory": directory.ENTRIES,
    "compare": compare.ENTRIES,
    "terminal": terminal.ENTRIES,
}


def _merged() -> dict[str, dict[str, str]]:
    entries: dict[str, dict[str, str]] = {}
    for name, catalog in CATALOGS.items():
        for key, texts in catalog.items():
            if key in entries:
                raise ValueError(f"the word {key!r} of the {name} catalog is already in another catalog")
            entries[key] = texts
    return entries


#: {key: {language: text}} over every catalog.
ENTRIES: dict[str, dict[str, str]] = _merged()
