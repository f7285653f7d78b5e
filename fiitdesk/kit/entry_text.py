"""What is said about one entry of the directory, wherever it is shown: the finder, the command line, the card.

One place decides what a field worker reads beside a number — what and where it is, how old it is, what to
dial from where they are, which other number the kit prints for the same organisation — so the window,
the terminal, the clipboard and the printed card say the same thing. The words are in ``labels.py``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from fiitdesk.kit import labels
from fiitdesk.kit.labels import say, words

#: Countries named without an article in French (islands) or with a plural one.
_FR_NO_ARTICLE = frozenset({"CY", "MT", "IS"})
_FR_PLURAL = frozenset({"NL"})
#: French country names ending in "e" that are masculine (« le Mexique »).
_FR_MASCULINE_E = frozenset({"MX", "KH", "MZ", "ZW", "BZ", "SR"})
#: English country names said with "the".
_EN_THE = frozenset({"GB", "NL", "US", "PH", "AE", "CF", "DO", "KM", "MV", "SC", "BS", "GM"})


def country_name(entry: dict[str, Any], lang: str) -> str:
    """The entry's country in ``lang`` (the store gives both names with every entry)."""
    return labels.country_name({"name": entry["country_name"], "name_en": entry.get("country_name_en")}, lang)


def country_with_article(code: str, name: str, lang: str) -> str:
    """« la Grèce », « l’Allemagne », « le Royaume-Uni », « les Pays-Bas », « Chypre »; "the Netherlands"."""
    if lang == "en":
        return f"the {name}" if code in _EN_THE else name
    if code in _FR_NO_ARTICLE:
        return name
    if code in _FR_PLURAL:
        return f"les {name}"
    if name[:1].upper() in "AEIOUÉÈÊÎÔ":  # "H" is aspirated in country names: « la Hongrie »
        return f"l’{name}"
    if name.endswith("e") and code not in _FR_MASCULINE_E:
        return f"la {name}"
    return f"le {name}"


def from_only(entry: dict[str, Any], lang: str) -> str:
    """« depuis la Grèce seulement »: where a short number can be dialled."""
    where = country_with_article(entry["country"], country_name(entry, lang), lang)
    return say("from_only", lang, country=where)


@dataclass(frozen=True)
class Dial:
    """What to dial to reach an entry, and from where only, if it cannot be dialled from everywhere."""

    digits: str
    only_from: str | None

    def text(self) -> str:
        return f"{self.digits} ({self.only_from})" if self.only_from else self.digits


def dial(entry: dict[str, Any], calling_from: str | None, lang: str) -> Dial:
    """The digits to dial from ``calling_from`` (or the international form); a short number as dialled in
    its country, with « depuis la Grèce seulement » unless the user calls from there."""
    if entry["e164"]:
        return Dial(entry.get("dial") or entry["international"] or entry["e164"], None)
    return Dial(_short_as_printed(entry), None if calling_from == entry["country"] else from_only(entry, lang))


def _short_as_printed(entry: dict[str, Any]) -> str:
    """A short number as the kit groups it, without the country code it sometimes prints: "116 111"."""
    national = entry["national"] or re.sub(r"\D", "", entry["number"])
    printed = re.sub(r"^\+\s*\d{1,3}\s+", "", entry["number"].strip())
    return printed if re.sub(r"\D", "", printed) == national else national or entry["number"]


def _period_kind(as_of: str) -> str:
    return "year" if re.fullmatch(r"\d{4}", as_of) else "period"


def as_of_text(entry: dict[str, Any], lang: str) -> str:
    """« publié en 2013 — à vérifier avant de le donner »; for the emergency numbers, the library named."""
    as_of = entry.get("as_of") or ""
    if entry["kind"] == "emergency":
        return say("as_of_library", lang, as_of=as_of)
    return say(f"as_of_{_period_kind(as_of)}", lang, as_of=as_of)


def as_of_short(entry: dict[str, Any], lang: str) -> str:
    """The date in a few characters, for a column: « 2013 », « 2021–2023 », « hors kit »."""
    if entry["kind"] == "emergency":
        return say("as_of_short_library", lang)
    return str(entry.get("as_of") or "")


def kind_label(entry: dict[str, Any], lang: str) -> str:
    return say(f"kind_{entry['kind']}", lang)


def what_where(entry: dict[str, Any], lang: str) -> str:
    """One line: who answers, what they are, where — « PAG-ASA · ONG · Bruxelles »."""
    if entry["kind"] == "emergency":
        return say("emergency_what", lang)
    category = say(f"category_{entry['category']}", lang) if entry.get("category") else None
    who = entry["organisation"]
    if category and _bare(category) in _bare(who):
        category = None  # "Organisation internationale pour les migrations (OIM)" says what it is
    if entry.get("department"):
        who = f"{who} — {entry['department']}"
    return " · ".join(filter(None, [who, category, entry.get("town")]))


def _bare(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def alternatives_text(entry: dict[str, Any], lang: str) -> list[str]:
    """The other numbers the kit prints for the same organisation, and which to try first (it never says)."""
    alternatives = entry.get("alternatives") or []
    if not alternatives:
        return []
    catalog = words(lang)
    lines = []
    same = [a for a in alternatives if a["same_contact"]]
    other = [a for a in alternatives if not a["same_contact"]]
    if other:
        where = {"hotline": catalog["where_annex"], "contact": catalog["where_contacts"]}
        numbers = ", ".join(f"{_shown(a)} ({where[a['kind']]})" for a in other)
        lines.append(catalog["also_printed"].format(numbers=numbers))
    if same:
        lines.append(catalog["also_same_contact"].format(numbers=", ".join(_shown(a) for a in same)))
    lines.append(catalog["which_first_unknown"])
    return lines


def _shown(alternative: dict[str, Any]) -> str:
    return str(alternative["international"] or alternative["number"])


def copy_text(entry: dict[str, Any], calling_from: str | None, lang: str) -> str:
    """What Ctrl+C puts on the clipboard: the digits to dial first, then where from and how old they are."""
    reach = dial(entry, calling_from, lang)
    return f"{reach.text()} — {as_of_text(entry, lang)}"
