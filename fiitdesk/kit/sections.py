"""The one list of a country sheet's sections: which exist, in which order, with which title and template.

Everything that names a section reads it from here: the screen sheet and the full dossier (every section
present, in this order), the essential sheet (the sections with an ``essential`` place, in that order),
the side list of the country view, and the search index (whose hits open a section by its id). Each
section has one template in ``resources/templates/sections/``, rendered for the screen, the full dossier
and the essential sheet alike.

Cheap to import (no Jinja2, no Qt): the window names its sections with it at start-up.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, NamedTuple

from fiitdesk.kit.labels import words

Record = dict[str, Any]

#: The service topics each service section gathers, in the kit's order.
SERVICE_SECTIONS: dict[str, tuple[str, ...]] = {
    "health": ("psychosocial", "health"),
    "legal_aid": ("legal_aid",),
    "language_courses": ("language_courses",),
    "employment": ("training", "employment"),
}

#: The EMN fact kinds each EMN section shows.
EMN_SECTIONS: dict[str, tuple[str, ...]] = {
    "emn_priorities": ("priority_region", "priority_country", "activity_region", "activity_country",
                       "bilateral_agreement"),
    "emn_practices": ("good_practice", "challenge"),
}


def _services(record: Record, section: str) -> bool:
    return any(s["topic"] in SERVICE_SECTIONS[section] for s in record["services"])


def _emn_facts(record: Record, section: str) -> bool:
    return any(record["emn"]["facts"].get(kind) for kind in EMN_SECTIONS[section])


def _has_emn(record: Record) -> bool:
    return bool(record["emn"]["status"] or record["emn"]["victims_2022"])


class Section(NamedTuple):
    """One section of a country sheet.

    ``title`` is a key of the catalog (``fiitdesk.kit.labels``); ``essential`` is the section's place on the
    one-page essential sheet (None: full dossier and screen only); ``on_essential`` says when it is there, if
    that differs from when the section exists at all (whom to call is on every essential sheet, even with no
    number).
    """

    id: str
    title: str
    present: Callable[[Record], bool]
    essential: int | None = None
    on_essential: Callable[[Record], bool] | None = None

    @property
    def template(self) -> str:
        return f"sections/{self.id}.html.j2"

    def shown_on_essential(self, record: Record) -> bool:
        if self.essential is None:
            return False
        return (self.on_essential or self.present)(record)


SECTIONS: tuple[Section, ...] = (
    Section("coverage", "coverage", lambda r: True, essential=8),
    Section("summary", "summary", lambda r: bool(r["identification"]), essential=3),
    Section("permits", "permits", lambda r: bool(r["permits"]), essential=4),
    Section("accommodation", "accommodation", lambda r: bool(r["accommodation"]), essential=5),
    Section("health", "health", lambda r: _services(r, "health")),
    Section("legal_aid", "legal_aid", lambda r: _services(r, "legal_aid")),
    Section("language_courses", "language_courses", lambda r: _services(r, "language_courses")),
    Section("employment", "employment", lambda r: _services(r, "employment")),
    Section("challenges", "challenges", lambda r: bool(r["challenges"]) or bool(r["framework"])),
    Section("figures", "figures", lambda r: bool(r["figures"]) or bool(r["origin_countries"])),
    Section("contacts", "contacts", lambda r: bool(r["contacts"]), essential=2),
    Section("hotlines", "hotlines", lambda r: bool(r["hotlines"]), essential=1, on_essential=lambda r: True),
    Section("testimonies", "testimonies", lambda r: bool(r["testimonies"])),
    Section("practice", "practice", lambda r: bool(r["practices"])),
    # The EMN essentials (plan, coordination, contact point, 2022 victims) stand in for the FIIT chapter
    # on the essential sheet of a country the kit has no chapter for.
    Section("emn_overview", "emn_overview", _has_emn, essential=6,
            on_essential=lambda r: _has_emn(r) and not r["has_chapter"]),
    Section("emn_priorities", "emn_priorities", lambda r: _emn_facts(r, "emn_priorities")),
    Section("emn_practices", "emn_practices", lambda r: _emn_facts(r, "emn_practices")),
    Section("emn_measures", "emn_measures", lambda r: bool(r["emn"]["measures"])),
)

BY_ID: dict[str, Section] = {s.id: s for s in SECTIONS}
SECTION_IDS: tuple[str, ...] = tuple(BY_ID)


def title(section_id: str, lang: str = "fr") -> str:
    """A section's title in ``lang`` (its heading on the sheet, its line in the side list)."""
    return words(lang)[BY_ID[section_id].title]


def present(record: Record) -> list[Section]:
    """The sections this country's screen sheet and full dossier have, in order."""
    return [s for s in SECTIONS if s.present(record)]


def essential(record: Record) -> list[Section]:
    """The sections on this country's essential sheet, in the essential sheet's order."""
    chosen = [s for s in SECTIONS if s.shown_on_essential(record)]
    return sorted(chosen, key=lambda s: s.essential or 0)


#: How much of a rendered sheet is laid out before the window's first paint, in characters of the page (the
#: evidence kept in comments not counted). Measured on the 30 sheets in both languages, at the default zoom:
#: at least 790 px of sheet, more than a 1366×768 screen shows (tests/ui/test_first_screen.py).
FIRST_SCREEN_CHARS = 4000

# Where a page can be cut: a section's heading (the templates' ``heading`` macro), the end of a table's row,
# tables opening (grid tables apart) and closing, and the comments that hold the evidence (not counted).
# Each pattern reads a bounded stretch, and a comment's end is looked for once: a crafted page (a planted
# database) cannot make the cut take longer than one reading of the page.
_PLACES = re.compile(r"""(?P<comment><!--) | (?P<grid><table\s+class="grid[^<>]{0,400}>)
                        | (?P<table><table\b[^<>]{0,400}>) | (?P<closed></table>) | (?P<row></tr>)
                        | <a\ name="(?P<section>[a-z_]{1,40})"></a><h2>""", re.X)


def first_screen(page: str, at_least: int = FIRST_SCREEN_CHARS) -> str:
    """The start of a rendered page: its first ``at_least`` characters, then up to the next place where the
    rest can follow — before a section heading, or after a row of a grid table (closed there). The whole
    page if no such place comes after them.

    Parsing and laying out a whole sheet costs the window ~5 ms before it can show anything, for text below
    the screen: the country view shows this part first and the whole page once it is painted. The part is
    well formed: tables open in it are closed, a comment is never cut, a grid's row stays whole.
    """
    hidden = 0  # characters of comments so far
    open_tables: list[str] = []  # "grid" or "table", outermost first
    position = 0
    while (place := _PLACES.search(page, position)) is not None:
        position = place.end()
        kind = place.lastgroup
        if kind == "comment":
            end = page.find("-->", position)
            if end < 0:
                return page  # a comment that never ends: nothing after it could come first
            position = end + len("-->")
            hidden += position - place.start()
        elif kind in ("grid", "table"):
            open_tables.append(kind)
        elif kind == "closed":
            if open_tables:
                open_tables.pop()
        elif place.start() - hidden < at_least:
            continue
        elif kind == "row" and open_tables == ["grid"]:
            return page[:place.end()] + "</table>"
        elif kind == "section" and not open_tables and place.group("section") in BY_ID:
            return page[:place.start()]
    return page
