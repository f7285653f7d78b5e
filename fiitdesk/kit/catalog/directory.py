"""The words of the directory of numbers: the finder, the clipboard, the command line and the hotline card.

Beside a number a field worker reads who answers, what kind of number it is, how old it is and what to
dial (``fiitdesk.kit.entry_text`` decides which; ``fiitdesk.kit.card`` lays out the card).
"""

from __future__ import annotations

ENTRIES: dict[str, dict[str, str]] = {
    "kind_emergency": {"fr": "Numéro d’urgence général", "en": "General emergency number"},
    "kind_hotline": {"fr": "Ligne d’urgence contre la traite", "en": "Anti-trafficking hotline"},
    "kind_contact": {"fr": "Contact", "en": "Contact"},
    "category_ngo": {"fr": "ONG", "en": "NGO"},
    "category_institution": {"fr": "Institution", "en": "Institution"},
    "category_international_organisation": {"fr": "Organisation internationale", "en": "International organisation"},
    "category_other": {"fr": "Autre", "en": "Other"},
    "emergency_what": {
        "fr": "Numéro d’urgence général (pas une information du kit)",
        "en": "General emergency number (not from the kit)",
    },
    "as_of_year": {
        "fr": "publié en {as_of} — à vérifier avant de le donner",
        "en": "published in {as_of} — check it before giving it out",
    },
    "as_of_period": {
        "fr": "situation {as_of} — à vérifier avant de le donner",
        "en": "situation {as_of} — check it before giving it out",
    },
    "as_of_library": {
        "fr": "d’après {as_of} — pas une information du kit",
        "en": "according to {as_of} — not from the kit",
    },
    "as_of_short_year": {"fr": "publié en {as_of}", "en": "published {as_of}"},
    "as_of_short_period": {"fr": "situation {as_of}", "en": "situation {as_of}"},
    "as_of_short_library": {"fr": "hors kit", "en": "not from the kit"},
    "from_only": {"fr": "depuis {country} seulement", "en": "from {country} only"},
    "also_printed": {
        "fr": "Le kit imprime aussi pour cette organisation : {numbers}.",
        "en": "The kit also prints for this organisation: {numbers}.",
    },
    "also_same_contact": {
        "fr": "Autre numéro imprimé pour ce contact : {numbers}.",
        "en": "Other number printed for this contact: {numbers}.",
    },
    "which_first_unknown": {
        "fr": "Le kit ne dit pas lequel appeler en premier.",
        "en": "The kit does not say which to try first.",
    },
    "where_annex": {"fr": "annexe des numéros d’urgence", "en": "emergency numbers annex"},
    "where_contacts": {"fr": "contacts du chapitre", "en": "chapter contacts"},
    "card_title": {
        "fr": "Numéros d’urgence contre la traite des êtres humains",
        "en": "Anti-trafficking emergency numbers",
    },
    "card_title_country": {"fr": "Numéros d’urgence — {country}", "en": "Emergency numbers — {country}"},
    "card_title_results": {"fr": "Numéros trouvés : {what}", "en": "Numbers found: {what}"},
    "card_emergency": {
        "fr": "numéro d’urgence général, dans chacun des pays de cette carte",
        "en": "general emergency number, in every country on this card",
    },
    "card_emergency_one": {"fr": "numéro d’urgence général", "en": "general emergency number"},
    "card_emergency_source": {
        "fr": "d’après {source}, pas une information du kit",
        "en": "according to {source}, not from the kit",
    },
    "card_calling_from": {"fr": "Numéros à composer depuis {country}", "en": "Digits to dial from {country}"},
    "card_dates": {
        "fr": "Date des informations : {dates}. Vérifiez un numéro avant de le donner.",
        "en": "Date of the information: {dates}. Check a number before giving it out.",
    },
    "card_also": {"fr": "aussi imprimé par le kit : {numbers}", "en": "also printed in the kit: {numbers}"},
    "card_no_number_for": {
        "fr": "Aucun numéro spécialisé dans les sources du kit pour : {countries}.",
        "en": "No specialised number in the kit's sources for: {countries}.",
    },
    "card_abroad_mark": {
        "fr": "peut ne pas être joignable depuis l’étranger ou depuis tous les réseaux",
        "en": "may not be reachable from abroad or from every network",
    },
    "card_note_mark": {
        "fr": "une remarque accompagne ce numéro dans FIIT Desk (F2) et sur la fiche du pays.",
        "en": "a remark comes with this number in FIIT Desk (F2) and on the country sheet.",
    },
}
