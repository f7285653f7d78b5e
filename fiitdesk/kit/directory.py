"""The directory of whom to call: every number the kit prints, and each country's general emergency number.

Built once by ``fiitdesk.kit.build`` (it needs phonenumbers), read by ``fiitdesk.kit.store``. One entry per
number, of three kinds, in this order for each country:

- ``emergency``: the country's general emergency number, from libphonenumber's short-number metadata —
  not from the kit, and its source says so;
- ``hotline``: a number of the kit's annex of anti-trafficking emergency numbers (or the EMN study's);
- ``contact``: each phone of each contact of a country chapter (NGOs, institutions, IOM offices).

Each entry says what it is (kind, number type, category), where (town, read from the address), when
(``as_of``, the year its source describes) and where it is printed (source, and for contacts the position
that the country sheet's anchor ``contact-N`` uses). Where the kit prints different numbers for one
organisation — the annex and a chapter, or two phones of one contact — each entry lists the others.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from fiitdesk.kit.labels import LABELS
from fiitdesk.kit.phones import emergency_number, library_version
from fiitdesk.kit.schema import fold

KINDS = ("emergency", "hotline", "contact")
LIBPHONENUMBER = "libphonenumber"

#: Other names of the towns the kit's addresses give, so that a field worker finds them in any language.
#: Hand-kept because no offline library names towns; add a line when an address brings a new town.
TOWN_NAMES: dict[str, tuple[str, ...]] = {
    "antwerpen": ("Anvers", "Antwerp"),
    "bruxelles": ("Brussel", "Brussels"),
    "liege": ("Luik", "Lüttich"),
    "londres": ("London",),
    "rome": ("Roma",),
    "dover": ("Douvres",),
}

#: Words a field worker types for a kind of service, and the stems that show an entry offers it, in the
#: entry's own name, department or the matched organisation's. Searched, never shown.
TOPIC_WORDS: dict[str, tuple[tuple[str, ...], str]] = {
    "accommodation": (("accueil", "heberg", "housing", "shelter", "refuge", "foyer", "logement"),
                      "hébergement accueil refuge shelter housing"),
    "police": (("police", "gendarm"), "police"),
}

#: Search words for each kind and category (beside their names in labels.py, French and English).
KIND_WORDS = {
    "emergency": "urgence urgences emergency secours police pompiers ambulance",
    "hotline": "urgence hotline helpline ligne",
    "contact": "contact",
}
CATEGORY_WORDS = {
    "ngo": "ONG NGO association",
    "institution": "institution autorité authority administration ministère",
    "international_organisation": "organisation internationale international organisation",
    "other": "",
}

_STREET_WORDS = re.compile(r"\b(rue|road|street|st|place|house|via|largo|avenue|boulevard|bd|cité|porte|utca|bp)\b",
                           re.IGNORECASE)
_POSTCODE_TOWN = re.compile(r"(?:^|\s)(?:[A-Z]{1,2}-)?\d{4,5}\s+(?P<town>[^\d,]+?)(?:\s+cedex\b.*)?$",
                            re.IGNORECASE)
_TOWN_POSTCODE = re.compile(r"^(?P<town>[^\d,]+?)\s+\d{4,5}$")
_UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_SAYS_NGO = re.compile(r"\b(ONG|NGO)\b")
_LEGAL_FORMS = {"asbl", "association", "fondation", "ong", "vzw"}
_SMALL_WORDS = {"d", "de", "des", "du", "l", "la", "le", "les", "aux", "et", "pour", "the", "of", "and", "for"}


def _plain(text: str) -> str:
    """Lower case, no accents, no ligatures: for comparing names, never for showing them."""
    decomposed = unicodedata.normalize("NFKD", fold(text).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# -- towns --------------------------------------------------------------------------------------------


def town_of(address: str | None, country_names: Iterable[str]) -> str | None:
    """The town of a printed address: the word after the postcode, else the last part that is no street.

    The kit prints addresses in each country's own way ("2000 Antwerpen", "75009 PARIS", "Budapest 1391",
    "Londres SW1P 4DF", "BP 1532 - 06009 Nice Cedex 1", "Largo Chigi 19 - Rome"); the town is kept as
    printed, in title case where the address is in capitals.
    """
    if not address:
        return None
    countries = {_plain(n) for n in country_names}
    parts = [p.strip() for p in re.split(r",|\s[-–]\s", address) if p.strip()]
    while parts and _plain(parts[-1]) in countries:
        parts.pop()
    fallback = None
    for part in reversed(parts):
        found = _POSTCODE_TOWN.search(part) or _TOWN_POSTCODE.match(part)
        if found:
            return _town_case(found.group("town"))
        if _UK_POSTCODE.search(part):
            before = _UK_POSTCODE.sub("", part).split()
            if before:
                return _town_case(before[0])  # "Dover Kent CT16 1AT": the town, then its county
            continue
        if fallback is None and not re.search(r"\d", part) and not _STREET_WORDS.search(part):
            fallback = part
    return _town_case(fallback) if fallback else None


def _town_case(town: str) -> str:
    town = town.strip(" .-–")
    return town.title() if town.isupper() else town


def town_words(town: str | None) -> str:
    """The town and its other names, for the index."""
    if not town:
        return ""
    return " ".join([town, *TOWN_NAMES.get(_plain(town), ())])


# -- one organisation, several numbers ----------------------------------------------------------------


def organisation_keys(name: str) -> set[str]:
    """Short forms under which the kit names an organisation: "Pag-asa", "(Ac.Sé)", "UKHTC", the whole name.

    Two entries of one country name the same organisation when they share a key (or a one-word key differs
    by one letter: the kit prints "Sürya" in the annex and "SÜRIYA" in the Belgian contacts).
    """
    joined = re.sub(r"(?<=\w)[.\-](?=\w)", "", name)  # "Ac.Sé" → "AcSé", "Pag-asa" → "Pagasa"

    def significant(text: str) -> list[str]:
        words = re.findall(r"\w+", _plain(text))
        return [w for w in words if w not in _LEGAL_FORMS and w not in _SMALL_WORDS]

    keys = {" ".join(re.findall(r"\w+", _plain(joined)))}
    whole = significant(joined)
    if 0 < len(whole) <= 2:
        keys.add(" ".join(whole))
    for inside in re.findall(r"\(([^)]*)\)", joined):
        words = significant(inside)
        if 0 < len(words) <= 3:
            keys.add(" ".join(words))
            keys.update(w for w in words if len(w) >= 3)
    if not joined.isupper():
        keys.update(_plain(w) for w in re.findall(r"\b[A-ZÀ-Ý][A-ZÀ-Ý0-9Č]{1,9}\b", joined) if w.isupper())
    return {k for k in keys if k}


def _one_letter_apart(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 5 or " " in a + b:
        return False
    if len(a) > len(b):
        a, b = b, a
    for i in range(len(b)):
        if a == b[:i] + b[i + 1:] or (len(a) == len(b) and a[:i] + a[i + 1:] == b[:i] + b[i + 1:]):
            return True
    return False


def same_organisation(a: set[str], b: set[str]) -> bool:
    return bool(a & b) or any(_one_letter_apart(x, y) for x in a for y in b)


# -- the entries --------------------------------------------------------------------------------------


def libphonenumber_source(lang: str = "fr") -> dict[str, Any]:
    """The source record of the emergency numbers: a library, not a document of the kit."""
    version = library_version()
    words = LABELS[lang]
    return {
        "id": LIBPHONENUMBER,
        "title": words["libphonenumber_title"],
        "publisher": words["libphonenumber_publisher"].format(version=version),
        "year": None,
        "period": f"phonenumbers {version}",
        "as_of": f"libphonenumber {version}",
        "language": "—",
        "file": "",
        "label": words["libphonenumber_label"].format(version=version),
    }


def _number_columns(phone: dict[str, Any]) -> dict[str, Any]:
    return {key: phone[key] for key in ("number", "e164", "international", "national", "reason", "digits",
                                        "may_fail_abroad")} | {"number_type": phone["kind"]}


def directory_entries(countries: list[dict[str, Any]], hotlines: list[dict[str, Any]],
                      contacts: list[dict[str, Any]], phones: list[dict[str, Any]],
                      as_of: dict[str, str]) -> list[dict[str, Any]]:
    """Every entry of the directory, in order: for each country, emergency, then annex, then contacts.

    ``countries`` in the kit's order, with their JSON ``aliases`` decoded; the other lists as the build's
    tables hold them. ``as_of`` maps each source id to the period its numbers describe.
    """
    names = [n for c in countries for n in c["aliases"]]
    entries: list[dict[str, Any]] = []
    by_contact: dict[str, list[dict[str, Any]]] = {}
    for phone in sorted(phones, key=lambda p: (p["contact"], p["position"])):
        by_contact.setdefault(phone["contact"], []).append(phone)
    for country in countries:
        code = country["code"]
        general = emergency_number(code)
        if general:
            entries.append({
                "kind": "emergency", "country": code, "organisation": None, "department": None,
                "category": None, "address": None, "town": None, "label": None,
                "number": general, "e164": None, "international": None, "national": general, "reason": None,
                "digits": general, "may_fail_abroad": True, "number_type": "short_code",
                "audience": ["general"], "language": None, "note": None, "evidence": None,
                "source_doc": LIBPHONENUMBER, "source_section": "ShortNumberInfo — emergency",
                "source_page": None, "contact": None, "contact_position": None,
            })
        for hotline in (h for h in hotlines if h["country"] == code):
            entries.append({
                "kind": "hotline", "country": code, "organisation": hotline["organisation"], "department": None,
                "category": None, "address": None, "town": None, "label": None,
                **_number_columns(hotline), "audience": json.loads(hotline["audience"]),
                "language": hotline["language"], "note": hotline["note"], "evidence": hotline.get("evidence"),
                "source_doc": hotline["source_doc"], "source_section": hotline["source_section"],
                "source_page": hotline["source_page"], "contact": None, "contact_position": None,
            })
        for contact in sorted((k for k in contacts if k["country"] == code), key=lambda k: k["position"]):
            for phone in by_contact.get(contact["id"], []):
                entries.append({
                    "kind": "contact", "country": code, "organisation": contact["organisation"],
                    "department": contact["department"], "category": contact["category"],
                    "address": contact["address"], "town": town_of(contact["address"], names),
                    "label": phone["label"], **_number_columns(phone), "audience": [],
                    "language": None, "note": contact["note"], "evidence": contact.get("evidence"),
                    "source_doc": contact["source_doc"], "source_section": contact["source_section"],
                    "source_page": contact["source_page"], "contact": contact["id"],
                    "contact_position": contact["position"],
                })
    for number, entry in enumerate(entries, start=1):
        entry["id"] = number
        entry["as_of"] = as_of.get(entry["source_doc"])
    _link_same_organisations(entries)
    return entries


def _same_number(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a["e164"] and b["e164"]:
        return bool(a["e164"] == b["e164"])
    return bool(a["national"] and a["national"] == b["national"])


def _link_same_organisations(entries: list[dict[str, Any]]) -> None:
    """Group the entries that name one organisation (``organisation_group``, the id of one of them); each
    lists the others' different numbers.

    An annex number takes the town and category of the chapter contact it matches ("Pag-asa" is the
    Brussels NGO PAG-ASA), so that a search for the town finds it too; one whose name says "ONG" is an NGO.
    """
    named = [e for e in entries if e["kind"] != "emergency"]
    keys = {e["id"]: organisation_keys(e["organisation"]) for e in named}
    group = {e["id"]: e["id"] for e in named}

    def root(i: int) -> int:
        while group[i] != i:
            group[i] = group[group[i]]
            i = group[i]
        return i

    for i, a in enumerate(named):
        for b in named[i + 1:]:
            if a["country"] != b["country"]:
                continue
            if (a["contact"] and a["contact"] == b["contact"]) or same_organisation(keys[a["id"]], keys[b["id"]]):
                group[root(a["id"])] = root(b["id"])
    members: dict[int, list[dict[str, Any]]] = {}
    for entry in named:
        members.setdefault(root(entry["id"]), []).append(entry)
    for entry in entries:
        entry["alternatives"] = []
        entry["topics"] = []
        entry["also_named"] = []
        entry["organisation_group"] = None
    for group_id, together in members.items():
        contacts = [e for e in together if e["kind"] == "contact"]
        for entry in together:
            entry["organisation_group"] = group_id
            if entry["kind"] == "hotline" and contacts:
                entry["town"] = entry["town"] or contacts[0]["town"]
                entry["category"] = entry["category"] or contacts[0]["category"]
            if entry["kind"] == "hotline" and not entry["category"] and _SAYS_NGO.search(entry["organisation"]):
                entry["category"] = "ngo"  # "Terrafem, ONG gestionnaire d’un service national…"
            entry["alternatives"] = [
                {"id": other["id"], "kind": other["kind"], "organisation": other["organisation"],
                 "number": other["number"], "international": other["international"], "e164": other["e164"],
                 "national": other["national"], "same_contact": bool(entry["contact"])
                 and entry["contact"] == other["contact"]}
                for other in together if other is not entry and not _same_number(entry, other)]
            entry["also_named"] = [n for n in dict.fromkeys(e["organisation"] for e in together)
                                   if n != entry["organisation"]]
            names = " ".join(filter(None, (e["organisation"] for e in together)))
            names += " " + " ".join(filter(None, (e["department"] for e in together)))
            entry["topics"] = [topic for topic, (stems, _) in TOPIC_WORDS.items()
                               if any(stem in _plain(names) for stem in stems)]


def index_row(entry: dict[str, Any], country_aliases: list[str]) -> dict[str, Any]:
    """What the finder's full-text index holds for one entry (notes are left out: they name other places
    and organisations — the note on Payoke mentions Liège — and would find the wrong entries)."""
    kind_names = " ".join(LABELS[lang][f"kind_{entry['kind']}"] for lang in LABELS)
    category = entry["category"]
    category_names = " ".join(LABELS[lang][f"category_{category}"] for lang in LABELS) if category else ""
    topics = " ".join(TOPIC_WORDS[t][1] for t in entry["topics"])
    return {
        "rowid": entry["id"],
        "organisation": fold(" ".join(filter(None, [entry["organisation"], entry["department"],
                                                    *entry["also_named"]]))),
        "place": fold(" ".join(filter(None, [town_words(entry["town"]), entry["address"]]))),
        "country_names": fold(" ".join([entry["country"], *country_aliases])),
        "words": fold(" ".join(filter(None, [kind_names, KIND_WORDS[entry["kind"]], category_names,
                                             CATEGORY_WORDS.get(category or "", ""), topics,
                                             entry["language"], entry["label"]]))),
        "digits": entry["digits"],
    }
