"""The one lookup for the words the kit's renderers say, in each interface language, and the few rules that go
with words: a country's name, a label and its value, numbers written as each language writes them.

The words themselves are in ``fiitdesk.kit.catalog`` (keyed, French and English side by side). Templates read
``words(lang)`` as ``L``; code asks ``say(key, lang, **fields)``. Cheap to import (no Jinja2, no Qt): the
window names its sections and countries with it at start-up.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fiitdesk.kit.catalog import ENTRIES, LANGUAGES

__all__ = ["LABELS", "LANGUAGES", "ORIGINAL_LANGUAGE", "country_name", "dated", "information_dates", "integer",
           "more", "pair", "percent", "say", "short_source_name", "translated_footer", "words"]

#: {language: {key: text}}. A language an entry lacks falls back to French here (the tests refuse it).
LABELS: dict[str, dict[str, str]] = {
    lang: {key: texts.get(lang, texts["fr"]) for key, texts in ENTRIES.items()} for lang in LANGUAGES
}


def words(lang: str) -> dict[str, str]:
    """The catalog for ``lang`` (French for a language it does not have)."""
    return LABELS.get(lang, LABELS["fr"])


def say(key: str, lang: str = "fr", **fields: object) -> str:
    """The word ``key`` in ``lang``, its ``{fields}`` filled in: ``say("from_only", "en", country="Greece")``."""
    text = words(lang)[key]
    return text.format(**fields) if fields else text


def country_name(country: Mapping[str, Any], lang: str = "fr") -> str:
    """A country's name in ``lang``: ``name`` (the kit's French) or ``name_en`` (CLDR, stored by the build),
    from a row of ``KitStore.countries()`` or a country record. The one rule for every list, tab and title."""
    if lang == "en" and country.get("name_en"):
        return str(country["name_en"])
    return str(country["name"])


def pair(name: str, value: object, lang: str = "fr") -> str:
    """A label and its value: « Source : Kit FIIT » in French, "Source: FIIT kit" in English."""
    return f"{name}{words(lang)['colon']} {value}"


def integer(value: float | None, lang: str = "fr") -> str:
    """A whole number grouped as ``lang`` writes it (« 1 234 », "1,234"); "—" when there is none."""
    if value is None:
        return "—"
    return f"{value:,.0f}".replace(",", words(lang)["thousands"])


def percent(value: float | None, lang: str = "fr", digits: int = 1) -> str:
    """A percentage as ``lang`` writes it (« 63,1 % », "63.1%"); "—" when there is none."""
    if value is None:
        return "—"
    return say("percent", lang, value=f"{value:.{digits}f}".replace(".", words(lang)["decimal"]))


def dated(source: dict[str, object] | None, lang: str = "fr") -> str:
    """What goes beside a phone number: the year its source describes, and that it must be checked.

    A document whose numbers are those of its publication year says "publié en 2013"; a study describing a
    period before its publication (the EMN study of 2025, on 2021–2023) says "situation 2021–2023".
    """
    if not source or not source.get("as_of"):
        return ""
    as_of = str(source["as_of"])
    key = "dated_published" if as_of == str(source.get("year")) else "dated_situation"
    return say(key, lang, as_of=as_of)


def short_source_name(source: dict[str, object], lang: str = "fr") -> str:
    return words(lang).get(f"source_short_{source['id']}", str(source.get("label", source["id"])))


def information_dates(sources: list[dict[str, object]], lang: str = "fr") -> str:
    """When a page's information dates from: "Informations de 2012–2013 (kit FIIT) et 2021–2023 (étude REM)".

    Oldest first, so that the reader sees at once how old the oldest part is.
    """
    ordered = sorted(sources, key=lambda s: str(s.get("period", "")))
    parts = [f"{s['period']} ({short_source_name(s, lang)})" for s in ordered]
    if not parts:
        return ""
    joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + f" {words(lang)['and']} {parts[-1]}"
    return say("information_dates", lang, dates=joined)


def more(kind: str, count: int, lang: str = "fr") -> str:
    """"+ 3 autres contacts dans le dossier complet": what a one-page sheet left out, and where it is."""
    if count <= 0:
        return ""
    return say(f"more_{kind}_1", lang) if count == 1 else say(f"more_{kind}", lang, n=count)


# -- The content in another language (fiitdesk.kit.translations) ----------------------------------------

#: The language the kit is written in: its text prevails, and every other language is a translation of it.
ORIGINAL_LANGUAGE = LANGUAGES[0]


def translated_footer(lang: str) -> str:
    """What a printed page in ``lang`` says of its content in its footer: nothing in the original language;
    in another, that it is an unofficial translation and the French original prevails."""
    return "" if lang == ORIGINAL_LANGUAGE else words(lang)["translation_footer"]
