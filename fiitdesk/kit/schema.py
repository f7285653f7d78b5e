"""What the database promises its readers: the schema version, section names, and text folding.

Shared by the build (which writes) and the store (which reads), and cheap to import: the running
application imports this, never the build-time libraries.
"""

from __future__ import annotations

#: Raised whenever a table or column that the store reads changes meaning.
SCHEMA_VERSION = 1

#: The sections of a country sheet, in the order a sheet shows them, with their French titles.
SECTION_TITLES: dict[str, str] = {
    "summary": "Identification",
    "permits": "Permis de séjour",
    "accommodation": "Hébergement",
    "health": "Aide psychosociale et soins",
    "psychosocial": "Aide psychosociale",
    "legal_aid": "Assistance juridique",
    "language_courses": "Cours de langue",
    "employment": "Insertion professionnelle",
    "training": "Formation",
    "challenges": "Expériences et défis",
    "framework": "Plan d’action, mécanisme d’orientation, rapporteur",
    "figures": "Chiffres",
    "contacts": "Contacts",
    "testimonies": "Témoignages",
    "practice": "Bonne pratique",
    "hotlines": "Numéros d’urgence",
    "glossary": "Glossaire (REM 2025)",
    "emn_overview": "REM 2025 : cadre national",
    "emn_priorities": "REM 2025 : priorités et accords",
    "emn_practices": "REM 2025 : pratiques et défis",
    "emn_measures": "REM 2025 : mesures",
    "coverage": "Ce que couvre le kit",
}

#: Ligatures that SQLite's unicode61 tokenizer does not fold ("oeuvre" must find "œuvre").
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})


def fold(text: str) -> str:
    """Text as the full-text index sees it: ligatures spelt out; case and accents are left to FTS5."""
    return text.translate(_LIGATURES)
