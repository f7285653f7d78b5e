"""Finding a country among thirty: which group it belongs to, and which countries a few typed letters mean.

A tab bar of 34 tabs took eight clicks to reach Lithuania. The "Pays" view groups countries by what the
sources say of them (a full FIIT chapter, the EMN study only, an emergency number only) and a few letters
of any of a country's names — French, English, its own language, its code — narrow the list. These are
decisions about the data, so they live here, without Qt; the window only shows them.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

#: The groups of the "Pays" view, in the order shown; the words are the keys of ``fiitdesk.kit.labels``.
GROUPS = ("group_fiit", "group_emn", "group_annex")


def country_group(country: dict[str, Any]) -> str:
    """What the sources cover for ``country`` (a row of ``KitStore.countries()``)."""
    if country["has_chapter"]:
        return "group_fiit"
    if country["emn_status"]:
        return "group_emn"
    return "group_annex"


def fold(text: str) -> str:
    """Lower case, no accents, letters and digits only: "Géorgie", "georgie" and "GÉORGIE" agree."""
    decomposed = unicodedata.normalize("NFKD", (text or "").casefold())
    return re.sub(r"[\W_]+", "", "".join(c for c in decomposed if not unicodedata.combining(c)))


def names_of(country: dict[str, Any]) -> list[str]:
    """Every name a user may type for ``country``: the code, French, English, its own languages, aliases."""
    return [country["code"], country["name"], country.get("name_en") or "",
            *(country.get("names_native") or []), *(country.get("aliases") or [])]


def match_rank(country: dict[str, Any], text: str) -> int | None:
    """How well ``text`` names ``country``: 0 the code or a whole name, 1 the start of a name, 2 inside
    a name, None not at all. An empty text matches every country (rank 1)."""
    wanted = fold(text)
    if not wanted:
        return 1
    folded = [fold(n) for n in names_of(country) if n]
    if wanted in folded:
        return 0
    if any(n.startswith(wanted) for n in folded):
        return 1
    if len(wanted) >= 3 and any(wanted in n for n in folded):
        return 2
    return None


def find_countries(countries: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """The countries ``text`` may mean, best first (stable within a rank, so callers' order is kept)."""
    ranked = [(rank, i, c) for i, c in enumerate(countries) if (rank := match_rank(c, text)) is not None]
    return [c for _, _, c in sorted(ranked, key=lambda t: (t[0], t[1]))]
