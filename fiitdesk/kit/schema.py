"""What the database promises its readers: the schema version, section names, and text folding.

Shared by the build (which writes) and the store (which reads), and cheap to import: the running
application imports this, never the build-time libraries.
"""

from __future__ import annotations

from fiitdesk.kit.labels import LABELS, words

#: Raised whenever a table or column that the store reads changes meaning.
#: 2: the finder reads the ``directory`` table and its index (no more ``hotline_index``).
#: 3: the content in several languages (``translations``, one search and finder index per language) and
#: pre-rendered pages stored compressed.
SCHEMA_VERSION = 3

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



# -- one index per language (French first: the names without a suffix are the French ones) -------------


def search_table(language: str) -> str:
    """The documents of the full-text search in ``language`` (the French table also says what each is)."""
    return "search_docs" if language == "fr" else f"search_docs_{language}"


def search_fts(language: str) -> str:
    return f"{search_table(language)}_fts"


def directory_fts(language: str) -> str:
    """The finder's index in ``language``: over ``directory_index``, with that language's organisation names."""
    return "directory_index_fts" if language == "fr" else f"directory_index_{language}_fts"


def organisation_column(language: str) -> str:
    return "organisation" if language == "fr" else f"organisation_{language}"

#: Ligatures that SQLite's unicode61 tokenizer does not fold ("oeuvre" must find "œuvre").
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})


def fold(text: str) -> str:
    """Text as the full-text index sees it: ligatures spelt out; case and accents are left to FTS5."""
    return text.translate(_LIGATURES)
