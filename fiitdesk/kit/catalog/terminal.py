"""The words of the command line's text output (``fiitdesk.textout``): table headings, the lines around the
kit's text in ``show``, ``search`` and ``glossary``, and what a command says when nothing matches.

The JSON output has keys, not words: it is not translated (``compare --json`` carries its labels in the
language asked for, its keys unchanged).
"""

from __future__ import annotations

ENTRIES: dict[str, dict[str, str]] = {
    "countries_heading": {
        "fr": "FIIT Desk — données {version} (construites {built})",
        "en": "FIIT Desk — data {version} (built {built})",
    },
    "col_code": {"fr": "code", "en": "code"},
    "col_country": {"fr": "pays", "en": "country"},
    "col_fiit": {"fr": "chapitre FIIT", "en": "FIIT chapter"},
    "col_emn": {"fr": "étude REM", "en": "EMN study"},
    "col_contacts": {"fr": "contacts", "en": "contacts"},
    "col_numbers": {"fr": "numéros", "en": "numbers"},
    "yes_short": {"fr": "oui", "en": "yes"},
    "emn_member_short": {"fr": "membre", "en": "member"},
    "emn_observer_short": {"fr": "observateur", "en": "observer"},
    "condition": {"fr": "condition", "en": "condition"},
    "details": {"fr": "Détails", "en": "Details"},
    "phone_short": {"fr": "tél.", "en": "tel."},
    "short_from_country": {
        "fr": "numéro court {number}, depuis le pays seulement",
        "en": "short number {number}, from within the country only",
    },
    "emn_heading": {"fr": "Étude REM 2025 — situation 2021–2023", "en": "EMN study 2025 — situation 2021–2023"},
    "victims_text": {
        "fr": "Victimes enregistrées en 2022 (Eurostat) : total {total}, pays tiers {non_eu}, part hors UE {share}",
        "en": "Victims registered in 2022 (Eurostat): total {total}, third countries {non_eu}, non-EU share {share}",
    },
    "measure_line": {"fr": "Mesure (annexe {annex})", "en": "Measure (Annex {annex})"},
    "origin_term": {"fr": "Origine", "en": "Origin"},
    "no_number_matches": {"fr": "Aucun numéro ne correspond.", "en": "No number matches."},
    "no_results": {"fr": "Aucun résultat.", "en": "No results."},
    "no_term_matches": {"fr": "Aucun terme ne correspond.", "en": "No term matches."},
}
