"""Country names from CLDR (through Babel), computed at build time.

The finder must match "Allemagne", "Germany" and "Deutschland" alike without a hand-written table: the
build stores the French, English and official-language names of every country, and the running
application only reads them.
"""

from __future__ import annotations

from functools import cache

from babel import Locale, UnknownLocaleError
from babel.languages import get_official_languages

#: Codes people and documents use that are not ISO 3166-1 alpha-2: the UK and the EU's "EL" for Greece.
ALIASES = {"UK": "GB", "EL": "GR"}


@cache
def _territories(locale: str) -> dict[str, str]:
    return dict(Locale.parse(locale).territories)


def is_country(code: str) -> bool:
    """True for an ISO 3166-1 alpha-2 code that CLDR knows as a country."""
    return len(code) == 2 and code.isalpha() and code.isupper() and code in _territories("en")


def french_name(code: str) -> str:
    return _territories("fr")[code]


def english_name(code: str) -> str:
    return _territories("en")[code]


def name_in(code: str, language: str) -> str:
    """The country's name in ``language`` (CLDR), for the content in that language."""
    return _territories(language)[code]


def native_names(code: str) -> list[str]:
    """The country's name in each of its official languages (Belgium: België, Belgique, Belgien)."""
    names: list[str] = []
    for language in get_official_languages(code):
        try:
            name = _territories(f"{language}_{code}").get(code)
        except (UnknownLocaleError, ValueError):
            name = _territories(language).get(code) if _has_locale(language) else None
        if name and name not in names:
            names.append(name)
    return names


def _has_locale(language: str) -> bool:
    try:
        Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return False
    return True
