"""What the database promises its readers: the schema version, section names, and text folding.

Shared by the build (which writes) and the store (which reads), and cheap to import: the running
application imports this, never the build-time libraries.
"""

from __future__ import annotations

from fiitdesk.kit.labels import LABELS, words

#: Raised whenever a table or column that the store reads changes meaning.
#: 2: the finder reads the ``directory`` table and its index (no more ``hotline_index``).
SCHEMA_VERSION = 2

#: The country code of Tableau 1's printed "Total" row (EU-27), the one victims row that is not a country.
EU_TOTAL = "EU"

#: French titles of the sheet's sections and of the service topics, for the command line and the search
#: index: the same words as the window's French sheet (one table, in fiitdesk.kit.labels).
SECTION_TITLES: dict[str, str] = LABELS["fr"]

#: A service topic's own heading where it differs from the section it sits in ("health" is one box of
#: the "Aide psychosociale et soins" section).
SERVICE_LABEL_KEYS = {"health": "health_care", "employment": "employment_only"}


def service_title(topic: str, lang: str = "fr") -> str:
    return words(lang)[SERVICE_LABEL_KEYS.get(topic, topic)]


#: Ligatures that SQLite's unicode61 tokenizer does not fold ("oeuvre" must find "œuvre").
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})


def fold(text: str) -> str:
    """Text as the full-text index sees it: ligatures spelt out; case and accents are left to FTS5."""
    return text.translate(_LIGATURES)
