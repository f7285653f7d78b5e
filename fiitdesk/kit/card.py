"""The hotline card: one A4 page of numbers to pin on an office wall, readable from a metre away.

What goes on it and in which order is decided here, from directory entries (``KitStore.hotlines``): the
"calling from" country's own numbers first, the general emergency number in one line, then every other
country in the interface language's alphabetical order, each number with the digits to dial from the
"calling from" country, short numbers as dialled inside their country (« depuis la Grèce seulement »), and
the date of the information. The template (resources/templates/hotline_card.html.j2) only lays it out.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from fiitdesk.kit import entry_text
from fiitdesk.kit.labels import country_name, pair, say, words


@dataclass
class CardLine:
    digits: str
    only_from: str | None
    what: str
    warn_abroad: bool
    date: str | None
    note: str | None
    also: list[str]


@dataclass
class CardSection:
    code: str
    name: str
    lines: list[CardLine] = field(default_factory=list)

    @property
    def weight(self) -> float:
        """Roughly how many card lines the section takes, to balance the columns."""
        return 1.6 + sum(1.4 + len(line.what) / 40 + (0.8 if line.only_from else 0) for line in self.lines)


@dataclass
class Card:
    title: str
    source_labels: list[str]
    calling_from: str | None
    dates: str
    emergency_number: str | None
    emergency: str | None
    emergency_source: str | None
    own: CardSection | None
    own_rows: list[list[CardLine]]
    large: bool
    columns: list[list[CardSection]]
    without_numbers: list[str]


def _sort_key(name: str) -> str:
    """Alphabetical order as a reader expects it: « Géorgie » before « Grèce »."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _line(entry: dict[str, Any], calling_from: str | None, lang: str, usual_date: str | None,
          on_card: set[int]) -> CardLine:
    reach = entry_text.dial(entry, calling_from, lang)
    date = entry.get("as_of")
    also = [a["international"] or a["number"] for a in entry.get("alternatives") or [] if a["id"] not in on_card]
    return CardLine(digits=reach.digits, only_from=reach.only_from, what=entry_text.what_where(entry, lang),
                    warn_abroad=bool(entry["may_fail_abroad"] and entry["e164"]),
                    date=None if date == usual_date else entry_text.as_of_short(entry, lang),
                    note=entry["note"] or " ".join(entry_text.alternatives_text(entry, lang)) or None,
                    also=also)


def _dates(entries: list[dict[str, Any]], sources: dict[str, dict[str, Any]], lang: str) -> str:
    """« Kit FIIT, OIM 2013 : publié en 2013 ; Étude REM 2025 : situation 2021–2023 »."""
    parts = []
    for doc in dict.fromkeys(e["source"]["doc"] for e in entries if e["kind"] != "emergency"):
        source = sources.get(doc, {})
        as_of = str(source.get("as_of") or "")
        kind = "year" if as_of.isdigit() else "period"
        parts.append(pair(source.get("label", doc).split(" — ")[0], say(f"as_of_short_{kind}", lang, as_of=as_of),
                          lang))
    return say("card_dates", lang, dates=words(lang)["semicolon"].join(parts))


def build_card(entries: list[dict[str, Any]], title: str, sources: dict[str, dict[str, Any]],
               calling_from: str | None = None, lang: str = "fr",
               countries: list[dict[str, Any]] | None = None) -> Card:
    """The card for ``entries`` (emergency numbers and hotlines, or whatever the user's search found).

    ``countries`` (the store's list) lets the whole card name the countries for which the kit's sources
    have no number at all, so that nobody reads their absence as an omission of the card.
    """
    labels = words(lang)
    dated = [e for e in entries if e["kind"] != "emergency" and e.get("as_of")]
    usual = Counter(e["as_of"] for e in dated).most_common(1)[0][0] if dated else None
    emergencies = {e["country"]: e for e in entries if e["kind"] == "emergency"}
    numbered = {e["country"] for e in entries if e["kind"] != "emergency"}
    shown = list(dict.fromkeys(e["country"] for e in entries))
    general = {e["number"] for e in emergencies.values()}
    hoisted = len(general) == 1 and set(emergencies) == set(shown)
    number = emergency = emergency_source = None
    if hoisted:
        number = general.pop()
        emergency = labels["card_emergency" if len(shown) > 1 else "card_emergency_one"]
        first = next(iter(emergencies.values()))
        emergency_source = labels["card_emergency_source"].format(
            source=sources.get(first["source"]["doc"], {}).get("as_of", first["source"]["doc"]))
    sections: dict[str, CardSection] = {}
    on_card = {e["id"] for e in entries}
    seen: set[tuple[int, str]] = set()
    for entry in entries:
        if entry["kind"] == "emergency" and hoisted:
            continue
        same = (entry.get("organisation_group"), entry["e164"] or entry["national"] or entry["number"])
        if same[0] is not None and same in seen:
            continue  # Payoke's annex number is its contact's number too: once on the card
        seen.add(same)
        code = entry["country"]
        section = sections.setdefault(code, CardSection(code, entry_text.country_name(entry, lang)))
        section.lines.append(_line(entry, calling_from, lang, usual, on_card))
    own = sections.pop(calling_from, None) if calling_from else None
    if own is None and len(sections) == 1:  # one country: its numbers across the page, in larger type
        own = sections.pop(next(iter(sections)))
    across = 2 if own and not sections else 3
    own_rows = [own.lines[i:i + across] for i in range(0, len(own.lines), across)] if own else []
    ordered = sorted(sections.values(), key=lambda s: _sort_key(s.name))
    without = []
    if countries is not None:
        without = sorted((country_name(c, lang) for c in countries if c["code"] not in numbered
                          and c["code"] not in sections and c["code"] != calling_from), key=_sort_key)
    calling_name = None
    if calling_from:
        name = next((entry_text.country_name(e, lang) for e in entries if e["country"] == calling_from), None)
        if name is None and countries is not None:
            name = next((country_name(c, lang) for c in countries if c["code"] == calling_from), calling_from)
        calling_name = labels["card_calling_from"].format(
            country=entry_text.country_with_article(calling_from, name or calling_from, lang))
    used = dict.fromkeys(e["source"]["doc"] for e in entries)
    return Card(title=title, source_labels=[sources[d]["label"] for d in used if d in sources],
                calling_from=calling_name, dates=_dates(entries, sources, lang), emergency_number=number,
                emergency=emergency, emergency_source=emergency_source, own=own, own_rows=own_rows,
                large=across == 2, columns=_columns(ordered), without_numbers=without)


def _columns(sections: list[CardSection]) -> list[list[CardSection]]:
    """Three columns, the countries in order down each, cut where the tallest column is the shortest."""
    weights = [s.weight for s in sections]
    n = len(sections)
    best: tuple[float, int, int] = (float("inf"), n, n)
    for first in range(n + 1):
        for second in range(first, n + 1):
            tallest = max(sum(weights[:first]), sum(weights[first:second]), sum(weights[second:]))
            best = min(best, (tallest, first, second))
    _, first, second = best
    return [c for c in (sections[:first], sections[first:second], sections[second:]) if c] or [[]]


def whole_card(store: Any, calling_from: str | None = None, lang: str = "fr") -> Card:
    """The card "Imprimer la carte" prints: every country's emergency number and every hotline of the kit."""
    entries = store.hotlines(kinds=("emergency", "hotline"), calling_from=calling_from, limit=100_000)
    return build_card(entries, say("card_title", lang), store.sources, calling_from, lang, store.countries())


def country_card(store: Any, code: str, calling_from: str | None = None, lang: str = "fr") -> Card:
    """One country's card: its emergency number, its hotlines and its contacts' phones."""
    entries = store.hotlines(country=code, calling_from=calling_from, limit=100_000)
    name = next(country_name(c, lang) for c in store.countries() if c["code"] == code)
    return build_card(entries, say("card_title_country", lang, country=name), store.sources,
                      calling_from, lang)


def results_card(store: Any, entries: list[dict[str, Any]], what: str, calling_from: str | None = None,
                 lang: str = "fr") -> Card:
    """A card of the finder's current results only; its title says what they are (the search, the filters)."""
    return build_card(entries, say("card_title_results", lang, what=what), store.sources,
                      calling_from, lang)


#: The sizes the card tries, largest first, until it fits on one page (the printing side measures).
SCALES = (1.0, 0.94, 0.88, 0.82, 0.76, 0.7)


def render_card(card: Card, meta: dict[str, str], lang: str = "fr", scale: float = 1.0) -> str:
    """The card's HTML; ``scale`` shrinks every type size together when the card would not fit one page."""
    from fiitdesk.kit.sheets import _environment

    return _environment().get_template("hotline_card.html.j2").render(card=card, meta=meta, L=words(lang),
                                                                       lang=lang, scale=scale)
